// The reader's own terms become glossary entries the engine matches like any other, survive a
// glossary update (they are merged in afresh each time), edit a bundled entry when they name
// one, and never break the glossary when they clash.
import { describe, expect, it } from 'vitest';
import { bundledGlossary } from '../../core/bundled-glossary';
import * as jieba from 'jieba-wasm';
import { createEngine } from '../../core/engine';
import { mergeGlossaries, parseGlossary } from '../../core/glossary-schema';
import type { Glossary } from '../../core/types';
import { coerceUserTerms, readerGlossary, userEntryId, userTermProblem, userTermsFile, withUserTerm, withoutUserTerm, type UserTerm } from '../../lib/user-terms-model';

const mine: UserTerm = { term: '机关党建', category: 'policy', summary: '机关党组织的建设', english: 'Party building in government offices', source: '读者笔记', url: 'https://example.org/a', date: '2026-12-02' };

describe('user terms', () => {
  it('become entries the engine highlights', () => {
    const { glossary, skipped } = readerGlossary(bundledGlossary, null, [mine]);
    expect(skipped).toEqual([]);
    const merged = mergeGlossaries(bundledGlossary, glossary!);
    const entry = merged.entries.find((e) => e.term === '机关党建')!;
    expect(entry).toMatchObject({ id: userEntryId('机关党建'), summary: mine.summary, english: mine.english });
    expect(entry.sources[0]).toMatchObject({ kind: 'reference', document: '读者笔记', date: '2026-12-02', note: mine.url });
    const engine = createEngine({ jieba, glossary: merged });
    const hit = engine.annotate('要加强机关党建，树立“四个意识”。').terms.find((x) => x.term === '机关党建');
    expect(hit).toMatchObject({ source: 'glossary', entryId: entry.id, category: 'policy' });
  });

  it('survive a new bundled glossary: merged again into whatever the glossary now is', () => {
    const updated: Glossary = { ...bundledGlossary, version: bundledGlossary.version + 1, entries: bundledGlossary.entries.slice(1) };
    const merged = mergeGlossaries(updated, readerGlossary(updated, null, [mine]).glossary!);
    expect(merged.entries.some((e) => e.term === '机关党建')).toBe(true);
  });

  it('edit a bundled entry when they name its term: same id, the reader’s wording, its forms kept', () => {
    const bundled = bundledGlossary.entries.find((e) => e.term === '四个意识')!;
    const edit: UserTerm = { ...mine, term: '四个意识', summary: '我的解释', category: 'formula' };
    const merged = mergeGlossaries(bundledGlossary, readerGlossary(bundledGlossary, null, [edit]).glossary!);
    const entries = merged.entries.filter((e) => e.id === bundled.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ summary: '我的解释', variants: bundled.variants });
  });

  it('edit an imported entry of the same term rather than clash with it', () => {
    const imported: Glossary = { version: 1, entries: [{ id: 'x-a', term: '机关党建', variants: [], category: 'policy', members: [], summary: 'imported', related: [], sources: [{ kind: 'reference', document: 'd', date: '2020' }] }] };
    const { glossary, skipped } = readerGlossary(bundledGlossary, imported, [mine]);
    expect(skipped).toEqual([]);
    const merged = mergeGlossaries(bundledGlossary, glossary!);
    expect(merged.entries.filter((e) => e.term === '机关党建')).toMatchObject([{ id: 'x-a', summary: mine.summary }]);
  });

  it('are checked, replaced by term, deleted, and exported as a glossary file that imports back', () => {
    expect(userTermProblem({ term: '政', summary: 'x' })).toMatch(/2 to 30/);
    expect(userTermProblem({ term: '机关党建', summary: '' })).toMatch(/explanation/);
    const list = withUserTerm(withUserTerm([], mine), { ...mine, summary: '改过' });
    expect(list).toHaveLength(1);
    expect(list[0]!.summary).toBe('改过');
    expect(withoutUserTerm(list, '机关党建')).toEqual([]);
    expect(coerceUserTerms([{ term: '机关党建', summary: 's', category: 'nope' }, { term: '' }])).toHaveLength(1);
    const file = userTermsFile(bundledGlossary, [mine, { ...mine, term: '四个意识', summary: '我的解释' }]);
    const parsed = parseGlossary(JSON.parse(JSON.stringify(file)));
    expect(parsed.entries.map((e) => e.term).sort()).toEqual(['四个意识', '机关党建']);
  });
});
