// annotate against jieba's cut (the segmentation the engine itself runs: the headline ratio)
// and against the trie floor (the glossary's keys scanned over the normalised text, no
// segmentation), on the same real text, side by side in one run. tokenize is shown for
// comparison with earlier figures only: it is slower than cut, so a ratio to it flatters.
import * as jieba from 'jieba-wasm';
import { getNodeEngine, jiebaWasmMemory } from '../core/node/engine';
import { glossaryForms } from '../core/engine';
import { createMatcher } from '../core/matcher';
import { normalize } from '../core/normalize';
import { corpusOfLength } from './corpus';

export interface CoreBenchOptions {
  sizes?: number[];
}

const MB = 1024 * 1024;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Process CPU time in ms. The contenders are timed on it, not on the wall clock: on the shared
 * 2-core machine other processes' turns land in whichever contender is running (one wall-clock
 * run had annotate+mine at 0.75× the cut it contains), while a single-threaded run's CPU time
 * is its own. GC helper threads count too, which only makes the engine look slower.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function iterationsFor(chars: number): number {
  return chars >= 1_000_000 ? 5 : chars >= 100_000 ? 9 : 31;
}

export function runCoreBench({ sizes = [10_000, 100_000, 1_000_000] }: CoreBenchOptions = {}): boolean {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const engine = getNodeEngine();
  engine.annotate('初始化：建设清廉机关，树立“四个意识”。');
  const initMs = performance.now() - t0;
  const mem = process.memoryUsage();
  const wasmBytes = jiebaWasmMemory()?.buffer.byteLength;
  console.log(`init (jieba dictionary + glossary words + first annotate): ${initMs.toFixed(0)} ms`);
  console.log(
    `memory after init: JS heap used ${(mem.heapUsed / MB).toFixed(1)} MB, wasm memory ` +
      (wasmBytes === undefined ? 'n/a' : `${(wasmBytes / MB).toFixed(1)} MB`) +
      `, RSS +${((mem.rss - rss0) / MB).toFixed(1)} MB (total ${(mem.rss / MB).toFixed(1)} MB)`,
  );

  const trie = createMatcher(glossaryForms(engine.glossary).map((key) => ({ key, value: key })));
  const suites = {
    tokenize: (t: string) => jieba.tokenize(t, 'default', true).length,
    trie: (t: string) => {
      const norm = normalize(t);
      return trie.findAll(norm, new Uint8Array(norm.length + 1).fill(1)).length;
    },
    // The engine segments with cut() (faster than tokenize); shown so the margin is honest.
    cut: (t: string) => jieba.cut(t, true).length,
    annotate: (t: string) => engine.annotate(t, { mine: false }).terms.length,
    'annotate+mine': (t: string) => engine.annotate(t).terms.length,
  } as const;
  type Name = keyof typeof suites;
  const names = Object.keys(suites) as Name[];

  const rows: Record<string, string | number>[] = [];
  let ok = true;
  let headline = NaN;
  for (const size of sizes) {
    const text = corpusOfLength(size);
    const times: Record<Name, number[]> = { tokenize: [], trie: [], cut: [], annotate: [], 'annotate+mine': [] };
    for (const name of names) suites[name](text); // warm up
    // Round-robin so a noisy neighbour on the machine slows every contender alike.
    for (let i = 0; i < iterationsFor(size); i++) {
      for (const name of names) {
        const start = cpuMs();
        suites[name](text);
        times[name].push(cpuMs() - start);
      }
    }
    const ms = Object.fromEntries(names.map((n) => [n, median(times[n])])) as Record<Name, number>;
    const ratio = ms['annotate+mine'] / ms.cut;
    // The target is at 1M characters; smaller sizes are shown for the trend.
    if (size >= 1_000_000) ok &&= ratio <= 1.2;
    rows.push({
      chars: size,
      'cut cpu ms': +ms.cut.toFixed(2),
      'annotate cpu ms': +ms.annotate.toFixed(2),
      'annotate+mine cpu ms': +ms['annotate+mine'].toFixed(2),
      'annotate+mine / cut': +ratio.toFixed(2),
      'annotate / cut': +(ms.annotate / ms.cut).toFixed(2),
      'trie floor cpu ms': +ms.trie.toFixed(2),
      'annotate+mine / trie': +(ms['annotate+mine'] / ms.trie).toFixed(1),
      'tokenize cpu ms': +ms.tokenize.toFixed(2),
      'annotate+mine / tokenize': +(ms['annotate+mine'] / ms.tokenize).toFixed(2),
      'annotate+mine ms/1k': +((ms['annotate+mine'] / size) * 1000).toFixed(3),
    });
    headline = ratio;
  }
  console.table(rows);
  console.log(
    `${ok ? 'ok  ' : 'MISS'} headline: annotate+mine / cut at ${sizes.at(-1)!.toLocaleString('en')} characters ${headline.toFixed(2)}×   target ≤ 1.2× at 1M`,
  );
  return ok;
}
