// Numbered formulas that the glossary does not know (“三个千亿”, 五水共治, 十大行动, 八个坚持),
// told apart from plain quantities (三个月, 两个多小时, 十四次党代会, 一个前提, 第一时间).
// Political writing marks a formula in one of a few ways, and each rule below looks for one:
//   quoted   – a short quoted phrase that starts with a numeral: “四个着力”, “两强三提高”
//   token    – jieba knows it as a fixed expression or builds it as a new word: 五位一体, 五水共治
//   paired   – numeral-X-numeral-Y slogans: 两学一做, 三会一课, 一校一策
//   da       – N大 + a short noun that closes the phrase: 五大行动, 三大攻坚战
//   measure  – N个/项/条/种 + a verb-like head: 八个坚持, 两个毫不动摇, 三个务必
// Everything runs on the normalised text (one quote style, simplified characters).
import type { Segmentation } from './segmenter';

export interface NumberedTerm {
  /** Normalised (simplified) form. */
  term: string;
  start: number;
  end: number;
  rule: 'quoted' | 'token' | 'paired' | 'da' | 'measure';
}

/** jieba part-of-speech tag of a single word (its dictionary tag, 'x' when unknown). */
export type WordTagger = (word: string) => string;

const NUMERALS = '一二两三四五六七八九十百千';
const isNumeral = (c: string | undefined): boolean => c !== undefined && NUMERALS.includes(c);
const isHan = (s: string): boolean => /^[\u3400-\u4dbf\u4e00-\u9fff]+$/.test(s);

/**
 * Units of time, money, people, distance, weight, temperature and building floors, and the
 * classifiers of everyday counting (口 of a family, 块 of money, 朵, 杆, 集). After a numeral
 * they make an amount, never a name: 二十五度, 一家七口, 三十三层, 二十路.
 */
const UNITS = '年月日天时点分秒岁倍次届名人万亿元成多余来些等级度口米里斤克吨楼层路号块角毛杆局集页朵栋户家碗杯瓶份辆';
const QUANTITY = new RegExp(`^[${NUMERALS}]+个?(周年|世纪|小时|分钟|公里|公斤|[${UNITS}])`);
/** Units that end a numeral–unit–numeral–unit pair of amounts (一家七口, 一斤六块, 八角两个). */
const isUnit = (c: string | undefined): boolean => c !== undefined && (UNITS.includes(c) || c === '个');
/**
 * A number written with place values (二十五, 一百二十, 三十三) counts something; names are built
 * on digit sequences (八八战略, 九二共识, 十四五) or on a single numeral. The exceptions are the
 * word-count labels (二十字, 十六字方针) and article counts (二十条), so only those may follow.
 */
const PLACE_VALUE_NUMBER = new RegExp(`^[${NUMERALS}]*[十百千][${NUMERALS}]*`);
function countsAnAmount(p: string): boolean {
  const m = PLACE_VALUE_NUMBER.exec(p);
  if (!m || m[0].length < 2 || m[0].length === p.length) return false;
  return !'字条'.includes(p[m[0].length]!);
}
/** 十九大, 二十大, 十四届, 四中全会: party congresses and plenums are events, not formulas. */
const CONGRESS = /^(([十][一二三四五六七八九]|[二三]十[一二三四五六七八九]?)[大届次]|[一二三四五六七八九十]+中全会)/;
/** 双 leads formulas (双减, 双碳, 双循环) but also ordinary words. */
const SHUANG_WORDS = new Set(['双方', '双赢', '双向', '双重', '双边', '双手', '双眼', '双倍', '双双', '双打']);
/** Tags of words that can head a formula after N个/N项 (verbs, adverbs, fixed phrases). */
const VERBAL_HEAD = new Set(['v', 'vd', 'l', 'i', 'd', 'ad', 'a']);
/** Tags that continue a noun phrase: when one follows, the numeral counts a longer phrase. */
const NOUN_LIKE = new Set(['n', 'nz', 'vn', 'ns', 'nt', 'nr', 'ng', 'an', 'j', 'x', 'uj', 'ul']);
/** Fixed expressions (l), new words jieba built by HMM (x), abbreviations (j). */
const FORMULA_TOKEN = new Set(['l', 'x', 'j']);
const MEASURES = '个项条种';
/** Verbs with which political writing cites a doctrine by its number (坚持四项基本原则). */
const CITING_VERBS = new Set(['坚持', '统筹', '树立', '坚定', '增强', '做到', '践行', '牢记', '贯彻', '把握', '落实好', '遵循']);
// Not f (以下, 上述): those announce the article's own list (把握以下五条原则).
const ADJECTIVE = new Set(['a', 'ad']);
const QUALIFIER = new Set(['s', 'n', 'b']);
/** Nouns that follow a 双X policy name: 双减政策, 双碳目标, 双创工作. */
const POLICY_NOUNS = new Set(['政策', '目标', '工作', '战略', '行动', '工程', '改革', '试点', '建设', '任务', '要求', '格局', '示范']);
const NOUN_HEAD = new Set(['n', 'nz', 'vn', 'an', 'j', 'l']);

