// A hand-edited glossary must be rejected with a message that names the place and the problem.
// Each case breaks one thing in a copy of the real glossary.json, the way an editor would.
import { describe, expect, test } from 'vitest';
import raw from '../../glossary/glossary.json' with { type: 'json' };
import { bundledGlossary } from '../../core/bundled-glossary';
import { normalize } from '../../core/normalize';
import { GlossaryError, mergeGlossaries, mergeGlossariesWithReport, parseGlossary } from '../../core/glossary-schema';
import type { Glossary, GlossaryEntry } from '../../core/types';

type Editable = { version: unknown; entries: Record<string, unknown>[] };
const fresh = (): Editable => structuredClone(raw) as unknown as Editable;
const indexOf = (g: Editable, id: string): number => g.entries.findIndex((e) => e.id === id);

function errorOf(data: unknown): GlossaryError {
  try {
    parseGlossary(data);
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryError);
    return error as GlossaryError;
  }
  throw new Error('expected parseGlossary to reject the data');
}

describe('the bundled glossary', () => {
  test('parses, and every entry keeps its sources', () => {
    expect(bundledGlossary.entries.length).toBe(raw.entries.length);
    const siGeYishi = bundledGlossary.entries.find((e) => e.term === '四个意识');
    expect(siGeYishi?.members.map((m) => m.text)).toEqual(['政治意识', '大局意识', '核心意识', '看齐意识']);
    expect(siGeYishi?.sources[0]).toMatchObject({ kind: 'reference', date: '2016-01-29' });
  });
});

describe('malformed entries are rejected with the place and the problem', () => {
  test('an entry without sources', () => {
    const g = fresh();
    const i = indexOf(g, 'si-feng');
    g.entries[i]!.sources = [];
    expect(errorOf(g).problems).toEqual([`entries[${i}].sources: at least one source required`]);
  });

  test('a missing field', () => {
    const g = fresh();
    delete g.entries[2]!.sources;
    expect(errorOf(g).message).toContain('entries[2].sources: missing required field');
  });

  test('a category outside formula|enumeration|policy', () => {
    const g = fresh();
    g.entries[5]!.category = 'slogan';
    expect(errorOf(g).message).toContain('entries[5].category: expected one of formula|enumeration|policy');
  });

  test('an id used twice', () => {
    const g = fresh();
    const first = indexOf(g, 'si-ge-yishi');
    g.entries[7]!.id = 'si-ge-yishi';
    expect(errorOf(g).message).toContain(`entries[7].id "si-ge-yishi" is used twice (also entries[${first}])`);
  });

  test('a related id that does not exist', () => {
    const g = fresh();
    const i = indexOf(g, 'si-ge-yi');
    (g.entries[i]!.related as string[]).push('si-ge-yishi-typo');
    expect(errorOf(g).message).toMatch(
      new RegExp(`entries\\[${i}\\]\\.related\\[\\d+\\]: unknown related id "si-ge-yishi-typo"`),
    );
  });

  test('an empty article quote', () => {
    const g = fresh();
    const i = indexOf(g, 'wu-da-xingdong');
    (g.entries[i]!.sources as Record<string, unknown>[])[0]!.quote = '  ';
    expect(errorOf(g).message).toContain(`entries[${i}].sources[0].quote: expected a non-empty string`);
  });

  test('a variant that another entry already owns, also across traditional and simplified forms', () => {
    const g = fresh();
    const owner = indexOf(g, 'liang-ge-weihu');
    const other = indexOf(g, 'liang-ge-queli');
    (g.entries[other]!.variants as string[]).push('兩個維護');
    expect(errorOf(g).message).toContain(
      `"兩個維護" is also a term or variant of entries[${owner}] ("liang-ge-weihu", as "两个维护")`,
    );
  });

  test('wrong types: a string for an array, a string for a line number, a bad date', () => {
    const g = fresh();
    const i = indexOf(g, 'si-ge-yi');
    const j = indexOf(g, 'si-feng');
    g.entries[i]!.variants = '四個一';
    (g.entries[i]!.sources as Record<string, unknown>[])[0]!.line = '13';
    (g.entries[j]!.sources as Record<string, unknown>[])[0]!.date = '2013-13';
    const { problems } = errorOf(g);
    expect(problems).toContain(`entries[${i}].variants: expected an array of strings`);
    expect(problems).toContain(`entries[${i}].sources[0].line: expected a line number`);
    expect(problems).toContain(
      `entries[${j}].sources[0].date: expected a real calendar date (month 01-12, day within the month)`,
    );
  });

  test('a reference without a document, a source of unknown kind, a misspelt field', () => {
    const g = fresh();
    const i = indexOf(g, 'si-feng');
    g.entries[i]!.sources = [{ kind: 'reference', date: '2013' }, { kind: 'book', title: 'x' }];
    g.entries[i]!.varients = [];
    const { problems } = errorOf(g);
    expect(problems).toContain(`entries[${i}].sources[0].document: missing required field`);
    expect(problems).toContain(`entries[${i}].sources[1].kind: expected kind "article" or "reference"`);
    expect(problems.some((p) => p.startsWith(`entries[${i}].varients: unexpected field`))).toBe(true);
  });

  test('not a glossary at all', () => {
    expect(errorOf(null).message).toContain('expected a glossary object');
    expect(errorOf({ version: 1, entries: {} }).message).toContain('entries: expected an array of entries');
  });
});

