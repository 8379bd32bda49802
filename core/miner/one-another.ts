// A label of two followed by "one is …, the other is …":
//   五四学生运动有两个最主要的口号，一个是“我们要科学”，另一个是“我们要民主”
//   两种倾向，一种是…，另一种是…
// The label may carry a 的-phrase (两个最主要的口号): it is read up to the clause end. Linear:
// one bounded look after each count-2 label.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, isHan, isSentenceEnd } from './chars';
import type { Found } from './found';
import type { PlacedLabel } from './labels-in-text';

const MAX_TAIL = 8;
const MAX_ITEM = 40;
const FIRSTS = ['一个是', '一种是', '一类是', '一方面是', '一条是', '一项是', '一说是'];
const SECONDS = ['另一个是', '另一种是', '另一类是', '另一方面是', '另一条是', '另一项是', '另一说是', '一个是', '一种是'];

/** 两个最主要的口号: the label runs on over 的 and a short noun up to the clause end. */
function labelEnd(text: string, pl: PlacedLabel): number {
  let j = pl.outerEnd;
  if (text[j] !== '的') return j;
  let k = j + 1;
  while (k < text.length && k - j <= MAX_TAIL && isHan(text[k])) k++;
  return k - j - 1 >= 1 && !isHan(text[k]) ? k : j;
}

/** The phrase after a marker up to its clause end (top-level , ; 。). */
function item(text: string, from: number): Span | undefined {
  let depth = 0;
  for (let i = from; i < Math.min(text.length, from + MAX_ITEM); i++) {
    const ch = text[i]!;
    if (ch === OPEN_Q) depth++;
    else if (ch === CLOSE_Q) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (isSentenceEnd(ch) || ch === ',' || ch === ';')) return i - from >= 2 ? { start: from, end: i } : undefined;
  }
  return undefined;
}

export function findOneAnother(text: string, labels: PlacedLabel[]): Found[] {
  const out: Found[] = [];
  for (const pl of labels) {
    if (pl.label.count !== 2) continue;
    const end = labelEnd(text, pl);
    let p = end;
    // 流传两个版本。一说是…，另一说是…: the first may open the next sentence.
    if (text[p] === ':' || text[p] === ',' || text[p] === '。') p++;
    const first = FIRSTS.find((w) => text.startsWith(w, p));
    if (!first) continue;
    const a = item(text, p + first.length);
    if (!a) continue;
    let q = a.end;
    if (text[q] !== ',' && text[q] !== ';') continue;
    q++;
    const second = SECONDS.find((w) => text.startsWith(w, q));
    if (!second) continue;
    const b = item(text, q + second.length);
    if (!b) continue;
    const label = end > pl.label.end ? { ...pl.label, end } : pl.label;
    // The label's own closing quote sits inside a longer label only when it was quoted as a whole.
    if (end > pl.label.end && text[pl.label.end] === CLOSE_Q) continue;
    out.push({ label, items: [a, b], members: [a, b], pattern: 'one-another', cues: ['markers'] });
  }
  return out;
}
