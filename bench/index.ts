// `npm run bench`: every benchmark suite in one run. Add a suite by exporting a run function
// from its own module under bench/ and listing it here.
import { runCliBench } from './cli';
import { runCoreBench } from './core';
import { runGlossaryScaleBench } from './glossary-scale';

const suites: { name: string; run: () => boolean | Promise<boolean> }[] = [
  { name: 'core: annotate vs jieba cut (the engine\'s own segmentation), and the trie floor', run: () => runCoreBench() },
  { name: 'glossary size: 59 / 600 / 6,000 / 60,000 entries (medians of TIFA_BENCH_SCALE_RUNS, default 3)', run: () => runGlossaryScaleBench() },
  { name: 'cli: startup and corpus mode (--jsonl)', run: () => runCliBench() },
];

let allOk = true;
for (const suite of suites) {
  console.log(`\n== ${suite.name} ==`);
  allOk = (await suite.run()) && allOk;
}
process.exitCode = allOk ? 0 : 1;
