// Golden test of the seed article (glossary/articles/qinglian-jiguan-2019.txt): every term the
// issue lists is highlighted exactly as often as it occurs. Counts come from reading the
// article, not from the engine.
import { describe, expect, it } from 'vitest';
import { getNodeEngine } from '../../core/node/engine';
import { seedArticle } from './core-article-fixtures';

const annotation = getNodeEngine().annotate(seedArticle);

/** Term as written in the article → how many times the article uses it. */
const EXPECTED: [string, number][] = [
  ['两个高水平', 1], ['四个一', 1], ['四个意识', 1], ['四个自信', 1], ['两个维护', 2], ['三个表率', 1],
  ['七个有之', 1], ['五个必须', 1], ['八八战略', 1], ['一带一路', 1], ['一号工程', 1], ['最多跑一次', 1],
  ['二十字', 1], ['四种形态', 1], ['四风', 1],
  // the article's own list labels
  ['三个方面', 1], ['五大行动', 1], ['三方面', 1], ['五条原则', 1],
  // policy terms
  ['清廉机关', 20], ['模范机关', 19], ['清廉浙江', 1], ['红船精神', 1], ['浙江精神', 1], ['民主集中制', 1],
  ['乡村振兴战略', 1], ['政治纪律和政治规矩', 2], ['干部任用条例', 1], ['《准则》', 1],
  ['强服务强效能作风建设专项行动', 1], ['干在实处、走在前列、勇立潮头', 1], ['访民情、访企情、访政情', 1],
  ['党建带工建、带团建、带妇建', 1],
];

const spans = annotation.terms.flatMap((t) => t.occurrences.map((o) => ({ ...o, term: t })));

describe('seed article golden', () => {
  it.each(EXPECTED)('highlights %s exactly %i time(s)', (label, count) => {
    let expectedAt = -1;
    const positions: number[] = [];
    while ((expectedAt = seedArticle.indexOf(label, expectedAt + 1)) !== -1) positions.push(expectedAt);
    expect(positions).toHaveLength(count);
    // Each use of the label lies inside exactly one highlighted occurrence…
    const covering = positions.map((p) => spans.filter((s) => s.start <= p && p + label.length <= s.end));
    for (const c of covering) expect(c).toHaveLength(1);
    // …and all uses belong to one term, which has no other occurrences the article lacks.
    const terms = new Set(covering.map((c) => c[0]!.term));
    expect(terms.size).toBe(1);
    const [term] = terms;
    expect(term!.occurrences.length).toBe(count);
    expect(term!.summary.length).toBeGreaterThan(0);
  });

  it('reports the formulas under their glossary entries, with the article text as surface', () => {
    const byTerm = new Map(annotation.terms.map((t) => [t.term, t]));
    for (const term of ['四个意识', '两个维护', '七个有之', '八八战略', '清廉机关', '四风']) {
      const hit = byTerm.get(term);
      expect(hit?.source, term).toBe('glossary');
      expect(hit?.entryId, term).toBeTruthy();
      for (const o of hit!.occurrences) expect(seedArticle.slice(o.start, o.end)).toBe(term);
    }
  });

  it('does not report plain quantities or singular labels of the seed as terms', () => {
    const surfaces = annotation.terms.flatMap((t) => t.surfaces);
    for (const plain of ['十四次党代会', '十四届三次全会', '一个前提', '一个关键', '一个路径', '一个目标', '一是', '第一']) {
      expect(surfaces).not.toContain(plain);
    }
  });

  it('lists terms by first occurrence with sorted, non-overlapping occurrences', () => {
    const firsts = annotation.terms.map((t) => t.occurrences[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    const all = [...spans].sort((a, b) => a.start - b.start);
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
    expect(annotation.chars).toBe(seedArticle.length);
  });
});
