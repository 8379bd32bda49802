import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../core/glossary-schema';
import { entryPinyin, searchGlossary, seedPinyin } from '../../core/glossary-search';
import type { Glossary } from '../../core/types';

// A small glossary in the real format with facts from shared/glossary-facts.md, validated by the
// same schema as user imports, so the search is exercised on entries shaped like the real ones.
const glossary: Glossary = parseGlossary({
  version: 1,
  entries: [
    {
      id: 'si-ge-zixin', term: '四个自信', variants: ['四個自信'], category: 'formula',
      members: [{ text: '道路自信' }, { text: '理论自信' }, { text: '制度自信' }, { text: '文化自信' }],
      summary: '对中国特色社会主义道路、理论、制度、文化的自信。', english: 'Four Matters of Confidence',
      related: ['si-ge-yishi'], sources: [{ kind: 'reference', document: '庆祝中国共产党成立95周年大会讲话', date: '2016-07-01' }],
    },
    {
      id: 'si-ge-yishi', term: '四个意识', variants: ['四個意識'], category: 'formula',
      members: [{ text: '政治意识' }, { text: '大局意识' }, { text: '核心意识' }, { text: '看齐意识' }],
      summary: '党员干部应有的四种政治自觉。', english: 'Four Consciousnesses',
      related: [], sources: [{ kind: 'reference', document: '中央政治局会议', date: '2016-01-29' }],
    },
    {
      id: 'liang-ge-weihu', term: '两个维护', variants: ['兩個維護'], category: 'formula',
      members: [
        { text: '坚决维护习近平总书记党中央的核心、全党的核心地位' },
        { text: '坚决维护党中央权威和集中统一领导' },
      ],
      summary: '维护核心地位与党中央集中统一领导。', english: 'Two Upholds',
      related: ['liang-ge-queli'], sources: [{ kind: 'reference', document: '党内文件与讲话', date: '2018' }],
    },
    {
      id: 'liang-ge-queli', term: '两个确立', variants: ['兩個確立'], category: 'formula',
      members: [
        { text: '确立习近平同志党中央的核心、全党的核心地位' },
        { text: '确立习近平新时代中国特色社会主义思想的指导地位' },
      ],
      summary: '十九届六中全会决议提出的两项确立。', english: 'Two Establishes',
      related: [], sources: [{ kind: 'reference', document: '十九届六中全会决议', date: '2021-11-11' }],
    },
    {
      id: 'ba-ba-zhanlue', term: '八八战略', variants: ['八八戰略'], category: 'policy',
      members: [{ text: '八个方面的优势' }, { text: '八个方面的举措' }],
      summary: '浙江2003年提出的发展战略。', english: 'Double Eight Strategy',
      related: [], sources: [{ kind: 'reference', document: '浙江省委十一届四次全会', date: '2003-07' }],
    },
    {
      id: 'si-feng', term: '四风', variants: ['四風'], category: 'formula',
      members: [{ text: '形式主义' }, { text: '官僚主义' }, { text: '享乐主义' }, { text: '奢靡之风' }],
      summary: '群众路线教育实践活动要求反对的四种作风。', english: 'Four Undesirable Work Styles',
      related: [], sources: [{ kind: 'reference', document: '党的群众路线教育实践活动', date: '2013' }],
    },
    {
      id: 'zuiduo-pao-yici', term: '最多跑一次', variants: [], category: 'policy',
      members: [],
      summary: '浙江改革：群众和企业办一件事最多跑一次。', english: 'Run at Most Once',
      related: [], sources: [{ kind: 'reference', document: '浙江省政府工作报告', date: '2017' }],
    },
  ],
});

const terms = (query: string, limit?: number) => searchGlossary(glossary, query, limit).map((e) => e.term);

