// Building the full engine without blocking a first answer: jieba is taught the glossary's
// words in slices, with a pause between slices in which the caller's event loop runs (the
// worker answers provisional requests from the quick matcher there), then the engine is made.
import { createEngine, glossaryForms, type Engine } from './engine';
import { dictionaryCandidates, wordsJiebaSplits } from './segmenter';
import type { Glossary, JiebaApi } from './types';

/** A word for jieba's dictionary and its frequency; null lets jieba suggest one (a cut each). */
export type JiebaWord = readonly [word: string, freq: number | null];

/** The bundled glossary and its build-time list of words jieba splits (null: not compiled). */
export interface BundledWords {
  glossary: Glossary;
  words: readonly JiebaWord[] | null;
}

/**
 * The words jieba must be taught for `glossary`, in the order to add them. The bundled
 * glossary's come from its build-time list, with the frequencies jieba suggested there (the
 * same dictionary and order give the same frequencies, and an explicit one saves a cut per
 * word); forms the bundled glossary does not have (a user glossary's) are checked here.
 */
export function jiebaWordsFor(jieba: JiebaApi, glossary: Glossary, bundled: BundledWords): JiebaWord[] {
  const forms = glossaryForms(glossary);
  if (!bundled.words) return wordsJiebaSplits(jieba, forms).map((w) => [w, null] as const);
  const wanted = new Set(forms);
  const compiled = new Set(dictionaryCandidates(glossaryForms(bundled.glossary)));
  return [
    ...bundled.words.filter(([w]) => wanted.has(w)),
    ...wordsJiebaSplits(jieba, forms.filter((f) => !compiled.has(f))).map((w) => [w, null] as const),
  ];
}

/** How many words to add between two pauses: ~10 ms of adds on a slow machine. */
export const WORDS_PER_SLICE = 2000;

export interface BuildEngineOptions {
  jieba: JiebaApi;
  glossary: Glossary;
  words: readonly JiebaWord[];
  /** Lets pending events run (a macrotask: setTimeout(0) in the worker). */
  pause: () => Promise<void>;
}

export async function buildEngineInSlices({ jieba, glossary, words, pause }: BuildEngineOptions): Promise<Engine> {
  for (let i = 0; i < words.length; i += WORDS_PER_SLICE) {
    const end = Math.min(words.length, i + WORDS_PER_SLICE);
    for (let k = i; k < end; k++) jieba.add_word(words[k]![0], words[k]![1], null);
    await pause();
  }
  return createEngine({ jieba, glossary, wordsAdded: true });
}
