import { describe, expect, it } from 'vitest';
import * as jieba from 'jieba-wasm';
import { createSegmenter } from '../../core/segmenter';
import { normalize } from '../../core/normalize';
import { article, seedArticle } from './core-article-fixtures';

const segmenter = createSegmenter(jieba, ['四个意识', '两个维护', '最多跑一次', '清廉机关', '八八战略']);

function tokensAt(text: string) {
  const seg = segmenter.segment(normalize(text));
  return seg.words.map((w, k) => ({ w, start: seg.starts[k]!, end: seg.starts[k + 1]! }));
}

describe('segmenter', () => {
  it('tiles the seed article exactly, in UTF-16 offsets', () => {
    const norm = normalize(seedArticle);
    const seg = segmenter.segment(norm);
    expect(seg.words.join('')).toBe(norm);
    for (let k = 0; k < seg.words.length; k++) {
      expect(norm.slice(seg.starts[k], seg.starts[k + 1])).toBe(seg.words[k]);
    }
    expect(seg.starts[seg.words.length]).toBe(norm.length);
  });

  it('keeps glossary words as single tokens in the seed article', () => {
    const words = segmenter.segment(normalize(seedArticle)).words;
    for (const w of ['四个意识', '两个维护', '最多跑一次', '清廉机关', '八八战略']) expect(words).toContain(w);
  });

  it('reports offsets that still point at the right text after astral characters (𠮷)', () => {
    // A real paragraph of the seed with a surrogate pair put in front of it: jieba counts the
    // pair as one code point, the offsets must count two UTF-16 units.
    const para = seedArticle.split('\n').find((l) => l.includes('“两个维护”'))!;
    const text = `𠮷𠮷野家${para}`;
    const tokens = tokensAt(text);
    const hit = tokens.find((t) => t.w === '两个维护')!;
    expect(text.slice(hit.start, hit.end)).toBe('两个维护');
    expect(hit.start).toBe(text.indexOf('两个维护'));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.w);
  });

  it('segments the traditional article 05 after normalisation, offsets into the original', () => {
    const text = article('05');
    const tokens = tokensAt(text);
    const at = text.indexOf('一國兩制');
    const covering = tokens.filter((t) => t.start >= at && t.end <= at + 4).map((t) => t.w).join('');
    expect(covering).toBe('一国两制');
  });

  it('does not let a glossary word swallow the start of a longer word (防范四风险)', () => {
    const s4 = createSegmenter(jieba, ['四风']);
    const seg = s4.segment('纠正四风问题，防范四风险');
    expect(seg.words).toContain('四风');
    expect(seg.words).toContain('风险');
  });
});
