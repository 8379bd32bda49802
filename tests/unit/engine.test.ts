import { describe, expect, it } from 'vitest';
import * as jieba from 'jieba-wasm';
import { createEngine } from '../../core/engine';
import { UNKNOWN_FORMULA_SUMMARY } from '../../core/explain';
import type { Glossary, GlossaryEntry } from '../../core/types';
import { article, seedArticle } from './core-article-fixtures';

function entry(id: string, term: string, variants: string[] = [], category: GlossaryEntry['category'] = 'formula'): GlossaryEntry {
  return {
    id, term, variants, category, members: [], summary: `${term}的释义`, related: [],
    sources: [{ kind: 'reference', document: '测试', date: '2019' }],
  };
}

// A tiny glossary so each test controls what is "known".
const glossary: Glossary = {
  version: 1,
  entries: [
    entry('si-ge-yishi', '四个意识', ['四個意識']),
    entry('liang-ge-weihu', '两个维护', ['兩個維護']),
    entry('yiguo-liangzhi', '一国两制', ['一國兩制']),
    entry('san-ge-daibiao', '三个代表', ['三個代表']),
    entry('qinglian-jiguan', '清廉机关', [], 'policy'),
    entry('wu-da-xingdong', '五大行动', [], 'enumeration'),
  ],
};
const engine = createEngine({ jieba, glossary });

