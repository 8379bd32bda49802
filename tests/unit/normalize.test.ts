import { describe, expect, it } from 'vitest';
import { normalize } from '../../core/normalize';
import { article, articleFiles, seedArticle } from './core-article-fixtures';

describe('normalize', () => {
  it('keeps every article the same length, so offsets into it are offsets into the original', () => {
    for (const file of articleFiles) {
      const text = article(file);
      expect(normalize(text).length, file).toBe(text.length);
    }

    expect(normalize(seedArticle).length).toBe(seedArticle.length);
  });

  it('turns the traditional Hong Kong article (05) into the simplified forms the glossary uses', () => {
    const text = article('05');
    const norm = normalize(text);
    const original = '「一國兩制」';
    const at = text.indexOf(original);
    expect(at).toBeGreaterThan(0);
    // Same position, simplified characters, one quote style.
    expect(norm.slice(at, at + original.length)).toBe('“一国两制”');
    expect(norm).toContain('全国人大副委员长王晨');
  });

  it('simplifies the traditional formulas of article 01 character by character', () => {
    const norm = normalize(article('01'));
    expect(norm).toContain('“四个全面”');
    expect(norm).toContain('一个中心,两个基本点');
    expect(normalize('兩個維護 四個意識 一帶一路')).toBe('两个维护 四个意识 一带一路');
  });

  it('leaves simplified text from the seed article untouched except for punctuation', () => {
    const norm = normalize(seedArticle);
    expect(norm).not.toMatch(/[，：；（）！？]/);
    // Only punctuation and quotes differ: every CJK ideograph of the seed is already simplified.
    for (let i = 0; i < seedArticle.length; i++) {
      const c = seedArticle.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) expect(norm.charCodeAt(i)).toBe(c);
    }
  });

  it('unifies full-width punctuation and every quote style', () => {
    expect(normalize('四个一，即：（一）')).toBe('四个一,即:(一)');
    expect(normalize('「最多跑一次」『四風』‘八八战略’〝五水共治〞')).toBe('“最多跑一次”“四风”“八八战略”“五水共治”');
  });

  it('pairs straight quotes as open/close, restarting on each line', () => {
    expect(normalize('提出"三个千亿"工程,"五水共治')).toBe('提出“三个千亿”工程,“五水共治');
    expect(normalize('"甲\n"乙"')).toBe('“甲\n“乙”');
  });

  it('passes astral characters (surrogate pairs) through unchanged', () => {
    expect(normalize('𠮷野家，兩個')).toBe('𠮷野家,两个');
  });

  it('returns the same string when nothing changes', () => {
    const s = '四个意识两个维护';
    expect(normalize(s)).toBe(s);
  });
});
