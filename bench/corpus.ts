// Benchmark text built from real articles: the ten dev articles and the seed, concatenated in
// a fixed order and repeated until the requested length (cut at a character boundary).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function realArticles(): string[] {
  const dir = `${root}tests/fixtures/articles/`;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return [
    readFileSync(`${root}glossary/articles/qinglian-jiguan-2019.txt`, 'utf8'),
    ...files.map((f) => readFileSync(dir + f, 'utf8')),
  ];
}

export function corpusOfLength(chars: number): string {
  const all = realArticles().join('\n');
  let text = '';
  while (text.length < chars) text += all + '\n';
  let end = chars;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--; // never split a surrogate pair
  return text.slice(0, end);
}
