// The bundled glossary, compiled at build time into the module the extension loads: validated
// by the same parseGlossary that checks user imports (a broken file fails the build, never a
// reader's worker), citations filled in, and the list of forms jieba must be taught. The worker
// then pays one JSON.parse instead of valibot's walk over every entry (4.8 s at 60,000 entries
// on the test machine) and a dictionary check per form.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { parseGlossary } from '../core/glossary-schema';
import { glossaryForms } from '../core/engine';
import { wordsJiebaSplits } from '../core/segmenter';
import { entryPinyin } from '../core/glossary-search';
import type { Glossary, JiebaApi } from '../core/types';
import type { JiebaWord } from '../core/engine-build';
import { BUNDLED_GLOSSARY_PATH } from './check-glossary';

export interface CompiledGlossary {
  glossary: Glossary;
  /**
   * The glossary's forms a fresh jieba splits, in glossary order, each with the frequency
   * jieba suggested when it was added in that order: the engine adds exactly these.
   */
  jiebaWords: JiebaWord[];
  /** Each entry's search pinyin (entryPinyin), so a first latin search in the popup is fast. */
  searchPinyin: string[][];
}

/**
 * @param jieba a fresh instance (see freshJieba), which this teaches the words: words added to
 * it earlier would count as known and shift the suggested frequencies.
 */
export function compileGlossary(data: unknown, jieba: JiebaApi): CompiledGlossary {
  const glossary = parseGlossary(data);
  const words = wordsJiebaSplits(jieba, glossaryForms(glossary));
  return {
    glossary,
    jiebaWords: words.map((w) => [w, jieba.add_word(w, null, null)] as const),
    searchPinyin: glossary.entries.map(entryPinyin),
  };
}

let instances = 0;

/**
 * A jieba with nothing added: a new instance of jieba-wasm's web build over the same wasm (the
 * Node build is one instance per process). Each import URL is a new module in Node's loader.
 */
export async function freshJieba(): Promise<JiebaApi> {
  const require = createRequire(import.meta.url);
  const js = require.resolve('jieba-wasm/web');
  const wasm = readFileSync(js.replace(/jieba_rs_wasm\.js$/, 'jieba_rs_wasm_bg.wasm'));
  const mod = (await import(/* @vite-ignore */ `${pathToFileURL(js).href}?instance=${++instances}`)) as JiebaApi & {
    initSync(arg: { module: BufferSource }): unknown;
  };
  mod.initSync({ module: wasm });
  return mod;
}

/** The compiled glossary's file name in the extension package. */
export const COMPILED_GLOSSARY_FILE = 'glossary.compiled.json';

/** The file the extension ships: the data loadBundledGlossary returns, as JSON. */
export function compiledGlossaryJson(compiled: CompiledGlossary): string {
  return JSON.stringify(compiled);
}

/**
 * Source of the extension's core/bundled-glossary.ts: loadBundledGlossary fetches the compiled
 * file from the package (once; a failed fetch is retried on the next call).
 */
export function compiledGlossaryModule(): string {
  return `// Generated at build time by scripts/compile-glossary.ts.
let loading = null;
export function loadBundledGlossary() {
  const api = globalThis.browser ?? globalThis.chrome;
  loading ??= fetch(api.runtime.getURL(${JSON.stringify(`/${COMPILED_GLOSSARY_FILE}`)}))
    .then((response) => {
      if (!response.ok) throw new Error('tifa: cannot load the bundled glossary (' + response.status + ')');
      return response.json();
    })
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}
`;
}

/** Compiles the bundled glossary file (throws GlossaryError on a bad one). */
export async function compileBundledGlossary(path: string = BUNDLED_GLOSSARY_PATH): Promise<CompiledGlossary> {
  // The same wasm, so the same dictionary, as the extension's.
  return compileGlossary(JSON.parse(readFileSync(path, 'utf8')), await freshJieba());
}

/**
 * Vite plugin for the extension's build (not vitest's, which runs the source module): its
 * core/bundled-glossary.ts becomes the loader of the compiled file, which the build:publicAssets
 * hook in wxt.config.ts ships.
 */
export function compiledGlossaryPlugin(): Plugin {
  return {
    name: 'tifa:compiled-glossary',
    enforce: 'pre',
    apply: 'build',
    transform(_code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/core/bundled-glossary.ts')) return null;
      return { code: compiledGlossaryModule(), map: null };
    },
  };
}
