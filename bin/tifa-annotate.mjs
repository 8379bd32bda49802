#!/usr/bin/env node
// Package bin: runs the CLI precompiled to JavaScript by `npm run build:cli` (esbuild), so a
// run pays neither for a TypeScript loader nor for transpiling (see cli/annotate.ts).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/annotate.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('tifa: the command-line tool is not built yet; run `npm run build:cli` in the Tifa checkout\n');
  process.exit(2);
}
await import(built.href);
