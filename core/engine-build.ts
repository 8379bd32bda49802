// Building the full engine without blocking a first answer: jieba is taught the glossary's
// words in slices, with a pause between slices in which the caller's event loop runs (the
// worker answers provisional requests from the quick matcher there), then the engine is made.
import { createEngine, glossaryForms, type Engine } from './engine';
import { dictionaryCandidates, wordsJiebaSplits } from './segmenter';
import type { Annotation, Glossary, JiebaApi } from './types';

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

/** From the seed article: a glossary term, an article label and its list, one traditional form. */
const WARM_UP_TEXT = '蕴含了“一个前提、一个关键、一个路径、一个目标”。这“四个一”要坚持树立“四个意识”。建設清廉機關。';

/**
 * A new engine's first calls run cold code (V8 tiers functions and regular expressions up as
 * they run): a reader's first chunk after init took 15–30 ms instead of 3–5. A few rounds over
 * real prose, the glossary's own article quotes, take that cost during init instead.
 */
const WARM_UP_ROUNDS = 3;

/** Enough prose to tier the code up; a glossary of 60,000 quoted entries must not make it longer. */
const WARM_UP_MAX_CHARS = 4000;

export function warmUpText(glossary: Glossary): string {
  let text = WARM_UP_TEXT;
  for (const entry of glossary.entries) {
    for (const source of entry.sources) {
      if (source.kind !== 'article') continue;
      if (text.length + source.quote.length + 1 > WARM_UP_MAX_CHARS) return text;
      text += `\n${source.quote}`;
    }
  }
  return text;
}

export interface StartEngineOptions {
  jieba: JiebaApi;
  glossary: Glossary;
  bundled: BundledWords;
  pause: () => Promise<void>;
  /** A clock in ms (performance.now where there is one); core has no timer of its own. */
  now: () => number;
  /** Filled with each phase's duration in ms and the number of words added. */
  timings: Record<string, number>;
}

/**
 * Everything between a compiled wasm and a ready engine, as the worker runs it (and the bench
 * measures it in Node): jieba's dictionary build, the glossary's words in slices, the engine,
 * warm-up rounds. Returns the engine and its last warm-up annotation.
 */
export async function startEngine({ jieba, glossary, bundled, pause, now, timings }: StartEngineOptions): Promise<{ engine: Engine; warmUp: Annotation }> {
  const since = (t: number) => Math.round((now() - t) * 10) / 10;
  let t = now();
  // jieba-wasm builds its default dictionary on the first call: the largest part of a cold start.
  if (jieba.cut) jieba.cut('中文', false);
  else jieba.tokenize('中文', 'default', false);
  timings.jiebaDictionary = since(t);
  t = now();
  const words = jiebaWordsFor(jieba, glossary, bundled);
  timings.jiebaWordsChecked = since(t);
  timings.jiebaWords = words.length;
  t = now();
  // The glossary's words go into jieba's dictionary in slices: a provisional request that
  // arrives meanwhile is answered between two slices, not after the lot.
  const engine = await buildEngineInSlices({ jieba, glossary, words, pause });
  timings.createEngine = since(t);
  t = now();
  const text = warmUpText(glossary);
  let warmUp = engine.annotate(text, { mine: true });
  for (let round = 1; round < WARM_UP_ROUNDS; round++) warmUp = engine.annotate(text, { mine: true });
  timings.warmUpAnnotate = since(t);
  return { engine, warmUp };
}
