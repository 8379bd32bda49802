// The glossary-size table: the bundled glossary (59 entries when this was written) and
// synthetic glossaries of 600 / 6,000 / 60,000 entries (bench/synthetic-glossary.ts), each
// measured in a fresh process (glossary-scale-run.ts) on the code the worker and the CLI run.
// Each figure is printed beside the target for it.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SCALE_SIZES = [59, 600, 6_000, 60_000];

interface Row {
  entries: number;
  forms: number;
  jiebaWords: number;
  compileMs: number;
  loadMs: number;
  wasmMs: number;
  quickMs: number;
  provisionalAt: number;
  dictionaryMs: number;
  addWordsAndEngineMs: number;
  warmUpMs: number;
  readyAt: number;
  readyCpu: number;
  createMs: number;
  annotateMs: number;
  annotateCpuMs: number;
  trieMs: number;
  searchIndexMs: number;
  searchHanMs: number;
  searchPinyinMs: number;
}

const runner = fileURLToPath(new URL('./glossary-scale-run.ts', import.meta.url));

function measure(entries: number): Row {
  const out = execFileSync(process.execPath, ['--import', 'tsx', runner, String(entries)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Row;
}

function line(label: string, value: string, target: string, ok: boolean): void {
  console.log(`${ok ? 'ok  ' : 'MISS'} ${label.padEnd(58)} ${value.padStart(12)}   target ${target}`);
}

export function runGlossaryScaleBench(sizes: number[] = SCALE_SIZES): boolean {
  const rows = sizes.map(measure);
  const base = rows[0]!;
  const f = (ms: number) => Math.round(ms);
  console.table(
    rows.map((r) => ({
      entries: r.entries,
      'forms (jieba adds)': `${r.forms} (${r.jiebaWords})`,
      'build: compile ms': f(r.compileMs),
      'start: glossary load ms': f(r.loadMs),
      'start: wasm ms': f(r.wasmMs),
      'start: quick matcher ms': f(r.quickMs),
      'start → provisional ms': f(r.provisionalAt),
      'jieba dictionary ms': f(r.dictionaryMs),
      'words + engine ms': f(r.addWordsAndEngineMs),
      'warm-up ms': f(r.warmUpMs),
      'start → ready ms': f(r.readyAt),
      'start → ready cpu ms': f(r.readyCpu),
      'engine creation ms': f(r.createMs),
      'CLI engine 3M ms': f(r.annotateMs),
      'CLI engine 3M cpu ms': f(r.annotateCpuMs),
      '× 59-entry (cpu)': +(r.annotateCpuMs / base.annotateCpuMs).toFixed(2),
      'trie floor 3M ms': f(r.trieMs),
      'search index (after ready) ms': f(r.searchIndexMs),
      'first search (han) ms': +r.searchHanMs.toFixed(1),
      'first search (pinyin) ms': f(r.searchPinyinMs),
    })),
  );
  const big = rows.at(-1)!;
  const label = `${big.entries.toLocaleString('en')} entries`;
  // Start → ready without the jieba dictionary build, which no glossary size changes: the part
  // of a start that is the glossary's.
  const glossaryPart = big.readyAt - big.dictionaryMs - big.wasmMs;
  const checks: [string, string, string, boolean][] = [
    [`${label}: CLI engine CPU time on 3M / 59-entry`, `${(big.annotateCpuMs / base.annotateCpuMs).toFixed(2)}×`, '≤ 1.2×', big.annotateCpuMs / base.annotateCpuMs <= 1.2],
    [`${label}:   the same in wall time (shared machine)`, `${(big.annotateMs / base.annotateMs).toFixed(2)}×`, '≤ 1.2×', big.annotateMs / base.annotateMs <= 1.2],
    [`${label}: worker start → ready (Node, worker code path)`, `${f(big.readyAt)} ms`, '≤ 1000 ms', big.readyAt <= 1000],
    [`${label}:   its CPU time (all of the process's threads)`, `${f(big.readyCpu)} ms`, '≤ 1000 ms', big.readyCpu <= 1000],
    [`${label}:   of which not wasm nor jieba's own dictionary`, `${f(glossaryPart)} ms`, '(the glossary\'s part)', true],
    [`${label}: worker start → provisional answer possible`, `${f(big.provisionalAt)} ms`, '(first highlight)', true],
    [`${label}: popup search index, built once the engine is ready`, `${f(big.searchIndexMs)} ms`, '(worker idle time)', true],
    [`${label}: first popup search (han query)`, `${big.searchHanMs.toFixed(1)} ms`, '≤ 100 ms', big.searchHanMs <= 100],
    [`${label}: first popup search (pinyin query)`, `${f(big.searchPinyinMs)} ms`, '≤ 100 ms', big.searchPinyinMs <= 100],
  ];
  for (const c of checks) line(...c);
  return checks.every((c) => c[3]);
}
