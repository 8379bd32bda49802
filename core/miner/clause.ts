// Quote- and bracket-aware scanning inside one item or list. Items often quote a nested list
// (紧扣“忠诚、为民、担当、务实、清廉”这一工作要求): separators inside quotes, brackets and
// book-title marks do not split. Unbalanced quotes only affect the span being scanned.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q } from './chars';

// Depth changes per code unit: “ ( 《 【 [ 〔 open, ” ) 》 】 ] 〕 close. A table, because these
// scans run over every candidate list on a page.
const DEPTH = new Int8Array(0x10000);
for (const c of [0x201c, 0x28, 0x300a, 0x3010, 0x5b, 0x3014]) DEPTH[c] = 1;
for (const c of [0x201d, 0x29, 0x300b, 0x3011, 0x5d, 0x3015]) DEPTH[c] = -1;

/** Leading clause ends at the first of these outside quotes. */
const CLAUSE_ENDS = '。;:!?,\n';

const codeCache = new Map<string, number[]>();
function codesOf(chars: string): number[] {
  let codes = codeCache.get(chars);
  if (!codes) codeCache.set(chars, (codes = [...chars].map((c) => c.charCodeAt(0))));
  return codes;
}

function depthStep(code: number, depth: number): number {
  const d = DEPTH[code]!;
  return d === 0 ? depth : Math.max(0, depth + d);
}

/** Split [start, end) at top-level separator characters. Empty pieces are kept (as empty spans). */
export function splitTopLevel(text: string, start: number, end: number, seps: string): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = start;
  const sepCodes = codesOf(seps);
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (depth === 0 && sepCodes.includes(code)) {
      out.push({ start: from, end: i });
      from = i + 1;
    } else {
      depth = depthStep(code, depth);
    }
  }
  out.push({ start: from, end });
  return out;
}

/** How many top-level occurrences of each separator character [start, end) holds. */
export function countTopLevel(text: string, start: number, end: number, seps: string): number[] {
  const counts = new Array<number>(seps.length).fill(0);
  let depth = 0;
  const sepCodes = codesOf(seps);
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (depth === 0) {
      const k = sepCodes.indexOf(code);
      if (k >= 0) counts[k]!++;
    }
    depth = depthStep(code, depth);
  }
  return counts;
}

/** First top-level clause end in [start, end), or `end`. */
export function leadingClauseEnd(text: string, start: number, end: number, ends = CLAUSE_ENDS): number {
  let depth = 0;
  const endCodes = codesOf(ends);
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (depth === 0 && endCodes.includes(code)) return i;
    depth = depthStep(code, depth);
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
