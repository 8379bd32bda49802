// Quote- and bracket-aware scanning inside one item or list. Items often quote a nested list
// (紧扣“忠诚、为民、担当、务实、清廉”这一工作要求): separators inside quotes, brackets and
// book-title marks do not split. Unbalanced quotes only affect the span being scanned.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q } from './chars';

const OPENERS = new Set([OPEN_Q, '(', '《', '【', '[', '〔']);
const CLOSERS = new Set([CLOSE_Q, ')', '》', '】', ']', '〕']);

/** Leading clause ends at the first of these outside quotes. */
const CLAUSE_ENDS = '。;:!?,\n';

function depthStep(ch: string, depth: number): number {
  if (OPENERS.has(ch)) return depth + 1;
  if (CLOSERS.has(ch)) return Math.max(0, depth - 1);
  return depth;
}

/** Split [start, end) at top-level separator characters. Empty pieces are kept (as empty spans). */
export function splitTopLevel(text: string, start: number, end: number, seps: string): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (depth === 0 && seps.includes(ch)) {
      out.push({ start: from, end: i });
      from = i + 1;
    } else {
      depth = depthStep(ch, depth);
    }
  }
  out.push({ start: from, end });
  return out;
}

/** First top-level clause end in [start, end), or `end`. */
export function leadingClauseEnd(text: string, start: number, end: number, ends = CLAUSE_ENDS): number {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (depth === 0 && ends.includes(ch)) return i;
    depth = depthStep(ch, depth);
  }
  return end;
}

const LEAD_TRIM = ' \t\r\n\u3000,:;、。';
const TAIL_TRIM = ' \t\r\n\u3000,:;、';

/** Trim spaces and dangling separators; the closing 。 of an item is kept. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && LEAD_TRIM.includes(text[start]!)) start++;
  while (end > start && TAIL_TRIM.includes(text[end - 1]!)) end--;
  return { start, end };
}

/** Span of the leading clause of an item (突出党建引领 out of 突出党建引领。聚焦…). */
export function leadingClause(text: string, item: Span, ends?: string): Span {
  const e = leadingClauseEnd(text, item.start, item.end, ends);
  const s = trimSpan(text, item.start, e);
  // An item that opens with a quote and closes it before its end keeps the quotes.
  while (s.end > s.start && text[s.end - 1] === '。') s.end--;
  return s;
}