describe('merging a user glossary', () => {
  const userEntry = (over: Partial<GlossaryEntry>): GlossaryEntry => ({
    id: 'san-ge-qianyi',
    term: '三个千亿',
    variants: [],
    category: 'formula',
    members: [],
    summary: '用户自定义条目',
    related: [],
    sources: [{ kind: 'reference', document: '用户资料', date: '2020' }],
    ...over,
  });
  const user = (entries: GlossaryEntry[]): Glossary => ({ version: 1, entries });

  test('new entries are added and an entry with a bundled id replaces the bundled one', () => {
    const replacement = userEntry({ id: 'si-feng', term: '四风', summary: '我的解释' });
    const merged = mergeGlossaries(bundledGlossary, user([userEntry({}), replacement]));
    expect(merged.entries).toHaveLength(bundledGlossary.entries.length + 1);
    expect(merged.entries.filter((e) => e.term === '四风')).toEqual([replacement]);
  });

  test('a user entry claiming a bundled term under a new id takes that bundled entry\'s place', () => {
    const bundled = bundledGlossary.entries.find((e) => e.id === 'si-ge-yishi')!;
    // Written in traditional characters: the matcher's normalisation makes it the same form.
    const mine = userEntry({ id: 'my-sige-yishi', term: '四個意識', summary: '我的解释' });
    const { glossary, overrides } = mergeGlossariesWithReport(bundledGlossary, user([mine]));
    expect(glossary.entries.some((e) => e.id === 'si-ge-yishi')).toBe(false);
    expect(glossary.entries.filter((e) => e.id === 'my-sige-yishi')).toEqual([mine]);
    expect(overrides).toEqual([{ id: 'si-ge-yishi', term: bundled.term, by: 'my-sige-yishi', what: 'entry', form: bundled.term }]);
    // No bundled entry is left pointing at the entry that gave way.
    expect(glossary.entries.some((e) => e.related.includes('si-ge-yishi'))).toBe(false);
  });

  test('a user entry claiming only a bundled variant takes the variant and leaves the entry', () => {
    // A variant that is not just another way of writing the term (兩個維護 is 两个维护 itself).
    const owner = bundledGlossary.entries.find((e) => e.variants.some((v) => normalize(v) !== normalize(e.term)))!;
    const variant = owner.variants.find((v) => normalize(v) !== normalize(owner.term))!;
    const { glossary, overrides } = mergeGlossariesWithReport(bundledGlossary, user([userEntry({ variants: [variant] })]));
    const kept = glossary.entries.find((e) => e.id === owner.id)!;
    expect(kept.variants).not.toContain(variant);
    expect(kept.term).toBe(owner.term);
    expect(overrides).toEqual([{ id: owner.id, term: owner.term, by: 'san-ge-qianyi', what: 'variant', form: variant }]);
  });

  test('what is still inconsistent after the merge is reported, not silently resolved', () => {
    // Related to the very bundled entry it replaced: that id no longer exists.
    const clash = userEntry({ term: '四个意识', related: ['si-ge-yishi'] });
    expect(() => mergeGlossaries(bundledGlossary, user([clash]))).toThrow(/imported entry "san-ge-qianyi"\.related\[0\]: unknown related id "si-ge-yishi"/);
  });
});

describe('article citations', () => {
  test('article quotes are cited with the article\'s author, title and date', () => {
    const entry = bundledGlossary.entries.find((e) => e.term === '五大行动')!;
    const quote = entry.sources.find((s) => s.kind === 'article');
    expect(quote).toMatchObject({ citation: '陈金彪《以党的政治建设为统领建设清廉机关创建模范机关》（2019-08-16）' });
  });

  test('an article source naming an article the list lacks is rejected', () => {
    const g = fresh();
    const i = indexOf(g, 'wu-da-xingdong');
    const sources = g.entries[i]!.sources as { kind: string; article?: string }[];
    const j = sources.findIndex((s) => s.kind === 'article');
    sources[j]!.article = 'no-such-article';
    expect(errorOf(g).problems).toContain(
      `entries[${i}].sources[${j}].article: "no-such-article" is not listed under "articles"`,
    );
  });
});
