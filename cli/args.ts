// Command-line arguments of `tifa-annotate`.

import { displayName } from './printable';
import { DEFAULT_MAX_INPUT_BYTES, formatSize, parseSize } from './read-capped';

export const USAGE = `Usage: tifa-annotate [--json] FILE...
       tifa-annotate [--json] [--glossary FILE] [--max-input SIZE] FILE...
       tifa-annotate --jsonl [--glossary FILE] [--max-input SIZE] < records.jsonl

Finds the numbered formulas, campaign names and policy terms (提法) in Chinese text and
explains them: from the text itself where it defines them, otherwise from the glossary.

FILE may be UTF-8, UTF-16 (with BOM) or GB18030/GBK text, or an HTML page (its main
text is extracted). Use - to read standard input.

Options:
  --json       one JSON object per file, one per line:
               {"file","chars","terms":[{"term","surfaces","count","occurrences":[{"start","end"}],
                "source","summary"}],"defined":[{"term","members","evidence":{"start","end"}}]}
               Offsets are UTF-16 indices into the decoded (HTML: extracted) text.
  --jsonl      corpus mode: JSON Lines records {"id":…,"text":…} or {"id":…,"html":…} on
               standard input, one result line per record, in order, as each is done:
               {"id",…the --json fields but "file"} or {"id","line","error"}
  --glossary FILE
               add a user glossary (the format of glossary/glossary.json, the rules of the
               extension's import): an entry with a bundled id replaces that entry; a term
               another entry already has is refused with the reason
  --max-input SIZE
               refuse an input (a file, standard input, one --jsonl record) larger than
               SIZE bytes; K, M, G suffixes (default ${formatSize(DEFAULT_MAX_INPUT_BYTES)})
  -h, --help   show this help

Exit status: 0 all files (records) annotated, 1 some file could not be read (some record
failed), 2 usage error or unusable --glossary file.
`;

export interface RunArgs {
  kind: 'run';
  json: boolean;
  jsonl: boolean;
  glossary?: string;
  maxInputBytes: number;
  files: string[];
}

export type ParsedArgs = RunArgs | { kind: 'help' } | { kind: 'usage-error'; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let json = false;
  let jsonl = false;
  let glossary: string | undefined;
  let maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
  const files: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    // --name=value and --name value both work for the options that take a value.
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--') optionsEnded = true;
    else if (name === '--json' && inline === undefined) json = true;
    else if (name === '--jsonl' && inline === undefined) jsonl = true;
    else if (name === '-h' || name === '--help') return { kind: 'help' };
    else if (name === '--glossary') {
      glossary = value();
      if (!glossary) return { kind: 'usage-error', message: '--glossary needs a FILE' };
    } else if (name === '--max-input') {
      const size = value();
      const bytes = size === undefined ? null : parseSize(size);
      if (bytes === null) return { kind: 'usage-error', message: '--max-input needs a SIZE such as 64M, 1G or 500000' };
      maxInputBytes = bytes;
    } else return { kind: 'usage-error', message: `unknown option ${displayName(arg)}` };
  }
  if (jsonl && files.length > 0) return { kind: 'usage-error', message: '--jsonl reads its records from standard input; give no FILE' };
  if (!jsonl && files.length === 0) return { kind: 'usage-error', message: 'no input files' };
  return { kind: 'run', json, jsonl, ...(glossary !== undefined ? { glossary } : {}), maxInputBytes, files };
}
