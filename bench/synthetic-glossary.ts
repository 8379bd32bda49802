// Synthetic glossaries of any size for the scale benchmarks: the bundled glossary's entries
// first, then made-up entries in the real format (valid under the same schema) until the
// requested count. Terms are drawn from the most frequent characters of the real articles, a
// fifth of them as numbered formulas (三个X X), each with one variant one character longer, so
// that keys share prefixes with each other and with the text as a real glossary's do, and a
// scan has to walk them. Deterministic: the same size gives the same glossary.
import { readFileSync } from 'node:fs';
import { normalize } from '../core/normalize';
import { BUNDLED_GLOSSARY_PATH } from '../scripts/check-glossary';
import { realArticles } from './corpus';

interface RawGlossary {
  version: number;
  articles?: Record<string, unknown>;
  entries: Record<string, unknown>[];
}

/** The most frequent Han characters of the real articles, most frequent first. */
function commonChars(count: number): string[] {
  const freq = new Map<string, number>();
  for (const text of realArticles()) for (const c of text) if (/\p{Script=Han}/u.test(c)) freq.set(c, (freq.get(c) ?? 0) + 1);
  return [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count).map(([c]) => c);
}

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMERALS = '一二三四五六七八九十';

/** Raw glossary data (as glossary.json would hold it) with `size` entries. */
export function syntheticGlossary(size: number): RawGlossary {
  const bundled = JSON.parse(readFileSync(BUNDLED_GLOSSARY_PATH, 'utf8')) as RawGlossary;
  // A bundled glossary larger than `size` is cut, and relations to the entries cut dropped.
  const entries = bundled.entries.slice(0, size);
  const kept = new Set(entries.map((e) => e.id));
  for (const e of entries) e.related = (e.related as string[]).filter((id) => kept.has(id));
  const taken = new Set(entries.flatMap((e) => [e.term as string, ...(e.variants as string[])]).map(normalize));
  const chars = commonChars(600);
  const next = random(size);
  const pick = () => chars[Math.floor(next() * next() * chars.length)]!; // skewed to the common ones
  for (let i = 0; entries.length < size; i++) {
    const term =
      i % 5 === 0 ? `${NUMERALS[Math.floor(next() * 10)]}个${pick()}${pick()}` : Array.from({ length: 3 + Math.floor(next() * 3) }, pick).join('');
    const variant = term + pick();
    const keys = [normalize(term), normalize(variant)];
    if (keys.some((k) => taken.has(k)) || keys[0] === keys[1]) continue;
    keys.forEach((k) => taken.add(k));
    entries.push({
      id: `syn-${i}`,
      term,
      variants: [variant],
      category: i % 5 === 0 ? 'formula' : 'policy',
      members: [],
      summary: `合成条目 ${i}：只用于测量词表规模的代价。`,
      related: [],
      sources: [{ kind: 'reference', document: '合成词表', date: '2020' }],
    });
  }
  return { ...bundled, entries };
}