describe('searchGlossary', () => {
  it('finds a term typed exactly and puts it first', () => {
    expect(terms('四个意识')[0]).toBe('四个意识');
  });

  it('finds traditional input (四個意識, 兩個維護) as the simplified entry', () => {
    expect(terms('四個意識')[0]).toBe('四个意识');
    expect(terms('兩個')).toEqual(['两个维护', '两个确立']);
  });

  it('ranks exact > prefix > contains > member/summary', () => {
    // 四个: prefix of 四个自信 and 四个意识 (shorter/glossary order), none exact.
    expect(terms('四个')).toEqual(['四个自信', '四个意识']);
    // 意识: contained in 四个意识, and only a member (政治意识…) elsewhere — none here, so one hit.
    expect(terms('意识')).toEqual(['四个意识']);
    // 自信 is in the term 四个自信; 维护 in the term 两个维护 and also nowhere else.
    expect(terms('维护')).toEqual(['两个维护']);
    // 核心 appears only in members: both 两个维护 and 两个确立 and 四个意识 (核心意识).
    expect(terms('核心').sort()).toEqual(['两个确立', '两个维护', '四个意识'].sort());
  });

  it('finds an entry by one of its members', () => {
    expect(terms('看齐意识')).toEqual(['四个意识']);
    expect(terms('奢靡之风')).toEqual(['四风']);
  });

  it('finds an entry by its summary', () => {
    expect(terms('群众路线')).toEqual(['四风']);
  });

  it('finds entries by toneless full pinyin and by initials', () => {
    expect(terms('sige')).toEqual(['四个自信', '四个意识']);
    expect(terms('sigeyishi')).toEqual(['四个意识']);
    expect(terms('sgys')).toEqual(['四个意识']);
    expect(terms('bbzl')).toEqual(['八八战略']);
    expect(terms('zuiduo')).toEqual(['最多跑一次']);
    expect(terms('si ge zi')).toEqual(['四个自信']);
  });

  it('spells ü as v, as pinyin keyboards do (八八战略 = ba ba zhan lüe)', () => {
    expect(terms('babazhanlve')).toEqual(['八八战略']);
  });

  it('finds entries by their English gloss, case-insensitively', () => {
    expect(terms('double eight')).toEqual(['八八战略']);
    expect(terms('CONFIDENCE')).toEqual(['四个自信']);
  });

  it('returns nothing for an empty or unrelated query, and respects the limit', () => {
    expect(terms('   ')).toEqual([]);
    expect(terms('量子计算')).toEqual([]);
    expect(terms('xyzq')).toEqual([]);
    expect(terms('sige', 1)).toEqual(['四个自信']);
  });
});

// The bundled glossary, once it exists, must be searchable the same way.
const bundledPath = new URL('../../glossary/glossary.json', import.meta.url);
describe.skipIf(!existsSync(bundledPath))('searchGlossary on the bundled glossary', () => {
  it('finds 四个意识 by term, traditional form and initials', () => {
    const bundled = parseGlossary(JSON.parse(readFileSync(bundledPath, 'utf8')));
    for (const q of ['四个意识', '四個意識', 'sgys']) {
      expect(searchGlossary(bundled, q)[0]?.term).toBe('四个意识');
    }
  });
});

describe('search pinyin computed ahead of time', () => {
  it('is used for the entries it was given: the same results as computing it, and no recompute', () => {
    const fresh = () => parseGlossary(JSON.parse(JSON.stringify(glossary)));
    const computed = fresh();
    const seeded = fresh();
    seedPinyin(seeded.entries, seeded.entries.map(entryPinyin));
    for (const q of ['sgzx', 'sige', 'bbzl', 'zuiduo', 'sf']) {
      expect(searchGlossary(seeded, q).map((e) => e.id), q).toEqual(searchGlossary(computed, q).map((e) => e.id));
    }
    // A seeded entry is searched by its seeded pinyin, not by one computed again.
    const marked = fresh();
    seedPinyin(marked.entries, marked.entries.map((e) => (e.id === 'si-feng' ? ['zzzmarker', 'zzm'] : entryPinyin(e))));
    expect(searchGlossary(marked, 'zzzmark').map((e) => e.id)).toEqual(['si-feng']);
    expect(searchGlossary(marked, 'sifeng').map((e) => e.id)).toEqual([]);
  });
});
