// The glossary shipped with Tifa. In Node (CLI, tests, bench) it is validated here when first
// imported: a broken glossary.json must fail loudly, never half-load. The extension's build
// replaces this module (scripts/compile-glossary.ts) with a loader of the glossary compiled at
// build time (validated, citations filled in, jieba's missing words and the search pinyin
// listed), shipped as a JSON file: a worker start then costs one JSON parse of a fetched file.
// A string literal of the same JSON in the bundle cost V8 2 s to scan at 60,000 entries,
// against 0.26 s for the parse. Both forms export loadBundledGlossary.
import data from '../glossary/glossary.json' with { type: 'json' };
import { parseGlossary } from './glossary-schema';
import type { Glossary } from './types';
import type { JiebaWord } from './engine-build';

export interface BundledGlossaryData {
  glossary: Glossary;
  /**
   * The forms a fresh jieba does not cut as one token (see wordsJiebaSplits), each with the
   * frequency jieba suggested for it, when computed at build time; null: the engine checks.
   */
  jiebaWords: readonly JiebaWord[] | null;
  /** Each entry's search pinyin (entryPinyin), when computed at build time; null: on demand. */
  searchPinyin: readonly (readonly string[])[] | null;
}

/** Node only (the extension's build has no such export): the validated source file. */
export const bundledGlossary: Glossary = parseGlossary(data);

export function loadBundledGlossary(): Promise<BundledGlossaryData> {
  return Promise.resolve({ glossary: bundledGlossary, jiebaWords: null, searchPinyin: null });
}
