// annotate vs raw jieba tokenize on the same real text, side by side in one run.
import * as jieba from 'jieba-wasm';
import { getNodeEngine, jiebaWasmMemory } from '../core/node/engine';
import { corpusOfLength } from './corpus';

export interface CoreBenchOptions {
  sizes?: number[];
}

const MB = 1024 * 1024;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
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

  const suites = {
    tokenize: (t: string) => jieba.tokenize(t, 'default', true).length,
    // The engine segments with cut() (faster than tokenize); shown so the margin is honest.
    cut: (t: string) => jieba.cut(t, true).length,
    annotate: (t: string) => engine.annotate(t, { mine: false }).terms.length,
    'annotate+mine': (t: string) => engine.annotate(t).terms.length,
  } as const;
  type Name = keyof typeof suites;
  const names = Object.keys(suites) as Name[];

  const rows: Record<string, string | number>[] = [];
  let ok = true;
  for (const size of sizes) {
    const text = corpusOfLength(size);
    const times: Record<Name, number[]> = { tokenize: [], cut: [], annotate: [], 'annotate+mine': [] };
    for (const name of names) suites[name](text); // warm up
    // Round-robin so a noisy neighbour on the machine slows every contender alike.
    for (let i = 0; i < iterationsFor(size); i++) {
      for (const name of names) {
        const start = performance.now();
        suites[name](text);
        times[name].push(performance.now() - start);
      }
    }
    const ms = Object.fromEntries(names.map((n) => [n, median(times[n])])) as Record<Name, number>;
    const ratio = ms.annotate / ms.tokenize;
    const ratioMine = ms['annotate+mine'] / ms.tokenize;
    ok &&= ratio <= 1.5 && ratioMine <= 2;
    rows.push({
      chars: size,
      'tokenize ms': +ms.tokenize.toFixed(2),
      'cut ms': +ms.cut.toFixed(2),
      'annotate ms': +ms.annotate.toFixed(2),
      'annotate+mine ms': +ms['annotate+mine'].toFixed(2),
      'annotate/tokenize': +ratio.toFixed(2),
      'annotate+mine/tokenize': +ratioMine.toFixed(2),
      'annotate+mine/cut': +(ms['annotate+mine'] / ms.cut).toFixed(2),
      'annotate+mine ms/1k': +((ms['annotate+mine'] / size) * 1000).toFixed(3),
    });
  }
  console.table(rows);
  console.log(
    `targets: annotate/tokenize ≤ 1.5, annotate+mine/tokenize ≤ 2, ms/1k flat across sizes → ${ok ? 'MET' : 'NOT MET'}`,
  );
  return ok;
}
