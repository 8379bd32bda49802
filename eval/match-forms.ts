// How the eval compares a wording the engine reports with a wording in the truth: both
// normalised (core/normalize.ts: simplified characters, one quote style) and with quotes and
// book-title marks removed, so 「兩個維護」, “两个维护” and 两个维护 are one form.
import { normalize } from '../core/normalize';

const MARKS = /[“”‘’"《》〈〉「」『』\s]/g;

export function evalForm(s: string): string {
  return normalize(s).replace(MARKS, '');
}