/** 两点一线, 三点一面: 点 is a place here, not an hour as in 两点半; the second half decides. */
function pairedWithPoints(four: string): boolean {
  return four[1] === '点' && isNumeral(four[2]) && !/[点半时分钟]/.test(four[3]!);
}

/** Proper names jieba knows (三星 the brand, 三亚 the city): 一部三星手机 is a phone, not a pair. */
const PROPER_NAME = new Set(['nz', 'nr', 'ns', 'nt']);

/**
 * Numeral–X–numeral–Y strings that are not paired slogans (两学一做, 三会一课, 一岗双责):
 * multi-digit numbers (二十五度, 一共四十), two amounts side by side (一家七口, 一斤六块, 八角两个),
 * a count before a name (一部三星), and the literary 二 of idioms (一清二楚, 三心二意) — a
 * slogan counts its parts with 两.
 */
function pairOfAmounts(four: string, next: string | undefined, tagOf: WordTagger): boolean {
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
function setPhrase(w: string, tag: string, tagOf: WordTagger): boolean {
  const numerals = [...w].filter((c) => isNumeral(c) || c === '双').length;
  // Only the dictionary's fixed expressions: a new word jieba builds (五水共治, x) is not a chengyu.
  if (tag === 'l' && w.length === 4 && numerals === 1) return true;
  if ((w.slice(1).includes('二') && !isNumeral(w[1])) || w.endsWith('节')) return true;
  // 三长两短: two adjectives describe a manner or a mishap; a slogan counts things or tasks.
  return w.length === 4 && isNumeral(w[2]) && tagOf(w[1]!) === 'a' && tagOf(w[3]!) === 'a';
}

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
  return true;
}

function findQuoted(text: string): NumberedTerm[] {
  const out: NumberedTerm[] = [];
  const re = /“([^“”\n]{2,16})”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const content = m[1]!;
    const base = m.index + 1;
    // A quoted list (“四句话、十六字”) names several formulas; each part stands on its own.
    const partRe = /[^、,;/ ]+/g;
    const parts: { part: string; at: number }[] = [];
    for (let p = partRe.exec(content); p; p = partRe.exec(content)) {
      // A project name may carry a number after the formula (“双一流196”): keep the Han lead.
      const part = isHan(p[0]) ? p[0] : (/^[\u3400-\u4dbf\u4e00-\u9fff]+(?=[0-9a-zA-Z])/.exec(p[0])?.[0] ?? '');
      if (part) parts.push({ part, at: base + p.index });
    }
    const formulas = parts.filter(({ part }) => part.length <= 8 && looksLikeFormula(part));
    // “一个中心、两个基本点”: a singular 一个X counted off with its siblings is part of the formula.
    const measuresInList = new Set(formulas.map(({ part }) => part[1]));
    for (const { part, at } of parts) {
      const counted = part[0] === '一' && MEASURES.includes(part[1] ?? '') && measuresInList.has(part[1]) && part.length <= 6 && isHan(part);
      if (formulas.some((f) => f.at === at) || counted) out.push({ term: part, start: at, end: at + part.length, rule: 'quoted' });
    }
  }
  return out;
}

