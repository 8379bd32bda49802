// The trie matcher (core/matcher.ts) must give exactly what the bucket matcher it replaced gave:
// same spans, same values, same longest-first and boundary decisions. The former matcher is
// kept here, and only here, as the reference. Compared on every real article the project may
// read (the held-out dev2 texts excepted), with the bundled glossary's keys as the engine and the
// quick matcher use them, and with a large glossary cut from the articles themselves so that
// overlapping and nested keys are common.
import { describe, expect, it } from 'vitest';
import * as jieba from 'jieba-wasm';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMatcher, type Match, type Matcher, type Pattern } from '../../core/matcher';
import { createSegmenter, SINGLE_TOKEN_CAPABLE } from '../../core/segmenter';
import { normalize } from '../../core/normalize';
import { bundledGlossary } from '../../core/bundled-glossary';

/** The bucket matcher as it was before the trie (commit 0c83460), verbatim in behaviour. */
function createReferenceMatcher<T>(patterns: Iterable<Pattern<T>>): Matcher<T> {
  const buckets = new Map<number, Pattern<T>[]>();
  const seen = new Set<string>();
  for (const p of patterns) {
    if (p.key.length === 0 || seen.has(p.key)) continue;
    seen.add(p.key);
    const c = p.key.charCodeAt(0);
    let bucket = buckets.get(c);
    if (!bucket) buckets.set(c, (bucket = []));
    bucket.push(p);
  }
  for (const bucket of buckets.values()) bucket.sort((a, b) => b.key.length - a.key.length);
  return {
    findAll(text, isBoundary) {
      const out: Match<T>[] = [];
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const bucket = buckets.get(text.charCodeAt(i));
        if (!bucket) continue;
        const atBoundary = isBoundary[i] === 1;
        for (const p of bucket) {
          const end = i + p.key.length;
          const onBoundaries = p.anywhere === true || (atBoundary && isBoundary[end] === 1);
          if (end <= n && onBoundaries && text.startsWith(p.key, i)) {
            out.push({ value: p.value, start: i, end });
            i = end - 1;
            break;
          }
        }
      }
      return out;
    },
  };
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const dev2 = `${root}../shared/articles/dev2/`;
const held = new Set<string>(JSON.parse(readFileSync(`${root}eval/split.json`, 'utf8')).held);

function textsIn(dir: string, skip: Set<string> = new Set()): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !skip.has(f))
    .sort()
    .map((f) => ({ name: `${dir.slice(root.length - 1)}${f}`, text: readFileSync(dir + f, 'utf8') }));
}

const articles = [
  ...textsIn(`${root}tests/fixtures/articles/`),
  ...textsIn(`${root}glossary/articles/`),
  ...(existsSync(dev2) ? textsIn(dev2, held) : []),
];

// The engine's keys: every normalised term and variant, anywhere when jieba cannot hold it.
const glossaryKeys = bundledGlossary.entries
  .filter((e) => !e.definedOnly)
  .flatMap((e) => [e.term, ...e.variants].map((v) => normalize(v)))
  .map((key) => ({ key, value: key, anywhere: !SINGLE_TOKEN_CAPABLE.test(key) }));

/**
 * A few thousand keys cut from the articles: 2- to 8-character windows at regular steps, so
 * many keys share prefixes, nest inside each other and overlap in the text. Every tenth key
 * matches anywhere, as punctuated slogans do.
 */
function windowKeys(): Pattern<string>[] {
  const keys: Pattern<string>[] = [];
  let k = 0;
  for (const { text } of articles) {
    const norm = normalize(text);
    for (let i = 0; i + 8 < norm.length; i += 97) {
      const len = 2 + (i % 7);
      const key = norm.slice(i, i + len);
      if (/\s/.test(key)) continue;
      keys.push({ key, value: `w${k}`, anywhere: k++ % 10 === 0 });
    }
  }
  return keys;
}

const segmenter = createSegmenter(jieba, glossaryKeys.map((k) => k.key));
const segmented = articles.map(({ name, text }) => {
  const norm = normalize(text);
  return { name, norm, isBoundary: segmenter.segment(norm).isBoundary };
});

function compare(patterns: Pattern<string>[], boundaries: 'jieba' | 'everywhere'): number {
  const trie = createMatcher(patterns);
  const reference = createReferenceMatcher(patterns);
  let total = 0;
  for (const { name, norm, isBoundary } of segmented) {
    const b = boundaries === 'jieba' ? isBoundary : new Uint8Array(norm.length + 1).fill(1);
    const want = reference.findAll(norm, b);
    expect(trie.findAll(norm, b), name).toEqual(want);
    total += want.length;
  }
  return total;
}

describe('trie matcher against the bucket matcher it replaced', () => {
  it('reads every real article: fixtures, glossary articles and the dev2 tuning texts', () => {
    expect(existsSync(dev2), `${dev2} (the shared articles beside the checkout)`).toBe(true);
    expect(segmented.length).toBeGreaterThan(40);
    expect(segmented.some((a) => held.has(a.name.split('/').at(-1)!))).toBe(false);
  });

  it('same matches with the bundled glossary on jieba boundaries (the engine)', () => {
    expect(compare(glossaryKeys, 'jieba')).toBeGreaterThan(100);
  });

  it('same matches with the quick matcher keys and no segmentation (the provisional pass)', () => {
    expect(compare(glossaryKeys.filter((k) => k.key.length >= 3), 'everywhere')).toBeGreaterThan(50);
  });

  it('same matches with thousands of nested and overlapping keys cut from the articles', () => {
    const keys = windowKeys();
    expect(keys.length).toBeGreaterThan(2000);
    expect(compare([...glossaryKeys, ...keys], 'jieba')).toBeGreaterThan(1000);
    expect(compare(keys, 'everywhere')).toBeGreaterThan(1000);
  });

  it('keeps the first value of a key given twice, and skips empty keys', () => {
    const patterns = [
      { key: '', value: 'empty' },
      { key: '两个', value: 'first' },
      { key: '两个', value: 'second' },
    ];
    const text = '两个维护';
    const b = new Uint8Array(text.length + 1).fill(1);
    expect(createMatcher(patterns).findAll(text, b)).toEqual([{ value: 'first', start: 0, end: 2 }]);
    expect(createMatcher(patterns).findAll(text, b)).toEqual(createReferenceMatcher(patterns).findAll(text, b));
  });
});
