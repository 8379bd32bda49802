import { describe, expect, it } from 'vitest';
import * as jieba from 'jieba-wasm';
import { createMatcher } from '../../core/matcher';
import { createSegmenter } from '../../core/segmenter';
import { normalize } from '../../core/normalize';
import { article, seedArticle } from './core-article-fixtures';

const KEYS = ['四风', '四个意识', '两个维护', '两个', '一号工程', '一国两制', '干在实处、走在前列、勇立潮头'];
const segmenter = createSegmenter(jieba, KEYS);
const matcher = createMatcher(
  KEYS.map((key) => ({ key, value: key, anywhere: key.includes('、') })),
);

function find(text: string) {
  const norm = normalize(text);
  return matcher
    .findAll(norm, segmenter.segment(norm).isBoundary)
    .map((m) => ({ term: m.value, surface: text.slice(m.start, m.end), start: m.start }));
}

describe('matcher', () => {
  it('finds the seed article terms with offsets into the original text', () => {
    const found = find(seedArticle);
    const siGe = found.filter((f) => f.term === '四个意识');
    expect(siGe).toHaveLength(1);
    expect(siGe[0]!.start).toBe(seedArticle.indexOf('四个意识'));
    expect(found.filter((f) => f.term === '两个维护')).toHaveLength(2);
    expect(found.filter((f) => f.term === '四风')).toHaveLength(1);
  });

  it('prefers the longest term: 两个维护 is not reported as 两个', () => {
    const found = find(seedArticle);
    for (const f of found.filter((x) => x.term === '两个')) {
      expect(seedArticle.slice(f.start, f.start + 4)).not.toBe('两个维护');
    }
  });

  it('does not match a term inside a longer word: 四风 in 防范四风险, 一号工程 in 一号工程师', () => {
    expect(find('纠正“四风”问题，同时防范四风险').map((f) => f.start)).toEqual([3]);
    expect(find('他是一号工程师')).toEqual([]);
  });

  it('matches traditional surfaces and reports them as written (article 05)', () => {
    const text = article('05');
    const found = find(text).filter((f) => f.term === '一国两制');
    expect(found.length).toBe(text.split('一國兩制').length - 1);
    for (const f of found) expect(f.surface).toBe('一國兩制');
  });

  it('matches a punctuated slogan even where jieba glues its first character (事业中干在实处)', () => {
    const found = find(seedArticle).filter((f) => f.term.startsWith('干在实处'));
    expect(found).toHaveLength(1);
    expect(found[0]!.surface).toBe('干在实处、走在前列、勇立潮头');
  });
});
