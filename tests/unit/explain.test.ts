// core/explain.ts owns which explanation a term gets and in which order; the engine links each
// definition to the term it explains. These tests read the real seed article (simplified and in
// traditional characters) the way the card and the CLI do, and fail when the order or the
// linking breaks.
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { explain, explainedByPage, heldDefinitions, type HeldDefinition, type RememberedDefinition, type TermFacts } from '../../core/explain';
import { PAGE_DEFINITION_MIN_CONFIDENCE } from '../../core/confidence';
import { getNodeEngine } from '../../core/node/engine';
import type { Annotation } from '../../core/types';
import { seedArticle } from './core-article-fixtures';

const engine = getNodeEngine();
const entries = new Map(engine.glossary.entries.map((e) => [e.id, e]));

function explanationsIn(annotation: Annotation, term: string) {
  const hit = annotation.terms.find((t) => t.term === term);
  if (!hit) throw new Error(`${term} not found`);
  const entry = hit.entryId === undefined ? undefined : entries.get(hit.entryId);
  return explain(hit, { definitions: heldDefinitions(annotation.defined), ...(entry ? { entry } : {}) });
}

describe('linking: every definition names the term it explains', () => {
  const seed = engine.annotate(seedArticle);

  it('links each of the seed article’s six definitions to a term the reader sees highlighted', () => {
    const terms = new Set(seed.terms.map((t) => t.term));
    expect(seed.defined.map((d) => d.explains).sort()).toEqual(['三个方面', '三方面', '两个维护', '五大行动', '五条原则', '四个一']);
    for (const d of seed.defined) expect(terms, d.explains).toContain(d.explains);
  });

  it('links a traditional label to the simplified term: 兩個維護 explains the glossary’s 两个维护', () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'hk' })(seedArticle);
    expect(traditional).toContain('兩個維護');
    const annotation = engine.annotate(traditional);
    const d = annotation.defined.find((x) => x.term === '兩個維護');
    expect(d?.explains).toBe('两个维护');
    const first = explanationsIn(annotation, '两个维护')[0];
    expect(first?.from).toBe('page');
    // 四個一 is an article label: its key is the simplified label, the same key as its TermHit.
    expect(annotation.defined.find((x) => x.term === '四個一')?.explains).toBe('四个一');
    expect(explanationsIn(annotation, '四个一')[0]?.from).toBe('page');
  });
});

describe('order: the page first, then the glossary, then what the engine found', () => {
  const seed = engine.annotate(seedArticle);

  it('两个维护 on the seed article: the page’s own two members first, then the glossary entry', () => {
    const list = explanationsIn(seed, '两个维护');
    expect(list.map((e) => e.from)).toEqual(['page', 'glossary']);
    const page = list[0]!;
    expect(page.from === 'page' && page.definition.members).toEqual(['坚决维护习近平总书记的核心地位', '坚决维护党中央权威和集中统一领导']);
    expect(list[1]!.from === 'glossary' && list[1]!.entry?.term).toBe('两个维护');
  });

  it('四个意识, which the seed article does not explain, gets the glossary entry only', () => {
    const list = explanationsIn(seed, '四个意识');
    expect(list.map((e) => e.from)).toEqual(['glossary']);
    expect(explainedByPage(list)).toBe(false);
  });

  it('a page definition of another term never explains this one', () => {
    for (const hit of seed.terms) {
      for (const ex of explanationsIn(seed, hit.term)) {
        if (ex.from === 'page') expect(ex.definition.explains).toBe(hit.term);
      }
    }
  });
});

