// The glossary shipped with Tifa. In Node (CLI, tests, bench) it is validated here when first
// imported: a broken glossary.json must fail loudly, never half-load. The extension's build
// replaces this module with its compiled form (scripts/compile-glossary.ts): validated,
// citations filled in, and jieba's missing words listed, at build time, so a worker start only
// parses JSON. Both forms export the same names.
import data from '../glossary/glossary.json' with { type: 'json' };
import { parseGlossary } from './glossary-schema';
import type { Glossary } from './types';
import type { JiebaWord } from './engine-build';

export const bundledGlossary: Glossary = parseGlossary(data);

/**
 * The bundled glossary's forms that a fresh jieba does not cut as one token (see
 * wordsJiebaSplits), with the frequency jieba suggested for each, when computed at build time;
 * null here, where the engine checks them itself.
 */
export const bundledJiebaWords: readonly JiebaWord[] | null = null;

/**
 * Each bundled entry's search pinyin (see entryPinyin in glossary-search.ts), when computed at
 * build time; null here, where the first latin search computes it.
 */
export const bundledSearchPinyin: readonly (readonly string[])[] | null = null;
