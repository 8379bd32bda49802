// What the gloss recognisers share: the term a gloss explains, the defining phrase after it, and
// the Found a gloss becomes (one member, no count).
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, isSentenceEnd } from './chars';
import type { Cue, Found } from './found';

export interface Term {
  /** The term as written (without quotes). */
  span: Span;
  /** Where its outer form ends (after the closing quote). */
  outerEnd: number;
  quoted: boolean;
}

/** The defining phrase from `from` to its clause end, trimmed; undefined if it runs too long. */
export function phrase(text: string, from: number, max: number): Span | undefined {
  let depth = 0;
  const limit = Math.min(text.length, from + max + 1);
  let i = from;
  for (; i < limit; i++) {
    const ch = text[i]!;
    if (ch === OPEN_Q || ch === '(' || ch === '《') depth++;
    else if (ch === CLOSE_Q || ch === ')' || ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (isSentenceEnd(ch) || ch === ',' || ch === ';' || ch === ':')) break;
  }
  if (i - from > max || i === from) return undefined;
  let s = from;
  if (text[s] === '要' && i - s > 2) s++;
  // 就是“让人民来监督政府”: a quoted name is the gloss itself.
  if (text[s] === OPEN_Q && text[i - 1] === CLOSE_Q && text.indexOf(CLOSE_Q, s + 1) === i - 1) {
    return i - 1 - (s + 1) >= 2 ? { start: s + 1, end: i - 1 } : undefined;
  }
  return i - s >= 2 ? { start: s, end: i } : undefined;
}

export function found(term: Term, member: Span, pattern: string, cues: Cue[] = []): Found {
  return {
    label: { start: term.span.start, end: term.span.end, count: 1, noun: '' },
    items: [member],
    members: [member],
    pattern,
    cues,
  };
}