export function findNumberedTerms(seg: Segmentation, tagOf: WordTagger): NumberedTerm[] {
  const { text, words, starts } = seg;
  const out = findQuoted(text);
  const prevChar = (k: number): string => text[starts[k]! - 1] ?? '';
  const followsNumber = (k: number): boolean => {
    const c = prevChar(k);
    return c === '第' || isNumeral(c) || /[0-9]/.test(c);
  };
  /** The phrase ends after token k: next token is punctuation, a space, or a non-noun word. */
  const closesAfter = (k: number): boolean => {
    const next = words[k + 1];
    if (next === undefined || !isHan(next)) return true;
    return !NOUN_LIKE.has(tagOf(next));
  };

  /**
   * 坚持四项基本原则, 统筹两个大局: after a verb that cites doctrine, N个/N项 + a short noun
   * phrase names a formula (after other verbs it is a count: 分为两个部分). Returns the end.
   */
  const nounHeadAfterCitingVerb = (k: number): number | undefined => {
    if (!MEASURES.includes(words[k]![1]!)) return undefined;
    // The verb may stand before a short place qualifier: 统筹国内国际两个大局.
    let v = k - 1;
    while (v >= k - 2 && v >= 0 && QUALIFIER.has(tagOf(words[v]!)) && !CITING_VERBS.has(words[v]!)) v--;
    if (!CITING_VERBS.has(words[v] ?? '')) return undefined;
    let len = 0;
    for (let j = k + 1; j <= k + 2 && j < words.length; j++) {
      const h = words[j]!;
      if (!isHan(h) || !NOUN_HEAD.has(tagOf(h))) break;
      len += h.length;
      if (len > 4) break;
      if (len >= 2 && closesAfter(j)) return starts[k]! + 2 + len;
    }
    return undefined;
  };

  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const c = w[0]!;
    // 百/千 lead idioms (百业待兴, 千方百计) far more often than formulas outside quotes.
    if ((!isNumeral(c) && c !== '双') || c === '百' || c === '千') continue;
    if (followsNumber(k) || !isHan(w)) continue;
    const start = starts[k]!;

    // 双减, 双碳, 双创: jieba builds these as new words (x); dictionary words with 双 are not x.
    // Only as the name of a policy (双减政策): 双难处境 is prose.
    if (w.length === 2 && c === '双' && tagOf(w) === 'x' && POLICY_NOUNS.has(words[k + 1] ?? '') && looksLikeFormula(w)) {
      out.push({ term: w, start, end: start + 2, rule: 'token' });
      continue;
    }

    if (w.length >= 3 && w.length <= 6 && looksLikeFormula(w)) {
      const tag = tagOf(w);
      if ((FORMULA_TOKEN.has(tag) && !setPhrase(w, tag, tagOf)) || (tag === 'nz' && MEASURES.includes(w[1]!))) {
        out.push({ term: w, start, end: start + w.length, rule: 'token' });
        continue;
      }
    }

    const four = text.slice(start, start + 4);
    if (
      four.length === 4 &&
      isHan(four) &&
      (isNumeral(four[2]) || four[2] === '双') &&
      !MEASURES.includes(four[1]!) &&
      // 一X一Y is ordinary prose (一地一域, 一步一步) unless quoted; 一校一策 comes in quotes.
      !(c === '一' && four[2] === '一') &&
      seg.isBoundary[start + 4] === 1 &&
      w.length < 4 &&
      (looksLikeFormula(four) || pairedWithPoints(four)) &&
      !pairOfAmounts(four, words[k + 1], tagOf)
    ) {
      out.push({ term: four, start, end: start + 4, rule: 'paired' });
      continue;
    }

    if (w.length !== 2 || c === '一' || c === '双') continue;
    const cited = nounHeadAfterCitingVerb(k);
    if (cited) {
      out.push({ term: text.slice(start, cited), start, end: cited, rule: 'measure' });
      continue;
    }
    const head = words[k + 1];
    if (head === undefined || !isHan(head) || !closesAfter(k + 1)) continue;
    const headTag = tagOf(head);
    const end = start + 2 + head.length;
    if ((w[1] === '大' || w[1] === '重') && head.length >= 2 && head.length <= 3 && (NOUN_LIKE.has(headTag) || headTag === 'i' || headTag === 'l') && headTag !== 'uj' && headTag !== 'ul') {
      out.push({ term: w + head, start, end, rule: 'da' });
    } else if (
      MEASURES.includes(w[1]!) &&
      head.length >= 2 &&
      head.length <= 4 &&
      VERBAL_HEAD.has(headTag) &&
      // An adjective usually modifies what follows (三项具体举措); as a formula (两个坚定) it ends the phrase.
      (!ADJECTIVE.has(headTag) || !isHan(words[k + 2] ?? ''))
    ) {
      out.push({ term: w + head, start, end, rule: 'measure' });
    }
  }
  return withoutOverlaps(out);
}

/** Several rules often see the same term (“四个服从” is quoted and a measure phrase): keep the
 * longest at each place. */
function withoutOverlaps(found: NumberedTerm[]): NumberedTerm[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NumberedTerm[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) continue;
    out.push(t);
  }
  return out;
}
