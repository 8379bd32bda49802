// The head nouns and limits by which uncounted.ts finds a list that a plain noun names
// (A、B、C的原则 / 总要求是“…” / …等基本经济制度).

/** Nouns that name a set of items. Longest first so 总要求 wins over 要求. */
export const HEADS = ['总要求', '总目标', '制度', '原则', '方针', '理念', '价值', '精神', '经验', '要求', '方略', '国策', '作风', '标准', '目标', '任务', '举措', '内容', '体系'].sort((a, b) => b.length - a.length);
/** After the list (…的X): heads that name a doctrine or rule set; 要求/目标/任务 say too little there. */
// Not 体系: 系统完备、科学规范、运行有效的制度体系 lists qualities, not parts.
export const AFTER_HEADS = new Set(['总要求', '原则', '方针', '理念', '价值', '精神', '经验', '方略', '国策', '作风']);
export const MAX_LABEL = 8;
export const MAX_DENG_LABEL = 10;
export const MIN_ITEMS = 3;
export const MAX_ITEMS = 12;
export const MAX_ITEM = 14;
export const MAX_REGION = 200;

// A code-unit table: string lookups per character are slow on a 1M-character page.
export const HEAD_START = new Uint8Array(0x10000);
for (const h of HEADS) HEAD_START[h.charCodeAt(0)] = 1;
/** First two code units of each head, as one number: most 要, 国, 内 do not start one. */
export const HEAD_PAIRS = new Set(HEADS.map((h) => h.charCodeAt(0) * 0x10000 + h.charCodeAt(1)));

/** Heads that a qualifier and 等 make a label (等重要目标, 等基本经济制度). */
export const DENG_HEADS = new Set(['目标', '制度']);
/** Items a 等-list exemplifies may be whole short clauses (劳动报酬提高和劳动生产率提高同步). */
export const MAX_DENG_ITEM = 18;
export const MAX_COMMA_ITEM = 24;
