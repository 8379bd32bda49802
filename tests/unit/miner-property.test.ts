import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mineDefinitions } from '../../core/miner';
import type { Definition } from '../../core/types';

const articlesDir = new URL('../fixtures/articles/', import.meta.url);
const articles = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, articlesDir), 'utf8'));
const seed = readFileSync(new URL('../../glossary/articles/qinglian-jiguan-2019.txt', import.meta.url), 'utf8');

/** The invariants every caller relies on: spans in range, strings equal to their spans. */
function expectWellFormed(text: string, defs: Definition[]): void {
  const inRange = (s: { start: number; end: number }): void => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThan(s.end);
  };
  for (const d of defs) {
    inRange(d.label);
    inRange(d.evidence);
    expect(text.slice(d.label.start, d.label.end)).toBe(d.term);
    expect(d.members.length).toBe(d.memberSpans.length);
    expect(d.items.length).toBe(d.itemSpans.length);
    expect(d.members.length).toBe(d.items.length);
    d.memberSpans.forEach((s, i) => {
      inRange(s);
      expect(text.slice(s.start, s.end)).toBe(d.members[i]);
    });
    d.itemSpans.forEach((s, i) => {
      inRange(s);
      expect(text.slice(s.start, s.end)).toBe(d.items[i]);
      // The passage that defines the label holds the label and every item.
      expect(s.start).toBeGreaterThanOrEqual(d.evidence.start);
      expect(s.end).toBeLessThanOrEqual(d.evidence.end);
    });
    expect(d.label.start).toBeGreaterThanOrEqual(d.evidence.start);
    expect(d.label.end).toBeLessThanOrEqual(d.evidence.end);
  }
}

// Pieces that make the recognisers fire: counts, measure words, markers, separators, quotes.
const pieces = [
  '三个方面', '五大行动', '四个一', '两个维护', '五条原则', '三方面', '十四届三次全会', '三个月', '两个多小时',
  '一是', '二是', '三是', '一要', '二要', '第一，', '第二，', '（一）', '（二）', '(1)', '①', '②', '首先，', '其次，', '最后，',
  '：', ':', '——', '即', '是指', '简称', '以下简称', '这', '（', '）', '“', '”', '「', '」', '"', '、', '，', ',', '；', '。', '\n',
  '突出党建引领', '严明纪律规矩', '举旗铸魂', '坚决维护', '一起谋划', '堅持', '黨的領導', '兩個', '四個意識', '𠮷', '\ud800', ' ',
];
const politicalText = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));
const articleSlice = fc
  .tuple(fc.constantFrom(seed, ...articles), fc.nat(), fc.nat({ max: 3000 }))
  .map(([t, a, len]) => t.slice(a % t.length, (a % t.length) + len));

describe('mineDefinitions on any input', () => {
  it('never throws and returns well-formed definitions on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => expectWellFormed(text, mineDefinitions(text))),
      { numRuns: 300 },
    );
  });

  it('never throws and returns well-formed definitions on political-looking fragments', () => {
    fc.assert(
      fc.property(politicalText, (text) => expectWellFormed(text, mineDefinitions(text))),
      { numRuns: 500 },
    );
  });

  it('keeps its invariants on arbitrary slices of real articles (cut mid-quote, mid-list)', () => {
    fc.assert(
      fc.property(articleSlice, (text) => expectWellFormed(text, mineDefinitions(text))),
      { numRuns: 200 },
    );
  });

  it('counts must agree: a label never gets a different number of members', () => {
    fc.assert(
      fc.property(politicalText, (text) => {
        for (const d of mineDefinitions(text)) {
          // A gloss explains one term by one phrase; every list has at least two items.
          const gloss = ['singular-gloss', 'term-gloss', 'ordinal-gloss'].includes(d.pattern);
          expect(d.members.length).toBeGreaterThanOrEqual(gloss ? 1 : 2);
          if (gloss) expect(d.members.length).toBe(1);
          expect(d.members.length).toBe(d.items.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('adversarial inputs finish', () => {
  it('a 、 list of 10,000 items before a label', () => {
    const text = '开展' + Array.from({ length: 10_000 }, (_, i) => `强基固本${i}`).join('、') + '五大行动。';
    expectWellFormed(text, mineDefinitions(text));
  });

  it('10,000 一是 markers after a label', () => {
    const text = '其基本内涵应体现三个方面：' + '一是突出党建引领。'.repeat(10_000);
    expectWellFormed(text, mineDefinitions(text));
  });

  it('unbalanced quotes around a real definition', () => {
    const text = '“'.repeat(5_000) + seed + '”'.repeat(3) + '“' + seed;
    const defs = mineDefinitions(text);
    expectWellFormed(text, defs);
    expect(defs.filter((d) => d.term === '五条原则')).toHaveLength(2);
  });

  it('one million characters of real articles (finishes, and still finds the seed definitions)', () => {
    let text = '';
    while (text.length < 1_000_000) text += [seed, ...articles].join('\n') + '\n';
    const defs = mineDefinitions(text);
    expectWellFormed(text, defs);
    expect(defs.filter((d) => d.term === '四个一').length).toBeGreaterThan(10);
  });

  it('200,000 labels each followed by a colon and nothing else on one line', () => {
    const text = '三个方面：'.repeat(200_000);
    expect(mineDefinitions(text)).toEqual([]);
  });
});
