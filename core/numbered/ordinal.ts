// Ordinal: 第N个 + a noun phrase names one of a counted series the genre keeps — 第一个百年奋斗目标,
// 第二个百年奋斗目标, 第二个答案 — but just as often counts plainly (第一个吃螃蟹的人, 第一个五年计划).
// One sighting is weak evidence (EVIDENCE.ordinal, below the display threshold); the text backs
// it up by counting a sibling with the same head (第一个… and 第二个…), by repeating it, or by
// quoting it. Also 第一 + a head that ranks a priority (人才是第一资源, 第一责任人), a closed set of
// the genre's formulas; 第一时间, 第一线, 第一次 stay ordinary.
import { isHan, NOUN_HEAD } from './chars';
import type { Context, NumberedTerm } from './context';
import { EVIDENCE } from './confidence';
import { UNITS } from './quantity';

const ORDINAL_TOKEN = /^第[一二两三四五六七八九十]{1,3}个$/;
/** Heads that make 第一X a ranking of priorities: 第一资源, 第一动力, 第一要务, 第一责任人, 第一议题. */
const PRIMACY_HEADS = new Set(['资源', '动力', '生产力', '要务', '责任人', '议题']);
/** Up to this many characters of head noun after 第N个 (百年奋斗目标). */
const MAX_HEAD = 6;

/** The head noun phrase after token k: Han nouns (and a numeral word inside: 百年) that close. */
function headAfter(ctx: Context, k: number): number | undefined {
  const { words, starts, tagOf } = ctx;
  let len = 0;
  for (let j = k + 1; j <= k + 3 && j < words.length; j++) {
    const h = words[j]!;
    const tag = tagOf(h);
    // A numeral word may open the head (百年 in 百年奋斗目标) but not end it.
    const nounish = NOUN_HEAD.has(tag) || (tag === 'm' && j === k + 1 && !/^[0-9]/.test(h));
    if (!isHan(h) || !nounish) return undefined;
    len += h.length;
    if (len > MAX_HEAD) return undefined;
    if (tag !== 'm' && len >= 2 && ctx.closesAfter(j)) return starts[k + 1]! + len;
  }
  return undefined;
}

export function findOrdinals(ctx: Context): NumberedTerm[] {
  const { text, words, starts } = ctx;
  const found: (NumberedTerm & { head: string; ordinal: string })[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const start = starts[k]!;
    if (w === '第一' && PRIMACY_HEADS.has(words[k + 1] ?? '')) {
      const end = start + 2 + words[k + 1]!.length;
      found.push({ term: text.slice(start, end), start, end, rule: 'ordinal', confidence: EVIDENCE.primacy, head: '', ordinal: w });
      continue;
    }
    if (!ORDINAL_TOKEN.test(w)) continue;
    const end = headAfter(ctx, k);
    if (end === undefined) continue;
    const head = text.slice(starts[k + 1]!, end);
    // 第七十个年头, 第一个月: a unit makes it a date or an amount.
    if (UNITS.includes(head[0]!)) continue;
    const quoted = text[start - 1] === '“' && text[end] === '”';
    const numberedHead = ctx.tagOf(words[k + 1]!) === 'm';
    const confidence = quoted ? EVIDENCE.quoted : numberedHead ? EVIDENCE.ordinalNumberedHead : EVIDENCE.ordinal;
    found.push({ term: text.slice(start, end), start, end, rule: 'ordinal', confidence, head, ordinal: w });
  }
  return found.map(({ head, ordinal, ...t }) => {
    const sibling = head !== '' && found.some((o) => o.head === head && o.ordinal !== ordinal);
    return sibling ? { ...t, confidence: Math.max(t.confidence, EVIDENCE.ordinalSiblings) } : t;
  });
}
