// Counted: N个/项/条/种 + what is counted, when that names a formula rather than an amount:
//   a verb-like head that closes the phrase — 八个坚持, 两个毫不动摇, 三个务必 (三个月, 两个部分
//   are nouns: amounts);
//   after a verb that cites doctrine, a short noun phrase — 坚持四项基本原则, 统筹两个大局
//   (after other verbs it is a count: 分为两个部分).
import { ADJECTIVE, isHan, MEASURES, NOUN_HEAD, PREDICATE_TAIL, VERBAL_HEAD } from './chars';
import type { Context, NumberedTerm } from './context';
import { EVIDENCE } from './confidence';

/** Verbs with which political writing cites a doctrine by its number (坚持四项基本原则). */
const CITING_VERBS = new Set(['坚持', '统筹', '树立', '坚定', '增强', '做到', '践行', '牢记', '贯彻', '把握', '落实好', '遵循']);
// Not f (以下, 上述): those announce the article's own list (把握以下五条原则).
const QUALIFIER = new Set(['s', 'n', 'b']);

function countedToken(ctx: Context, k: number): boolean {
  const w = ctx.words[k]!;
  return ctx.numeralLed(k) && w.length === 2 && w[0] !== '一' && w[0] !== '双' && MEASURES.includes(w[1]!);
}

/** 坚持四项基本原则, 统筹国内国际两个大局: returns the end of the formula. */
function nounHeadAfterCitingVerb(ctx: Context, k: number): number | undefined {
  const { words, starts, tagOf } = ctx;
  // The verb may stand before a short place qualifier: 统筹国内国际两个大局.
  let v = k - 1;
  while (v >= k - 2 && v >= 0 && QUALIFIER.has(tagOf(words[v]!)) && !CITING_VERBS.has(words[v]!)) v--;
  if (!CITING_VERBS.has(words[v] ?? '')) return undefined;
  let len = 0;
  for (let j = k + 1; j <= k + 2 && j < words.length; j++) {
    const h = words[j]!;
    if (!isHan(h) || !NOUN_HEAD.has(tagOf(h))) break;
    len += h.length;
    if (len > 4) break;
    if (len >= 2 && ctx.closesAfter(j)) return starts[k]! + 2 + len;
  }
  return undefined;
}

export function citedNounAt(ctx: Context, k: number): NumberedTerm | undefined {
  if (!countedToken(ctx, k)) return undefined;
  const end = nounHeadAfterCitingVerb(ctx, k);
  const start = ctx.starts[k]!;
  return end === undefined ? undefined : { term: ctx.text.slice(start, end), start, end, rule: 'measure', confidence: EVIDENCE.counted };
}

export function countedVerbAt(ctx: Context, k: number): NumberedTerm | undefined {
  if (!countedToken(ctx, k)) return undefined;
  const { words, tagOf } = ctx;
  const head = words[k + 1];
  if (head === undefined || !isHan(head) || head.length < 2 || head.length > 4 || !ctx.closesAfter(k + 1)) return undefined;
  const tag = tagOf(head);
  if (!VERBAL_HEAD.has(tag)) return undefined;
  // An adjective usually modifies what follows (三项具体举措); as a formula (两个坚定) it ends the phrase.
  if (ADJECTIVE.has(tag) && isHan(words[k + 2] ?? '')) return undefined;
  // A verb followed by 为/成/了… is the sentence's predicate, not a head: 将要求从五项扩展为六项.
  if (PREDICATE_TAIL.has(words[k + 2] ?? '')) return undefined;
  const start = ctx.starts[k]!;
  return { term: words[k]! + head, start, end: start + 2 + head.length, rule: 'measure', confidence: EVIDENCE.counted };
}
