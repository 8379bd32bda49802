// Entry point of `npm run annotate` and the tifa-annotate bin: wires runCli to the process.

import { once } from 'node:events';
import { chunkCharsFromEnv } from './chunked-annotate';
import { readInput } from './read-input';
import { runCli } from './run';
import { wantsColor } from './style';

// A reader that stops early (`… | head`) is not an error of ours: stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: wantsColor(process.stdout.isTTY, process.env),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  read: (path, limits) => readInput(path, limits),
  // Imported on demand: loading jieba-wasm builds its dictionary (~1 s), which --help and
  // unreadable files do not need.
  engine: async (glossary) => (await import('../core/node/engine')).getNodeEngine(glossary),
  stdin: () => process.stdin,
  drained: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  },
  chunkChars: chunkCharsFromEnv(process.env),
});
