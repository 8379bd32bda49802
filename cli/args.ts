// Command-line arguments of `tifa-annotate`.

export const USAGE = `Usage: tifa-annotate [--json] FILE...

Finds the numbered formulas, campaign names and policy terms (提法) in Chinese text and
explains them: from the text itself where it defines them, otherwise from the glossary.

FILE may be UTF-8, UTF-16 (with BOM) or GB18030/GBK text, or an HTML page (its main
text is extracted). Use - to read standard input.

Options:
  --json       one JSON object per file, one per line:
               {"file","chars","terms":[{"term","surfaces","count","occurrences":[{"start","end"}],
                "source","summary"}],"defined":[{"term","members","evidence":{"start","end"}}]}
               Offsets are UTF-16 indices into the decoded (HTML: extracted) text.
  -h, --help   show this help

Exit status: 0 all files annotated, 1 some file could not be read, 2 usage error.
`;

export type ParsedArgs =
  | { kind: 'run'; json: boolean; files: string[] }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let json = false;
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of argv) {
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') return { kind: 'help' };
    else return { kind: 'usage-error', message: `unknown option ${arg}` };
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'no input files' };
  return { kind: 'run', json, files };
}
