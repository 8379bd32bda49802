// Build-time and command-line check of a glossary file: the schema (core/glossary-schema.ts)
// plus what only the file system can prove — every article quote is really in its article,
// on the line it claims. The WXT build calls checkGlossaryFile() so a bad glossary never ships.
//
//   npx tsx scripts/check-glossary.ts [file]   (default: glossary/glossary.json)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GlossaryError, parseGlossary } from '../core/glossary-schema';
import type { Glossary } from '../core/types';

export const BUNDLED_GLOSSARY_PATH = fileURLToPath(new URL('../glossary/glossary.json', import.meta.url));

/** 1-based line on which the character at `index` stands. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Article quotes that are missing from their article or stated on the wrong line. */
export function quoteProblems(glossary: Glossary, articlesDir: string): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string | undefined>();
  glossary.entries.forEach((entry, i) => {
    entry.sources.forEach((source, j) => {
      if (source.kind !== 'article') return;
      const where = `entries[${i}].sources[${j}]`;
      if (!texts.has(source.article)) {
        const file = join(articlesDir, `${source.article}.txt`);
        texts.set(source.article, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
      }
      const text = texts.get(source.article);
      if (text === undefined) {
        problems.push(`${where}.article: no article file ${source.article}.txt in ${articlesDir}`);
        return;
      }
      const lines: number[] = [];
      for (let k = text.indexOf(source.quote); k !== -1; k = text.indexOf(source.quote, k + 1)) lines.push(lineAt(text, k));
      if (lines.length === 0) {
        problems.push(`${where}.quote: not found in ${source.article}.txt (quotes must be copied byte for byte)`);
      } else if (!lines.includes(source.line)) {
        problems.push(`${where}.line: quote starts on line ${lines.join(' or ')}, not ${source.line}`);
      }
    });
  });
  return problems;
}

/**
 * Read, validate and provenance-check a glossary file. Articles are looked up in `articles/`
 * beside the file. Throws GlossaryError (or the JSON syntax error, prefixed with the path).
 */
export function checkGlossaryFile(path: string = BUNDLED_GLOSSARY_PATH): Glossary {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new GlossaryError([`${path}: ${(error as Error).message}`]);
  }
  const glossary = parseGlossary(data);
  const problems = quoteProblems(glossary, join(dirname(resolve(path)), 'articles'));
  if (problems.length) throw new GlossaryError(problems);
  return glossary;
}

function main(argv: string[]): number {
  const path = argv[0] ?? BUNDLED_GLOSSARY_PATH;
  try {
    const glossary = checkGlossaryFile(path);
    console.log(`glossary ok: ${glossary.entries.length} entries`);
    return 0;
  } catch (error) {
    console.error(error instanceof GlossaryError ? `${path}: ${error.message}` : String(error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
