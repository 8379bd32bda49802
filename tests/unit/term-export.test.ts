// Saved terms out and back: the citation a translator pastes, CSV that imports back exactly,
// Markdown with citations, and Anki's tab-separated import format.
import { describe, expect, it } from 'vitest';
import { coerceSavedTerms, searchSaved, withImported, withSaved, withoutSaved, savedKey, type SavedTerm } from '../../lib/saved-terms-model';
import { citationText, fromCsv, parseCsvRows, toAnkiTsv, toCsv, toMarkdown } from '../../lib/term-export';

const sample: SavedTerm = {
  term: '四个意识',
  pinyin: 'sì gè yìshí',
  category: 'formula',
  english: 'the "four consciousnesses"',
  explanation: '党员干部应具备的四种政治意识，强调向党中央看齐。 政治意识、大局意识、核心意识、看齐意识',
  explainedBy: 'glossary',
  sources: ['中央政治局会议（2016-01-29）'],
  pageTitle: '以“三个方面”建设清廉机关, 创建模范机关',
  url: 'https://example.org/a?x=1&y=(2)',
  date: '2026-12-02',
};
const fromPage: SavedTerm = { ...sample, term: '四个一', pinyin: 'sì gè yī', english: undefined, explanation: '一个前提、一个关键', explainedBy: 'page', sources: [], category: 'enumeration' } as SavedTerm;
delete (fromPage as Partial<SavedTerm>).english;

describe('citation', () => {
  it('gives the term, pinyin, English marked as Tifa’s, the explanation, its source and the page', () => {
    const text = citationText(sample);
    expect(text.split('\n')).toEqual([
      '四个意识 (sì gè yìshí)',
      'the "four consciousnesses" [Tifa\'s rendering]',
      sample.explanation,
      'Source: 中央政治局会议（2016-01-29）',
      `Seen in: 《${sample.pageTitle}》 (example.org, 2026-12-02) ${sample.url}`,
    ]);
    expect(citationText({ ...sample, englishSource: '中央编译局（2017）' })).toContain('[official: 中央编译局（2017）]');
    expect(citationText(fromPage)).toContain('Explained in: 《');
  });
});

describe('CSV', () => {
  it('round-trips commas, quotes and several sources', () => {
    const list = [sample, fromPage, { ...sample, term: '两个维护', sources: ['a, "b"', 'c'] }];
    const csv = toCsv(list);
    expect(csv.startsWith('\uFEFFterm,pinyin,category')).toBe(true);
    const back = fromCsv(csv);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value).toEqual(list);
  });

  it('refuses a file that is not a Tifa export, saying why', () => {
    const r = fromCsv('foo,bar\n1,2\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('term');
    expect(parseCsvRows('a,"b\nc"\r\nd,e')).toEqual([['a', 'b\nc'], ['d', 'e']]);
  });
});

describe('Markdown and Anki', () => {
  it('writes a heading per term with its citations and a link to the page', () => {
    const md = toMarkdown([sample, fromPage]);
    expect(md).toContain('## 四个意识 (sì gè yìshí)');
    expect(md).toContain('- Source: 中央政治局会议（2016-01-29）');
    expect(md).toContain(`- Seen in: [《${sample.pageTitle}》](https://example.org/a?x=1&y=%282%29) (example.org, 2026-12-02)`);
    expect(md).toContain('- Explained in: [《');
  });

  it('writes one Anki note per line: term, back with line breaks, tags', () => {
    const tsv = toAnkiTsv([sample, { ...sample, term: '两个\t维护', explanation: 'a\nb <i>' }]);
    const lines = tsv.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
    const notes = lines.filter((l) => !l.startsWith('#'));
    expect(notes).toHaveLength(2);
    for (const n of notes) expect(n.split('\t')).toHaveLength(3);
    expect(notes[0]!.split('\t')[0]).toBe('四个意识');
    expect(notes[0]!.split('\t')[1]).toContain('sì gè yìshí<br>the "four consciousnesses"');
    expect(notes[0]!.split('\t')[2]).toBe('tifa tifa::formula');
    expect(notes[1]!.split('\t')[1]).toContain('a<br>b &lt;i&gt;');
  });
});

describe('the saved list', () => {
  it('keeps one entry per term and page, newest first; deletes and imports by that key', () => {
    let list = withSaved([], sample);
    list = withSaved(list, fromPage);
    list = withSaved(list, { ...sample, explanation: 'newer' });
    expect(list.map((t) => t.term)).toEqual(['四个意识', '四个一']);
    expect(list[0]!.explanation).toBe('newer');
    expect(withoutSaved(list, savedKey(fromPage)).map((t) => t.term)).toEqual(['四个意识']);
    expect(withImported([fromPage], [sample, fromPage])).toHaveLength(2);
  });

  it('searches term, English, explanation and toneless pinyin', () => {
    const list = [sample, fromPage];
    expect(searchSaved(list, 'consciousness').map((t) => t.term)).toEqual(['四个意识']);
    expect(searchSaved(list, 'si ge yishi').map((t) => t.term)).toEqual(['四个意识']);
    expect(searchSaved(list, '前提').map((t) => t.term)).toEqual(['四个一']);
    expect(searchSaved(list, '')).toHaveLength(2);
  });

  it('repairs what storage holds and drops what has no term', () => {
    expect(coerceSavedTerms([{ term: '' }, 7, { term: '四个意识', category: 'bogus', date: 'x' }])).toEqual([
      { term: '四个意识', pinyin: '', category: 'policy', explanation: '', explainedBy: 'glossary', sources: [], pageTitle: '', url: '', date: '' },
    ]);
    expect(coerceSavedTerms(null)).toEqual([]);
  });
});
