// The annotate command as a function of its arguments and streams, so tests can run it in
// process and the entry file stays a two-liner.

import type { Engine } from '../core/engine';
import type { Annotation, Glossary } from '../core/types';
import { parseArgs, USAGE, type RunArgs } from './args';
import { annotateInChunks, DEFAULT_CHUNK_CHARS } from './chunked-annotate';
import { toJsonLine } from './json-output';
import { runJsonl } from './jsonl';
import { displayName, printable, printableJson } from './printable';
import type { InputResult, ReadLimits } from './read-input';
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
  read(path: string, limits?: ReadLimits): Promise<InputResult>;
  /**
   * The engine, created on first need so --help or a run where every file fails never loads
   * jieba. `glossary` is the bundled glossary merged with a --glossary file, when one is given.
   */
  engine(glossary?: Glossary): Engine | Promise<Engine>;
  /** Standard input as bytes (--jsonl). */
  stdin?(): AsyncIterable<Uint8Array>;
  /** Resolves once stdout has taken what was written, so streaming output stays bounded. */
  drained?(): Promise<void>;
  /** Texts longer than this (UTF-16 units) are annotated in pieces (default DEFAULT_CHUNK_CHARS). */
  chunkChars?: number;
}

export const EXIT_OK = 0;
export const EXIT_SOME_FILES_FAILED = 1;
export const EXIT_USAGE = 2;

/** A glossary file is small; anything near this is not one (the import refuses 4M characters). */
const MAX_GLOSSARY_BYTES = 16 * 1024 * 1024;

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

  let glossary: Glossary | undefined;
  if (args.glossary !== undefined) {
    const loaded = await loadGlossary(args.glossary, io);
    if (!loaded.ok) {
      io.stderr(`tifa: --glossary ${displayName(args.glossary)}: ${loaded.error.split('\n').map(printable).join('\n')}\n`);
      return EXIT_USAGE;
    }
    glossary = loaded.value;
  }
  const engine = () => io.engine(glossary);
  const chunkChars = io.chunkChars ?? DEFAULT_CHUNK_CHARS;

  if (args.jsonl) return runCorpus(args, io, engine, chunkChars);
  return runFiles(args, io, engine, chunkChars);
}

async function runFiles(args: RunArgs, io: CliIo, engine: () => Engine | Promise<Engine>, chunkChars: number): Promise<number> {
  let failed = false;
  let first = true;
  for (const file of args.files) {
    const name = displayName(file);
    let input: InputResult;
    try {
      input = await io.read(file, { maxBytes: args.maxInputBytes });
    } catch (error) {
      // Whatever a reader throws is this file's problem only.
      input = { ok: false, message: `cannot read (${oneLine(error)})` };
    }
    if (!input.ok) {
      io.stderr(`tifa: ${name}: ${printable(input.message)}\n`);
      failed = true;
      continue;
    }
    let annotation: Annotation;
    try {
      annotation = annotateInChunks(await engine(), input.text, chunkChars);
    } catch (error) {
      // An engine bug on one text must not cost the user the reports for the other files.
      io.stderr(`tifa: ${name}: internal error: ${printable(oneLine(error))}\n`);
      failed = true;
      continue;
    }
    if (args.json) {
      io.stdout(`${printableJson(toJsonLine(file, annotation))}\n`);
    } else {
      const style = io.color ? colorStyle : plainStyle;
      io.stdout((first ? '' : '\n') + renderReport({ file, encoding: input.encoding, html: input.html, annotation }, { style, columns: io.columns }));
    }
    first = false;
  }
  return failed ? EXIT_SOME_FILES_FAILED : EXIT_OK;
}

async function runCorpus(args: RunArgs, io: CliIo, engine: () => Engine | Promise<Engine>, chunkChars: number): Promise<number> {
  if (!io.stdin) throw new Error('--jsonl needs standard input');
  const failed = await runJsonl({
    stdin: io.stdin(),
    write: async (line) => {
      io.stdout(line);
      await io.drained?.();
    },
    engine,
    maxRecordBytes: args.maxInputBytes,
    chunkChars,
  });
  return failed > 0 ? EXIT_SOME_FILES_FAILED : EXIT_OK;
}

async function loadGlossary(path: string, io: CliIo): Promise<{ ok: true; value: Glossary } | { ok: false; error: string }> {
  const input = await io.read(path, { maxBytes: MAX_GLOSSARY_BYTES });
  if (!input.ok) return { ok: false, error: input.message };
  // Loaded only here: the schema's validation of the bundled glossary is needed to merge anyway.
  const [{ bundledGlossary }, { mergeGlossaryFile }] = await Promise.all([import('../core/bundled-glossary'), import('../core/glossary-file')]);
  const merged = mergeGlossaryFile(bundledGlossary, input.text);
  return merged.ok ? { ok: true, value: merged.value.merged } : merged;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
