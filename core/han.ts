// The one definition of "a Han character" (CJK Unified Ideographs, Extension A, Compatibility
// Ideographs). Imported by the tiny page loader too, so it imports nothing.

/** The ranges, for building character classes: `[${HAN_RANGES}]`. */
export const HAN_RANGES = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** Matches one Han character anywhere in a string. */
export const HAN_CHAR = new RegExp(`[${HAN_RANGES}]`);

/** The same test on one UTF-16 code unit, for loops that read char codes on 1M-character pages. */
export function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
