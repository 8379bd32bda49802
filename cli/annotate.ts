// Entry point of `npm run annotate` and the tifa-annotate bin: wires runCli to the process.

import { decodeInput, readInput } from './read-input';
import { runCli } from './run';
import { wantsColor } from './style';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: wantsColor(process.stdout.isTTY, process.env),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  read: async (path) => (path === '-' ? decodeInput(path, await readStdin()) : readInput(path)),
  // Imported on demand: loading jieba-wasm builds its dictionary (~1 s), which --help and
  // unreadable files do not need.
  engine: async () => (await import('../core/node/engine')).getNodeEngine(),
});
