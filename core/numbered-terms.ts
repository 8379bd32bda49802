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

/** A numeral followed by a unit of time, count, money or people is a quantity, not a name. */
const QUANTITY = new RegExp(
  `^[${NUMERALS}]+个?(年|月|日|天|周年|世纪|号|时|点|分|秒|岁|倍|次|届|名|人|万|亿|元|成|多|余|来|些|等|级)`,
);
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

/** Would a reader take this numeral-led string as a name rather than an amount? */
export function looksLikeFormula(p: string): boolean {
  if (p.length < 2 || !isHan(p)) return false;
  const c = p[0]!;
  if (c === '双') return !SHUANG_WORDS.has(p);
  if (!isNumeral(c)) return false;
  // Bare numbers are not names, except five-year plans (十四五).
  if ([...p].every(isNumeral)) return /^十[一二三四五六七八九]五$/.test(p);
  if (QUANTITY.test(p) || CONGRESS.test(p)) return false;
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
    for (let p = partRe.exec(content); p; p = partRe.exec(content)) {
      const part = p[0];
      if (part.length <= 8 && looksLikeFormula(part)) {
        out.push({ term: part, start: base + p.index, end: base + p.index + part.length, rule: 'quoted' });
      }
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

  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const c = w[0]!;
    // 百/千 lead idioms (百业待兴, 千方百计) far more often than formulas outside quotes.
    if ((!isNumeral(c) && c !== '双') || c === '百' || c === '千') continue;
    if (followsNumber(k) || !isHan(w)) continue;
    const start = starts[k]!;

    if (w.length >= 3 && w.length <= 6 && looksLikeFormula(w)) {
      const tag = tagOf(w);
      if (FORMULA_TOKEN.has(tag) || (tag === 'nz' && MEASURES.includes(w[1]!) )) {
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
      looksLikeFormula(four)
    ) {
      out.push({ term: four, start, end: start + 4, rule: 'paired' });
      continue;
    }

    if (w.length !== 2 || c === '一' || c === '双') continue;
    const head = words[k + 1];
    if (head === undefined || !isHan(head) || !closesAfter(k + 1)) continue;
    const headTag = tagOf(head);
    const end = start + 2 + head.length;
    if (w[1] === '大' && head.length >= 2 && head.length <= 3 && (NOUN_LIKE.has(headTag) || headTag === 'i' || headTag === 'l') && headTag !== 'uj' && headTag !== 'ul') {
      out.push({ term: w + head, start, end, rule: 'da' });
    } else if (MEASURES.includes(w[1]!) && head.length >= 2 && head.length <= 4 && VERBAL_HEAD.has(headTag)) {
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