describe('precision first: weak evidence says less', () => {
  const term: TermFacts = { term: '三座大山', source: 'article', category: 'formula', summary: '文中出现的数字提法，词典未收录' };
  const def = (confidence: number, members: string[]): HeldDefinition => ({
    explains: '三座大山',
    label: '三座大山',
    members,
    items: members,
    evidence: { start: 0, end: 20 },
    confidence,
  });

  it('shows a confident definition as the page’s own', () => {
    const list = explain(term, { definitions: [def(PAGE_DEFINITION_MIN_CONFIDENCE, ['帝国主义', '封建主义', '官僚资本主义'])] });
    expect(list.map((e) => e.from)).toEqual(['page']);
  });

  it('below the threshold: only "mentioned here" with the passage, never the guessed members', () => {
    const list = explain(term, { definitions: [def(PAGE_DEFINITION_MIN_CONFIDENCE - 0.01, ['以改革和开放', '三座大山'])] });
    expect(list).toEqual([{ from: 'mention', evidence: { start: 0, end: 20 } }]);
  });

  it('with no definition at all, an article term keeps what the engine found', () => {
    expect(explain(term, { definitions: [] })).toEqual([{ from: 'article', summary: term.summary }]);
  });

  it('the same list stated twice is shown once, the surer reading first', () => {
    const a = def(0.7, ['帝国主义', '封建主义', '官僚资本主义']);
    const b = { ...def(0.9, ['帝国主义', '封建主义', '官僚资本主义']) };
    const c = def(0.8, ['甲', '乙', '丙']);
    const list = explain(term, { definitions: [a, b, c] });
    expect(list.map((e) => (e.from === 'page' ? e.definition.confidence : null))).toEqual([0.9, 0.8]);
  });
});

describe('remembered: what an earlier page explained comes in through explain(), in its place', () => {
  const memory = (members: string[], title = '以“三个方面”建设清廉机关'): RememberedDefinition => ({
    explains: '五条原则',
    label: '五条原则',
    members,
    title,
    url: 'https://example.org/a',
    date: '2026-12-01',
  });
  const principles = ['坚持政治统领', '坚持人民立场', '坚持问题导向', '坚持典型示范', '坚持改革创新'];
  const articleTerm: TermFacts = { term: '五条原则', source: 'article', category: 'enumeration', summary: '文中出现的数字提法，词典未收录' };

  it('explains a term this page uses without explaining it, before the engine’s bare summary', () => {
    const list = explain(articleTerm, { definitions: [], remembered: [memory(principles)] });
    expect(list.map((e) => e.from)).toEqual(['remembered']);
    expect(explainedByPage(list)).toBe(false);
  });

  it('never where this page explains the term itself', () => {
    const own: HeldDefinition = { explains: '五条原则', label: '五条原则', members: ['坚持甲', '坚持乙'], items: [], evidence: { start: 0, end: 9 }, confidence: 1 };
    const list = explain(articleTerm, { definitions: [own], remembered: [memory(principles)] });
    expect(list.map((e) => e.from)).toEqual(['page']);
  });

  it('comes after the checked glossary entry of a glossary term', () => {
    const hit = engine.annotate(seedArticle).terms.find((t) => t.term === '四个意识')!;
    const list = explain(hit, { definitions: [], remembered: [{ ...memory(['政治意识', '大局意识']), explains: '四个意识' }] });
    expect(list.map((e) => e.from)).toEqual(['glossary', 'remembered']);
  });

  it('shows the same list once and at most two pages, the newest first, only for its own term', () => {
    const list = explain(articleTerm, {
      definitions: [],
      remembered: [memory(principles, 'newest'), memory(principles, 'same list again'), memory(['坚持甲'], 'second'), memory(['坚持乙'], 'third'), { ...memory(['x']), explains: '三个方面' }],
    });
    expect(list.map((e) => (e.from === 'remembered' ? e.memory.title : e.from))).toEqual(['newest', 'second']);
  });

  it('keeps this page’s weak mention after another page’s explanation', () => {
    const weak: HeldDefinition = { explains: '五条原则', label: '五条原则', members: ['x'], items: [], evidence: { start: 3, end: 9 }, confidence: PAGE_DEFINITION_MIN_CONFIDENCE - 0.2 };
    const list = explain(articleTerm, { definitions: [weak], remembered: [memory(principles)] });
    expect(list.map((e) => e.from)).toEqual(['remembered', 'mention']);
  });
});
