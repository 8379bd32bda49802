// Quantity filters: what tells an amount, a date, a congress or an idiom from a formula name.
// Every recogniser asks these before reporting a numeral-led string.
import { NUMERALS, isHan, isNumeral, PROPER_NAME } from './chars';
import type { WordTagger } from './context';

/**
 * Units of time, money, people, distance, weight, temperature and building floors, and the
 * classifiers of everyday counting (口 of a family, 块 of money, 朵, 杆, 集). After a numeral
 * they make an amount, never a name: 二十五度, 一家七口, 三十三层, 二十路.
 */
export const UNITS = '年月日天时点分秒岁倍次届名人万亿元成多余来些等级度口米里斤克吨楼层路号块角毛杆局集页朵栋户家碗杯瓶份辆';
export const QUANTITY = new RegExp(`^[${NUMERALS}]+个?(周年|世纪|小时|分钟|公里|公斤|[${UNITS}])`);
/** Units that end a numeral–unit–numeral–unit pair of amounts (一家七口, 一斤六块, 八角两个). */
export const isUnit = (c: string | undefined): boolean => c !== undefined && (UNITS.includes(c) || c === '个');

/**
 * A number written with place values (二十五, 一百二十, 三十三) counts something; names are built
 * on digit sequences (八八战略, 九二共识, 十四五) or on a single numeral. The exceptions are the
 * word-count labels (二十字, 十六字方针) and article counts (二十条), so only those may follow.
 * (core/numbered/place-value.ts reports the few place-value formulas: 十四个坚持, 千万工程.)
 */
export const PLACE_VALUE_NUMBER = new RegExp(`^[${NUMERALS}]*[十百千][${NUMERALS}]*`);
export function countsAnAmount(p: string): boolean {
  const m = PLACE_VALUE_NUMBER.exec(p);
  if (!m || m[0].length < 2 || m[0].length === p.length) return false;
  return !'字条'.includes(p[m[0].length]!);
}

/** 十九大, 二十大, 十四届, 四中全会: party congresses and plenums are events, not formulas. */
export const CONGRESS = /^(([十][一二三四五六七八九]|[二三]十[一二三四五六七八九]?)[大届次]|[一二三四五六七八九十]+中全会)/;
/** 双 leads formulas (双减, 双碳, 双循环) but also ordinary words. */
export const SHUANG_WORDS = new Set(['双方', '双赢', '双向', '双重', '双边', '双手', '双眼', '双倍', '双双', '双打']);

/** Would a reader take this numeral-led string as a name rather than an amount? */
export function looksLikeFormula(p: string): boolean {
  if (p.length < 2 || !isHan(p)) return false;
  const c = p[0]!;
  if (c === '双') return !SHUANG_WORDS.has(p);
  if (!isNumeral(c)) return false;
  // Bare numbers are not names, except five-year plans (十四五).
  if ([...p].every(isNumeral)) return /^十[一二三四五六七八九]五$/.test(p);
  if (QUANTITY.test(p) || CONGRESS.test(p) || countsAnAmount(p)) return false;
  // 一-led phrases are singular labels (一个前提, 一项任务) or plain words (一起, 一体) unless
  // a second number makes them a formula (一国两制, 一岗双责, 一带一路).
  if (c === '一') return /[二两三四五六七八九十百千双一]/.test(p.slice(1));
  // 两岸 is the two sides of the Taiwan Strait (两岸关系, 两岸同胞), a place, unless a second
  // number makes a slogan of it (两岸一家亲).
  if (p.startsWith('两岸')) return /[一二两三四五六七八九十双]/.test(p.slice(2));
  return true;
}

/** 两点一线, 三点一面: 点 is a place here, not an hour as in 两点半; the second half decides. */
export function pairedWithPoints(four: string): boolean {
  return four[1] === '点' && isNumeral(four[2]) && !/[点半时分钟]/.test(four[3]!);
}

/**
 * Numeral–X–numeral–Y strings that are not paired slogans (两学一做, 三会一课, 一岗双责):
 * multi-digit numbers (二十五度, 一共四十), two amounts side by side (一家七口, 一斤六块, 八角两个),
 * a count before a name (一部三星), and the literary 二 of idioms (一清二楚, 三心二意) — a
 * slogan counts its parts with 两.
 */
export function pairOfAmounts(four: string, next: string | undefined, tagOf: WordTagger): boolean {
  if (isNumeral(four[1]) || isNumeral(four[3]) || four[2] === '二') return true;
  if (isUnit(four[3]) && four[3] !== '点') return true;
  return next !== undefined && next.length >= 2 && four.endsWith(next.slice(0, 2)) && PROPER_NAME.has(tagOf(next));
}

/**
 * jieba tags fixed expressions 'l' whether they are slogans (一国两制, 五位一体, 三步走) or set
 * phrases (四季如春, 二话不说, 一清二楚, 五一劳动节). What sets the slogans apart: a four-character
 * slogan counts two parts (一国两制), so a four-character one with a single numeral is a chengyu;
 * the literary 二 (一清二楚), a holiday (五一劳动节) and a pair of adjectives (三长两短) are not
 * counts either.
 */
export function setPhrase(w: string, tag: string, tagOf: WordTagger): boolean {
  const numerals = [...w].filter((c) => isNumeral(c) || c === '双').length;
  // Only the dictionary's fixed expressions: a new word jieba builds (五水共治, x) is not a chengyu.
  if (tag === 'l' && w.length === 4 && numerals === 1) return true;
  if ((w.slice(1).includes('二') && !isNumeral(w[1])) || w.endsWith('节')) return true;
  // 一步一个脚印, 一个萝卜一个坑: a longer fixed expression that counts with 个 is a proverb; the
  // slogans of this genre that count with 个 (两个毫不动摇) are not in jieba's dictionary.
  if (tag === 'l' && w.length > 4 && w.includes('个')) return true;
  // 三长两短: two adjectives describe a manner or a mishap; a slogan counts things or tasks.
  return w.length === 4 && isNumeral(w[2]) && tagOf(w[1]!) === 'a' && tagOf(w[3]!) === 'a';
}
