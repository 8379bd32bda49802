// Character classes the recognisers share. They run on normalised text (see core/normalize.ts):
// half-width ASCII punctuation, one curly quote pair “ ”, simplified characters. A few
// full-width marks have no ASCII counterpart (、。；is ASCII ';' after normalising, 、 and 。 stay).
import { isHanCode } from '../han';

export const OPEN_Q = '\u201c'; // “
export const CLOSE_Q = '\u201d'; // ”

/** Ends a sentence or a paragraph. */
export function isSentenceEnd(ch: string | undefined): boolean {
  return ch === '。' || ch === '!' || ch === '?' || ch === '\n';
}

/** Any punctuation or space that separates phrases (not quotes or brackets). */
export function isPhraseBreak(ch: string | undefined): boolean {
  return ch === undefined || ',;:、。!?.\n\r\t —-…|·'.includes(ch) || ch === '\u2014' || ch === '\u3000';
}

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return isHanCode(ch.charCodeAt(0));
}

const HAN_DIGITS: Record<string, number> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

// A code-unit table: property lookups with arbitrary one-character strings are slow on a 1M-character scan.
const COUNT_CHAR = new Uint8Array(0x10000);
for (const k of Object.keys(HAN_DIGITS)) COUNT_CHAR[k.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) COUNT_CHAR[c] = 1;

export function isCountChar(ch: string | undefined): boolean {
  return ch !== undefined && COUNT_CHAR[ch.charCodeAt(0)] === 1;
}

export function isCountCode(code: number): boolean {
  return COUNT_CHAR[code] === 1;
}

/** Value of a count word (三, 十二, 二十, 两, 12), or undefined if it is not one we read. */
export function countValue(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  if (word.length === 1) return HAN_DIGITS[word];
  const tenAt = word.indexOf('十');
  if (word.length === 2 && tenAt === 0) return 10 + (HAN_DIGITS[word[1]!] ?? NaN) || undefined;
  if (word.length === 2 && tenAt === 1) return (HAN_DIGITS[word[0]!] ?? NaN) * 10 || undefined;
  if (word.length === 3 && tenAt === 1) {
    const v = (HAN_DIGITS[word[0]!] ?? NaN) * 10 + (HAN_DIGITS[word[2]!] ?? NaN);
    return Number.isNaN(v) ? undefined : v;
  }
  return undefined;
}

/** Ordinal value of an enumeration marker numeral (一 → 1, 十一 → 11, 3 → 3). */
export function ordinalValue(word: string): number | undefined {
  if (word === '两') return undefined;
  return countValue(word);
}

const CIRCLED_START = 0x2460; // ①
export function circledValue(ch: string): number | undefined {
  const v = ch.charCodeAt(0) - CIRCLED_START + 1;
  return v >= 1 && v <= 20 ? v : undefined;
}

/**
 * indexOf that gives up at `limit`. Every search the recognisers make is bounded like this so
 * that a page without the character (no newline, no closing quote) stays linear, not quadratic.
 */
export function indexWithin(text: string, ch: string, from: number, limit: number): number {
  const end = Math.min(limit, text.length);
  for (let i = from; i < end; i++) if (text[i] === ch) return i;
  return -1;
}

/** lastIndexOf that gives up below `floor`. */
export function lastIndexWithin(text: string, ch: string, from: number, floor: number): number {
  for (let i = Math.min(from, text.length - 1); i >= Math.max(0, floor); i--) if (text[i] === ch) return i;
  return -1;
}

/** Words grouped by their first code unit, each group in the given order (see wordAt). */
export type WordTable = Map<number, string[]>;

export function byFirstUnit(words: readonly string[]): WordTable {
  const m: WordTable = new Map();
  for (const w of words) {
    const list = m.get(w.charCodeAt(0));
    if (list) list.push(w);
    else m.set(w.charCodeAt(0), [w]);
  }
  return m;
}

/**
 * The first of the table's words (in their given order) that `text` has at `at`: one map lookup
 * instead of a startsWith per word, for the word lists tried at every label or clause of a page.
 */
export function wordAt(table: WordTable, text: string, at: number): string | undefined {
  const list = table.get(text.charCodeAt(at));
  if (!list) return undefined;
  for (const w of list) if (text.startsWith(w, at)) return w;
  return undefined;
}
