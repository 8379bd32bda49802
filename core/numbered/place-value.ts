// Place-value counts that name formulas, which the other recognisers take for amounts:
//   十四个坚持, 十三个坚持 — a place-value count + 个/项/条 + a verb-like head that closes, as
//   八个坚持 with a single numeral (counted-noun.ts);
//   “千万工程”, “百千万工程” — 百/千/万 digits + a noun, quoted: a project named by its targets.
import { ADJECTIVE, isHan, PREDICATE_TAIL, VERBAL_HEAD } from './chars';
import type { Context, NumberedTerm } from './context';
import { EVIDENCE } from './confidence';

const PLACE_VALUE_COUNTED = /^[一二两三四五六七八九]?十[一二三四五六七八九]?[个项条]$/;
const MAGNITUDES_NAME = /“([百千万]{2,3})([\u4e00-\u9fff]{1,4})”/g;

export function placeValueCountedAt(ctx: Context, k: number): NumberedTerm | undefined {
  const { words, starts, text, tagOf } = ctx;
  const w = words[k]!;
  if (!PLACE_VALUE_COUNTED.test(w) || ctx.followsNumber(k)) return undefined;
  const head = words[k + 1];
  if (head === undefined || !isHan(head) || head.length < 2 || head.length > 4 || !ctx.closesAfter(k + 1)) return undefined;
  const tag = tagOf(head);
  if (!VERBAL_HEAD.has(tag) || (ADJECTIVE.has(tag) && isHan(words[k + 2] ?? '')) || PREDICATE_TAIL.has(words[k + 2] ?? '')) return undefined;
  const start = starts[k]!;
  const end = start + w.length + head.length;
  const quoted = text[start - 1] === '“' && text[end] === '”';
  return { term: text.slice(start, end), start, end, rule: 'place-value', confidence: quoted ? EVIDENCE.quoted : EVIDENCE.placeValueCounted };
}

export function findMagnitudeNames(ctx: Context): NumberedTerm[] {
  const out: NumberedTerm[] = [];
  MAGNITUDES_NAME.lastIndex = 0;
  for (let m = MAGNITUDES_NAME.exec(ctx.text); m; m = MAGNITUDES_NAME.exec(ctx.text)) {
    // 千万 alone is an adverb (千万不能) or an amount; a noun after it makes the name.
    const rest = m[2]!;
    if (!['n', 'vn', 'nz'].includes(ctx.tagOf(rest))) continue;
    const start = m.index + 1;
    out.push({ term: m[1]! + rest, start, end: start + m[1]!.length + rest.length, rule: 'place-value', confidence: EVIDENCE.quoted });
  }
  return out;
}
