// jieba wrapper. Segmentation runs on the normalised text (same length as the original), and
// word boundaries come back as UTF-16 offsets so the matcher can check them directly.
import type { JiebaApi } from './types';
import { HAN_RANGES } from './han';

export interface Segmentation {
  /** The normalised text that was segmented. */
  text: string;
  /** Tokens in order; they tile the text exactly. */
  words: string[];
  /** UTF-16 start offset of each token; starts[words.length] === text.length. */
  starts: Uint32Array;
  /** isBoundary[i] === 1 when a token starts (or the text ends) at UTF-16 offset i. */
  isBoundary: Uint8Array;
}

export interface Segmenter {
  segment(normText: string): Segmentation;
}

// jieba only keeps runs of these characters together (its "han" regex); a term with other
// characters in it (、《》) cannot become one token, but the matcher's boundary rule still works.
export const SINGLE_TOKEN_CAPABLE = new RegExp(`^[${HAN_RANGES}a-zA-Z0-9]+$`);

/** Terms and variants that could become one jieba token: two or more characters jieba keeps together. */
export function dictionaryCandidates(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of words) if (w.length >= 2 && SINGLE_TOKEN_CAPABLE.test(w)) out.add(w);
  return [...out];
}

/**
 * The candidates jieba does not already cut as one token on their own (without HMM, so one
 * token means a dictionary word: 一国两制, 共同富裕, 三个代表). Only these need adding: adding
 * a dictionary word again changes nothing but its frequency by one (its tag stays), while each
 * add costs a cut inside jieba. A check costs about as much as an add, so the bundled
 * glossary's list is computed at build time (scripts/compile-glossary.ts) and only a user
 * glossary's own words are checked at run time.
 */
export function wordsJiebaSplits(jieba: JiebaApi, words: Iterable<string>): string[] {
  return dictionaryCandidates(words).filter((w) => {
    const tokens = jieba.cut ? jieba.cut(w, false) : jieba.tokenize(w, 'default', false).map((t) => t.word);
    return !(tokens.length === 1 && tokens[0] === w);
  });
}

/**
 * Adds words with jieba's suggested frequency (no explicit freq): just enough to stay one
 * token on their own, but not so much that they swallow the start of a longer word. With a
 * huge frequency jieba cuts 防范四风险 as 四风/险; with the suggested one it keeps 四/风险, so
 * 四风 is not found there.
 */
export function addWords(jieba: JiebaApi, words: Iterable<string>): void {
  for (const w of words) jieba.add_word(w, null, null);
}

export interface SegmenterOptions {
  /**
   * The caller has already added the words jieba needs (the worker adds them in slices so that
   * provisional answers go out between them): only segment.
   */
  wordsAdded?: boolean;
}

/**
 * @param words glossary terms and variants, already normalised; those jieba splits are added
 * to its dictionary (see addWords) unless `wordsAdded`.
 */
export function createSegmenter(jieba: JiebaApi, words: Iterable<string>, { wordsAdded = false }: SegmenterOptions = {}): Segmenter {
  if (!wordsAdded) addWords(jieba, wordsJiebaSplits(jieba, words));
  return {
    segment(text) {
      const words = cutWords(jieba, text);
      const n = text.length;
      const starts = new Uint32Array(words.length + 1);
      const isBoundary = new Uint8Array(n + 1);
      let pos = 0;
      for (let k = 0; k < words.length; k++) {
        starts[k] = pos;
        isBoundary[pos] = 1;
        pos += words[k]!.length;
      }
      if (pos !== n) throw new Error(`segmenter: tokens cover ${pos} of ${n} code units`);
      starts[words.length] = n;
      isBoundary[n] = 1;
      return { text, words, starts, isBoundary };
    },
  };
}

/**
 * cut() returns the words themselves, whose JS lengths are already UTF-16, and is ~1.5–2×
 * faster than tokenize(); tokenize() reports code-point offsets that need converting when the
 * text has astral characters. Use tokenize only when cut is missing from the given build.
 */
function cutWords(jieba: JiebaApi, text: string): string[] {
  if (jieba.cut) return jieba.cut(text, true);
  const tokens = jieba.tokenize(text, 'default', true);
  return tokens.map((t) => t.word);
}
