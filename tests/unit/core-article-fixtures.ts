// Real article texts for unit tests (tests/fixtures/articles, see SOURCES.md there).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

export const articleFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Text of a dev article by its number prefix ('05') or full file name. */
export function article(id: string): string {
  const file = articleFiles.find((f) => f === id || f.startsWith(`${id}-`));
  if (!file) throw new Error(`no article ${id}`);
  return readFileSync(dir + file, 'utf8');
}

export const seedArticle = readFileSync(
  fileURLToPath(new URL('../../glossary/articles/qinglian-jiguan-2019.txt', import.meta.url)),
  'utf8',
);
