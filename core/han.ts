// The one definition of "a Han character" (CJK Unified Ideographs, Extension A, Compatibility
// Ideographs). Imported by the tiny page loader too, so it imports nothing.

/** The ranges, for building character classes: `[${HAN_RANGES}]`. */
export const HAN_RANGES = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** Matches one Han character anywhere in a string. */
export const HAN_CHAR = new RegExp(`[${HAN_RANGES}]`);
