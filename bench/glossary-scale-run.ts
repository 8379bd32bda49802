// One row of the glossary-size table, in its own process so that every figure is cold (a
// fresh V8 heap, fresh jieba instances): `node --import tsx bench/glossary-scale-run.ts N`.
// Prints one JSON line; glossary-scale.ts says what each figure means.
import { compileGlossary, compiledGlossaryJson, freshJieba } from '../scripts/compile-glossary';
import type { BundledGlossaryData } from '../core/bundled-glossary';
import { createEngine, createQuickMatcher, glossaryForms } from '../core/engine';
import { startEngine } from '../core/engine-build';
import { createMatcher } from '../core/matcher';
import { normalize } from '../core/normalize';
import { prepareSearch, searchGlossary, seedPinyin } from '../core/glossary-search';
import { corpusOfLength } from './corpus';
import { syntheticGlossary } from './synthetic-glossary';

const entries = Number(process.argv[2]);
const runs = Number(process.env.TIFA_BENCH_SCALE_RUNS ?? 3);
const CLI_CHARS = 3_000_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const now = () => performance.now();
/**
 * Process CPU time in ms. The ratios between sizes are taken on it: on a shared machine, wall
 * time also counts the other processes' turns (2 cores, load averages of 6–9 when this was
 * written), while a single-threaded scan's CPU time does not.
 */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// Build time: what `wxt build` does with glossary.json (here a synthetic one of this size).
const raw = syntheticGlossary(entries);
let t = now();
const compiled = compileGlossary(raw, await freshJieba());
const compileMs = now() - t;
// The file the extension ships; the worker fetches it and parses it (response.json()).
const file = compiledGlossaryJson(compiled);

// Worker start → ready, on the worker's own code path: load the compiled glossary module, get
// the wasm, make the quick matcher (a provisional answer is possible from here), then
// startEngine exactly as worker/engine-host.ts runs it.
const firstChunk = corpusOfLength(1500);
const start = now();
const startCpu = cpu();
const bundled = JSON.parse(file) as BundledGlossaryData;
const glossary = bundled.glossary;
if (bundled.searchPinyin) seedPinyin(glossary.entries, bundled.searchPinyin);
const loadMs = now() - start;
t = now();
const jieba = await freshJieba();
const wasmMs = now() - t;
t = now();
const quick = createQuickMatcher(glossary);
quick.annotate(firstChunk);
const quickMs = now() - t;
const provisionalAt = now() - start;
const timings: Record<string, number> = {};
const { engine } = await startEngine({
  jieba,
  glossary,
  bundled: { glossary, words: bundled.jiebaWords },
  pause: () => new Promise((resume) => setTimeout(resume, 0)),
  now,
  timings,
});
const readyAt = now() - start;
const readyCpu = cpu() - startCpu;

// The popup's search index, which the worker builds right after the engine is ready, then the
// first search (a popup opened after that) and the first pinyin search.
t = now();
prepareSearch(glossary);
const searchIndexMs = now() - t;
t = now();
searchGlossary(glossary, '四个意识');
const searchHanMs = now() - t;
t = now();
searchGlossary(glossary, 'sgys');
const searchPinyinMs = now() - t;

// Engine creation over a jieba that already knows the words (what a rebuild costs).
const createMs: number[] = [];
for (let i = 0; i < runs; i++) {
  t = now();
  createEngine({ jieba, glossary, wordsAdded: true });
  createMs.push(now() - t);
}

// The CLI's engine work on 3M characters, and the trie floor: the glossary's keys scanned over
// the same normalised text with no segmentation.
const text = corpusOfLength(CLI_CHARS);
const annotateMs: number[] = [];
const annotateCpuMs: number[] = [];
const trieMs: number[] = [];
const trie = createMatcher(glossaryForms(glossary).map((key) => ({ key, value: key })));
for (let i = 0; i < runs; i++) {
  t = now();
  const c = cpu();
  engine.annotate(text);
  annotateMs.push(now() - t);
  annotateCpuMs.push(cpu() - c);
  t = now();
  const norm = normalize(text);
  trie.findAll(norm, new Uint8Array(norm.length + 1).fill(1));
  trieMs.push(now() - t);
}

console.log(
  JSON.stringify({
    entries: glossary.entries.length,
    forms: glossaryForms(glossary).length,
    jiebaWords: timings.jiebaWords,
    compileMs,
    loadMs,
    wasmMs,
    quickMs,
    provisionalAt,
    dictionaryMs: timings.jiebaDictionary,
    addWordsAndEngineMs: timings.createEngine,
    warmUpMs: timings.warmUpAnnotate,
    readyAt,
    readyCpu,
    createMs: median(createMs),
    annotateMs: median(annotateMs),
    annotateCpuMs: median(annotateCpuMs),
    trieMs: median(trieMs),
    searchIndexMs,
    searchHanMs,
    searchPinyinMs,
  }),
);
