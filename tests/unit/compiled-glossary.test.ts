// The glossary the extension loads is compiled at build time (scripts/compile-glossary.ts). It
// must be exactly what validating the source file gives, with the same exports as the module
// it replaces, and a broken source must fail the compile as it fails the import.
import { afterAll, describe, expect, it } from 'vitest';
import * as jieba from 'jieba-wasm';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileGlossary, compiledGlossaryJson, compiledGlossaryModule, COMPILED_GLOSSARY_FILE, freshJieba } from '../../scripts/compile-glossary';
import { BUNDLED_GLOSSARY_PATH } from '../../scripts/check-glossary';
import { GlossaryError, parseGlossary } from '../../core/glossary-schema';
import { glossaryForms } from '../../core/engine';
import { entryPinyin } from '../../core/glossary-search';
import { dictionaryCandidates } from '../../core/segmenter';
import * as sourceModule from '../../core/bundled-glossary';

const source = () => JSON.parse(readFileSync(BUNDLED_GLOSSARY_PATH, 'utf8')) as unknown;

/** Temporary directories this file made, removed at the end. */
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function importModule(code: string): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-compiled-'));
  made.push(dir);
  const file = join(dir, 'bundled-glossary.mjs');
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
}

describe('compiled bundled glossary', () => {
  it('equals the parse of glossary/glossary.json, loaded through the module that replaces core/bundled-glossary.ts', async () => {
    const json = compiledGlossaryJson(compileGlossary(source(), await freshJieba()));
    const requested: string[] = [];
    // The extension's loader, with the package file served as the browser would.
    const fakeChrome = { runtime: { getURL: (path: string) => `chrome-extension://tifa${path}` } };
    const realFetch = globalThis.fetch;
    (globalThis as { chrome?: unknown }).chrome = fakeChrome;
    globalThis.fetch = (async (url: string) => {
      requested.push(url);
      return new Response(json);
    }) as typeof fetch;
    try {
      const loader = await importModule(compiledGlossaryModule());
      const loaded = (await (loader.loadBundledGlossary as () => Promise<Record<string, unknown>>)()) as Record<string, unknown>;
      expect(requested).toEqual([`chrome-extension://tifa/${COMPILED_GLOSSARY_FILE}`]);
      expect(loaded.glossary).toEqual(parseGlossary(source()));
      expect(loaded.glossary).toEqual(sourceModule.bundledGlossary);
      // The popup's search pinyin, entry by entry, as the first latin search would compute it.
      expect(loaded.searchPinyin).toEqual(parseGlossary(source()).entries.map(entryPinyin));
      expect((loaded.searchPinyin as string[][]).flat()).toContain('sgys');
      // The loader has the source module's function; what it resolves to has the same fields.
      expect(Object.keys(loader)).toEqual(['loadBundledGlossary']);
      expect(Object.keys(loaded).sort()).toEqual(Object.keys(await sourceModule.loadBundledGlossary()).sort());
    } finally {
      globalThis.fetch = realFetch;
      delete (globalThis as { chrome?: unknown }).chrome;
    }
  });

  it('lists exactly the forms a fresh jieba splits, with the frequencies jieba suggests: dictionary words such as 一国两制 are left out', async () => {
    const glossary = parseGlossary(source());
    const candidates = dictionaryCandidates(glossaryForms(glossary));
    const splits = candidates.filter((w) => jieba.cut(w, false).length !== 1);
    expect(splits.length).toBeGreaterThan(0);
    const { jiebaWords } = compileGlossary(source(), await freshJieba());
    expect(jiebaWords.map(([w]) => w)).toEqual(splits);
    if (candidates.includes('一国两制')) expect(splits).not.toContain('一国两制');
    // Adding them in this order here gives the same frequencies: the list is reproducible.
    expect(jiebaWords.map(([w]) => jieba.add_word(w, null, null))).toEqual(jiebaWords.map(([, f]) => f));
  });

  it('fails on a glossary the import would refuse', () => {
    const broken = source() as { entries: { id: string }[] };
    broken.entries[1]!.id = broken.entries[0]!.id;
    expect(() => compileGlossary(broken, jieba)).toThrow(GlossaryError);
  });
});
