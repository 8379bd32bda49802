// What every recogniser gets: the segmented normalised text, a part-of-speech tagger, and the
// questions several of them ask about a token's surroundings.
import type { Segmentation } from '../segmenter';
import { isHan, isNumeral, NOUN_LIKE } from './chars';

export type NumberedRule =
  | 'quoted'
  | 'token'
  | 'paired'
  | 'da'
  | 'measure'
  | 'ordinal'
  | 'place-value'
  | 'compound'
  | 'scheme-unit';

export interface NumberedTerm {
  /** Normalised (simplified) form. */
  term: string;
  start: number;
  end: number;
  rule: NumberedRule;
  /**
   * How sure this one sighting makes us that the string names a formula (0–1), from its own
   * evidence: quoted by the article, a fixed expression, a structure only formulas take. The
   * engine adds repetition across the text (core/numbered/confidence.ts).
   */
  confidence: number;
}

/** jieba part-of-speech tag of a single word (its dictionary tag, 'x' when unknown). */
export type WordTagger = (word: string) => string;

export interface Context {
  seg: Segmentation;
  text: string;
  words: string[];
  starts: Uint32Array;
  tagOf: WordTagger;
  /** Token k continues a number (第, a numeral or a digit before it): 十四|五, 第|三. */
  followsNumber(k: number): boolean;
  /** The phrase ends after token k: next token is punctuation, a space, or a non-noun word. */
  closesAfter(k: number): boolean;
  /**
   * Token k is where the classic rules start: a Han token led by a numeral or 双 that does not
   * continue a number. 百/千 lead idioms (百业待兴, 千方百计) far more often than formulas, so
   * they are left to the place-value recogniser.
   */
  numeralLed(k: number): boolean;
}

export function createContext(seg: Segmentation, tagOf: WordTagger): Context {
  const { text, words, starts } = seg;
  const followsNumber = (k: number): boolean => {
    const c = text[starts[k]! - 1] ?? '';
    return c === '第' || isNumeral(c) || /[0-9]/.test(c);
  };
  return {
    seg,
    text,
    words,
    starts,
    tagOf,
    followsNumber,
    closesAfter(k) {
      const next = words[k + 1];
      if (next === undefined || !isHan(next)) return true;
      return !NOUN_LIKE.has(tagOf(next));
    },
    numeralLed(k) {
      const w = words[k]!;
      const c = w[0]!;
      if ((!isNumeral(c) && c !== '双') || c === '百' || c === '千') return false;
      return !followsNumber(k) && isHan(w);
    },
  };
}
