// The eval's scoring on tiny synthetic truth: each figure moves when the scoring breaks.
import { describe, expect, it } from 'vitest';
import { ARTICLE_TERM_MIN_CONFIDENCE, PAGE_DEFINITION_MIN_CONFIDENCE } from '../../core/confidence';
import { addTermScores, scoreTerms, type ReportedTerm, type TermTruth } from '../../eval/score-terms';
import { addDefinitionScores, sameDefinition, scoreDefinitions } from '../../eval/score-definitions';
import { figures, runSet } from '../../eval/run';
import { formatSet, parseArgs } from '../../scripts/eval';
import type { Annotation } from '../../core/types';

const hit = (term: string, extra: Partial<ReportedTerm> = {}): ReportedTerm => ({
  term,
  surfaces: [term],
  category: 'formula',
  source: 'article',
  ...extra,
});

const truth: TermTruth = {
  terms: [
    { term: '两个维护', kind: 'numbered' },
    { term: '第二个百年奋斗目标', kind: 'numbered', class: 'ordinal' },
    { term: '三个代表', kind: 'numbered', accept: ['三个代表重要思想'] },
    { term: '新发展格局', kind: 'policy' },
  ],
  notTerms: ['三个月'],
};

describe('scoreTerms', () => {
  it('counts a term found through its own form, a traditional surface or an accepted wording', () => {
    const s = scoreTerms(truth, [
      hit('两个维护', { surfaces: ['“兩個維護”'], source: 'glossary' }),
      hit('三个代表重要思想'),
      hit('新发展格局', { category: 'policy', source: 'glossary' }),
    ]);
    expect(s.numbered).toEqual({ expected: 3, found: 2 });
    expect(s.policy).toEqual({ expected: 1, found: 1 });
    expect(s.byClass).toEqual({ ordinal: { expected: 1, found: 0 } });
    expect(s.missed.map((m) => m.term)).toEqual(['第二个百年奋斗目标']);
    expect(s.reported).toBe(2); // the policy hit is not a numbered report
    expect(s.right).toBe(2);
  });

  it('counts shown numbered hits outside the truth as wrong, apart by whether notTerms names them', () => {
    const s = scoreTerms(truth, [hit('两个维护'), hit('三个月'), hit('四个方面入手')]);
    expect([s.right, s.reported]).toEqual([1, 3]);
    expect(s.wrongNotTerms).toEqual(['三个月']);
    expect(s.unlabelled).toEqual(['四个方面入手']);
  });

  it('scores only what is shown: an article term below the threshold neither finds nor errs', () => {
    const low = ARTICLE_TERM_MIN_CONFIDENCE - 0.01;
    const s = scoreTerms(truth, [hit('两个维护', { confidence: low }), hit('三个月', { confidence: low })]);
    expect(s.numbered.found).toBe(0);
    expect(s.reported).toBe(0);
    // A glossary hit is always shown.
    expect(scoreTerms(truth, [hit('两个维护', { source: 'glossary', confidence: 0 })]).numbered.found).toBe(1);
  });

  it('leaves `either` phrases and, where the truth labels numeral-led phrases only, non-numeral hits unjudged', () => {
    const s = scoreTerms({ ...truth, either: ['三大里程碑'], numeralLedOnly: true }, [hit('三大里程碑'), hit('新发展理念', { source: 'glossary' })]);
    expect(s.reported).toBe(0);
    expect(scoreTerms(truth, [hit('新发展理念', { source: 'glossary' })]).unlabelled).toEqual(['新发展理念']);
  });

  it('adds texts up', () => {
    const a = scoreTerms(truth, [hit('两个维护')]);
    const b = scoreTerms(truth, [hit('第二个百年奋斗目标'), hit('三个月')]);
    const t = addTermScores([a, b]);
    expect(t.numbered).toEqual({ expected: 6, found: 2 });
    expect([t.right, t.reported]).toEqual([2, 3]);
    expect(t.byClass.ordinal).toEqual({ expected: 2, found: 1 });
  });
});

describe('scoreDefinitions', () => {
  const want = { label: '三个方面', members: ['突出党建引领', '严明纪律规矩', '厚植良好政治土壤'], class: 'list' };

  it('matches the label without its quotes and members by containment either way, in order', () => {
    expect(sameDefinition({ term: '“三个方面”', members: ['突出党建引领作用', '严明纪律', '厚植良好政治土壤'] }, want)).toBe(true);
    expect(sameDefinition({ term: '三个方面', members: ['严明纪律规矩', '突出党建引领', '厚植良好政治土壤'] }, want)).toBe(false);
    expect(sameDefinition({ term: '三个方面', members: ['突出党建引领', '严明纪律规矩'] }, want)).toBe(false);
    expect(sameDefinition({ term: '三方面', members: want.members }, want)).toBe(false);
  });

  it('counts each truth and each mined definition once, and only the shown ones', () => {
    const right = { term: '三个方面', members: want.members };
    const s = scoreDefinitions([want], [right, right, { term: '两个维护', members: ['“两个确立”', '忠实践行'] }]);
    expect([s.found, s.expected, s.right, s.shown]).toEqual([1, 1, 1, 3]);
    expect(s.wrong).toHaveLength(2);
    expect(s.byClass).toEqual({ list: { expected: 1, found: 1 } });
    const hidden = scoreDefinitions([want], [{ ...right, confidence: PAGE_DEFINITION_MIN_CONFIDENCE - 0.01 }]);
    expect([hidden.found, hidden.shown]).toEqual([0, 0]);
    expect(addDefinitionScores([s, hidden]).expected).toBe(2);
  });
});

describe('runSet and the printed figures', () => {
  it('scores a set through the annotation the engine returns', () => {
    const annotation: Annotation = {
      chars: 10,
      terms: [{ term: '两个维护', source: 'glossary', category: 'formula', summary: '', surfaces: ['两个维护'], occurrences: [{ start: 0, end: 4 }] }],
      defined: [],
    };
    const r = runSet(
      { name: 'dev2-tune', missing: false, missingTexts: [], texts: [{ id: 't', text: '两个维护', terms: truth, definitions: [{ label: 'L', members: ['a'] }] }] },
      () => annotation,
    );
    const f = figures(r);
    expect(f.numberedRecall).toBeCloseTo(1 / 3);
    expect(f.numberedPrecision).toBe(1);
    expect(f.policyRecall).toBe(0);
    expect(f.definitionRecall).toBe(0);
    expect(f.definitionPrecision).toBeNull();
    expect(formatSet(r)).toMatch(/numbered recall\s+0\.333\s+\(1\/3\)/);
    expect(formatSet({ ...r, missing: true })).toMatch(/missing/);
  });

  it('parses its options and rejects unknown ones', () => {
    expect(parseArgs([]).sets).toEqual(['dev', 'dev2-tune', 'dev2-held']);
    expect(parseArgs(['--set', 'dev', '--details'])).toMatchObject({ sets: ['dev'], details: true, heldDetails: false });
    expect(() => parseArgs(['--set', 'held'])).toThrow();
    expect(() => parseArgs(['--verbose'])).toThrow();
  });
});
