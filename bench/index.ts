// `npm run bench`: every benchmark suite in one run. Add a suite by exporting a run function
// from its own module under bench/ and listing it here.
import { runCliBench } from './cli';
import { runCoreBench } from './core';

const suites: { name: string; run: () => boolean | Promise<boolean> }[] = [
  { name: 'core: annotate vs jieba tokenize', run: () => runCoreBench() },
  { name: 'cli: startup and corpus mode (--jsonl)', run: () => runCliBench() },
];

let allOk = true;
for (const suite of suites) {
  console.log(`\n== ${suite.name} ==`);
  allOk = (await suite.run()) && allOk;
}
process.exitCode = allOk ? 0 : 1;
