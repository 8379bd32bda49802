// Character classes the recognisers share. They run on normalised text (see core/normalize.ts):
// half-width ASCII punctuation, one curly quote pair “ ”, simplified characters. A few
// full-width marks have no ASCII counterpart (、。；is ASCII ';' after normalising, 、 and 。 stay).

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

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

const HAN_DIGITS: Record<string, number> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

export function isCountChar(ch: string | undefined): boolean {
  return ch !== undefined && (ch in HAN_DIGITS || (ch >= '0' && ch <= '9'));
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
