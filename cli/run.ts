// The annotate command as a function of its arguments and streams, so tests can run it in
// process and the entry file stays a two-liner.

import type { Engine } from '../core/engine';
import type { Annotation } from '../core/types';
import { parseArgs, USAGE } from './args';
import { toJsonLine } from './json-output';
import type { InputResult } from './read-input';
import { renderReport } from './report';
import { colorStyle, plainStyle } from './style';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Style the readable report with ANSI colours. */
  color: boolean;
  /** Terminal width when stdout is a terminal. */
  columns?: number;
  /** Reads a file argument; `-` means standard input. */
  read(path: string): Promise<InputResult>;
  /** The engine, created on first need so --help or a run where every file fails never loads jieba. */
  engine(): Engine | Promise<Engine>;
}

export const EXIT_OK = 0;
export const EXIT_SOME_FILES_FAILED = 1;
export const EXIT_USAGE = 2;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (args.kind === 'usage-error') {
    io.stderr(`tifa: ${args.message}\n${USAGE}`);
    return EXIT_USAGE;
  }

  let failed = false;
  let first = true;
  for (const file of args.files) {
    const input = await io.read(file);
    if (!input.ok) {
      io.stderr(`tifa: ${file}: ${input.message}\n`);
      failed = true;
      continue;
    }
    let annotation: Annotation;
    try {
      annotation = (await io.engine()).annotate(input.text);
    } catch (error) {
      // An engine bug on one text must not cost the user the reports for the other files.
      io.stderr(`tifa: ${file}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      failed = true;
      continue;
    }
    if (args.json) {
      io.stdout(`${toJsonLine(file, annotation)}\n`);
    } else {
      const style = io.color ? colorStyle : plainStyle;
      io.stdout((first ? '' : '\n') + renderReport({ file, encoding: input.encoding, html: input.html, annotation }, { style, columns: io.columns }));
    }
    first = false;
  }
  return failed ? EXIT_SOME_FILES_FAILED : EXIT_OK;
}