describe('engine.annotate', () => {
  it('reports glossary terms of the seed with their entries and every occurrence', () => {
    const a = engine.annotate(seedArticle);
    expect(a.chars).toBe(seedArticle.length);
    const weihu = a.terms.find((t) => t.term === '两个维护')!;
    expect(weihu).toMatchObject({ source: 'glossary', entryId: 'liang-ge-weihu', summary: '两个维护的释义', surfaces: ['两个维护'] });
    expect(weihu.occurrences).toHaveLength(2);
    expect(a.terms.find((t) => t.term === '清廉机关')!.occurrences).toHaveLength(20);
  });

  it('matches the traditional article 05 and reports the traditional surface at original offsets', () => {
    const text = article('05');
    const hit = engine.annotate(text).terms.find((t) => t.term === '一国两制')!;
    expect(hit.surfaces).toEqual(['一國兩制']);
    expect(hit.occurrences).toHaveLength(text.split('一國兩制').length - 1);
    for (const o of hit.occurrences) expect(text.slice(o.start, o.end)).toBe('一國兩制');
  });

  it('reports numbered formulas the glossary lacks as article terms, all their occurrences', () => {
    const text = article('03');
    const a = engine.annotate(text, { mine: false });
    const hit = a.terms.find((t) => t.term === '两强三提高')!;
    expect(hit).toMatchObject({ source: 'article', category: 'formula', summary: UNKNOWN_FORMULA_SUMMARY });
    expect(hit.entryId).toBeUndefined();
    expect(hit.occurrences).toHaveLength(text.split('两强三提高').length - 1);
  });

  it('lets a glossary term win over a longer unknown quoted form (「三個代表重要思想」 in 01)', () => {
    const text = article('01');
    const a = engine.annotate(text);
    const daibiao = a.terms.find((t) => t.term === '三个代表')!;
    expect(daibiao.source).toBe('glossary');
    expect(a.terms.some((t) => t.term.startsWith('三个代表重要'))).toBe(false);
    const all = a.terms.flatMap((t) => t.occurrences).sort((x, y) => x.start - y.start);
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
  });

  it('turns a label the seed defines but the glossary lacks (三个方面) into an article enumeration', () => {
    const a = engine.annotate(seedArticle);
    const def = a.defined.find((d) => d.term === '三个方面');
    expect(def, 'the miner finds 三个方面 in the seed').toBeDefined();
    const hit = a.terms.find((t) => t.term === '三个方面')!;
    expect(hit).toMatchObject({ source: 'article', category: 'enumeration' });
    expect(hit.summary).toContain('突出党建引领');
    expect(hit.occurrences.map((o) => seedArticle.slice(o.start, o.end))).toEqual(['三个方面']);
  });

  describe('definedOnly entries (an article\'s own list labels)', () => {
    const sanGeFangmian: GlossaryEntry = {
      ...entry('san-ge-fangmian', '三个方面', ['三個方面'], 'enumeration'),
      members: [{ text: '突出党建引领' }, { text: '严明纪律规矩' }, { text: '厚植良好政治土壤' }],
      definedOnly: true,
    };
    const scoped = createEngine({ jieba, glossary: { version: 1, entries: [sanGeFangmian] } });

    it('apply where the text defines the label with the same members (the seed)', () => {
      const hit = scoped.annotate(seedArticle).terms.find((t) => t.term === '三个方面')!;
      expect(hit).toMatchObject({ source: 'glossary', entryId: 'san-ge-fangmian', category: 'enumeration' });
      expect(hit.occurrences.map((o) => seedArticle.slice(o.start, o.end))).toEqual(['三个方面']);
    });

    it('do not apply where another text defines the same label with other members', () => {
      const other = '做好今年工作，要把握好三个方面：一是稳增长。二是促改革。三是惠民生。';
      const hit = scoped.annotate(other).terms.find((t) => t.term === '三个方面')!;
      expect(hit).toMatchObject({ source: 'article', category: 'enumeration' });
      expect(hit.entryId).toBeUndefined();
      expect(hit.summary).toContain('稳增长');
    });

    it('never light up a label the text does not define', () => {
      const plain = article('03'); // 我讲三个方面 — a speech's outline, not this list
      expect(plain).toContain('三个方面');
      expect(scoped.annotate(plain).terms.filter((t) => t.entryId === 'san-ge-fangmian')).toEqual([]);
    });
  });

  it('keeps a mined label the glossary knows under the glossary, with its definition in `defined`', () => {
    const a = engine.annotate(seedArticle);
    const hit = a.terms.find((t) => t.term === '五大行动')!;
    expect(hit.source).toBe('glossary');
    expect(a.terms.filter((t) => t.term === '五大行动')).toHaveLength(1);
  });

  it('skips mining when asked (mine: false): no definitions, no enumeration terms from them', () => {
    const a = engine.annotate(seedArticle, { mine: false });
    expect(a.defined).toEqual([]);
    expect(a.terms.some((t) => t.term === '三个方面')).toBe(false);
  });

  it('sorts terms by first occurrence and keeps occurrences sorted', () => {
    const a = engine.annotate(article('02'));
    const firsts = a.terms.map((t) => t.occurrences[0]!.start);
    expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
    for (const t of a.terms) {
      const starts = t.occurrences.map((o) => o.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
  });
});

describe('engine.annotate: definitions that are not enumeration labels (issue 10)', () => {
  it('a label without a count (总要求) is kept as a definition but not highlighted as a term (dev2/21, line 9)', () => {
    const text = '开展主题教育，总要求是“学思想、强党性、重实践、建新功”，根本任务是坚持学思用贯通、知信行统一，把习近平新时代中国特色社会主义思想转化为坚定理想、锤炼党性和指导实践、推动工作的强大力量。';
    const a = engine.annotate(text);
    expect(a.defined.find((d) => d.term === '总要求')?.counted).toBe(false);
    expect(a.terms.map((t) => t.term)).not.toContain('总要求');
  });

  it('a term the page glosses is an article policy term with that gloss (dev2/25, line 19)', () => {
    const hit = engine.annotate('全会提出，中国式现代化是物质文明和精神文明相协调的现代化。').terms.find((t) => t.term === '中国式现代化');
    expect(hit?.source).toBe('article');
    expect(hit?.category).toBe('policy');
    expect(hit?.summary).toBe('文中解释：物质文明和精神文明相协调的现代化');
  });

  it('a numbered formula the page glosses keeps its category and shows the gloss (dev2/21, line 5)', () => {
    const text = '实践充分证明，“两个确立”是党在新时代取得的重大政治成果，是推动党和国家事业取得历史性成就、发生历史性变革的决定性因素。';
    const hit = engine.annotate(text).terms.find((t) => t.term === '两个确立');
    expect(hit?.category).toBe('formula');
    expect(hit?.summary).toBe('文中解释：党在新时代取得的重大政治成果');
  });

  it('a counted label stays an enumeration (dev2/20, line 6)', () => {
    const text = '在新民主主义革命时期，我们党团结带领人民，浴血奋战、百折不挠，经过北伐战争、土地革命战争、抗日战争、解放战争，推翻帝国主义、封建主义、官僚资本主义三座大山，建立了人民当家作主的中华人民共和国。';
    const a = engine.annotate(text);
    expect(a.defined.find((d) => d.term === '三座大山')?.counted).toBe(true);
    expect(a.terms.find((t) => t.term === '三座大山')?.category).toBe('enumeration');
  });
});
