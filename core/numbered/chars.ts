// Characters and jieba tags the numbered-term recognisers share.

export const NUMERALS = '一二两三四五六七八九十百千';
export const isNumeral = (c: string | undefined): boolean => c !== undefined && NUMERALS.includes(c);
export const isHan = (s: string): boolean => /^[\u3400-\u4dbf\u4e00-\u9fff]+$/.test(s);

/** Classifiers that count the items of a formula: 四个意识, 四项基本原则, 八条规定, 两种制度. */
export const MEASURES = '个项条种';

/** Tags of words that can head a formula after N个/N项 (verbs, adverbs, fixed phrases). */
export const VERBAL_HEAD = new Set(['v', 'vd', 'l', 'i', 'd', 'ad', 'a']);
/** Tags that continue a noun phrase: when one follows, the numeral counts a longer phrase. */
export const NOUN_LIKE = new Set(['n', 'nz', 'vn', 'ns', 'nt', 'nr', 'ng', 'an', 'j', 'x', 'uj', 'ul']);
/** Fixed expressions (l), new words jieba built by HMM (x), abbreviations (j). */
export const FORMULA_TOKEN = new Set(['l', 'x', 'j']);
export const ADJECTIVE = new Set(['a', 'ad']);
export const NOUN_HEAD = new Set(['n', 'nz', 'vn', 'an', 'j', 'l']);
/** Proper names jieba knows (三星 the brand, 三亚 the city). */
export const PROPER_NAME = new Set(['nz', 'nr', 'ns', 'nt']);
/** Words after a verb head that make it the sentence's predicate (五项扩展为六项), not a formula's head. */
export const PREDICATE_TAIL = new Set(['为', '成', '了', '着', '过', '到', '至', '给']);
