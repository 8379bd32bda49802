import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseGlossaryFile } from '../../core/glossary-file';

// The extension's storage runs on WXT's in-memory fake browser: '#imports' is a WXT build alias,
// so it is pointed at the real storage module with `browser` replaced by the fake.
vi.mock('#imports', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
  return { ...(await import('wxt/utils/storage')), browser: fakeBrowser };
});

const { importGlossaryFile, removeUserGlossary, userGlossaryItem } = await import('../../lib/user-glossary');
const { fakeBrowser } = await import('wxt/testing/fake-browser');

// A user glossary in the documented format: an entry for 清廉浙江 quoting the seed article.
const seed = readFileSync(new URL('../../glossary/articles/qinglian-jiguan-2019.txt', import.meta.url), 'utf8');
const seedLines = seed.split('\n');
const qinglianLine = seedLines.findIndex((l) => l.includes('清廉浙江')) + 1;
const qinglianQuote = '清廉浙江';
const validFile = JSON.stringify({
  version: 1,
  entries: [
    {
      id: 'qinglian-zhejiang',
      term: '清廉浙江',
      variants: ['清廉浙江建设'],
      category: 'policy',
      members: [{ text: '清廉机关' }],
      summary: '浙江建设清正廉洁政治生态的总目标，清廉机关是其组成部分。',
      related: [],
      sources: [{ kind: 'article', article: 'qinglian-jiguan-2019', quote: qinglianQuote, line: qinglianLine }],
    },
  ],
});

describe('parseGlossaryFile', () => {
  it('accepts a valid glossary file (also with a BOM) and returns its entries', () => {
    expect(qinglianLine).toBeGreaterThan(0);
    for (const text of [validFile, '\uFEFF' + validFile]) {
      const result = parseGlossaryFile(text);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value.entries.map((e) => e.term)).toEqual(['清廉浙江']);
    }
  });

  it('says when the file is not JSON at all', () => {
    const result = parseGlossaryFile(seed.slice(0, 200));
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/^not valid JSON: /);
  });

  it('names the place and the problem when an entry is malformed', () => {
    const bad = JSON.parse(validFile);
    bad.entries[0].category = 'slogan';
    delete bad.entries[0].summary;
    const result = parseGlossaryFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/invalid glossary/);
      expect(result.error).toMatch(/entries\[0\]\.category/);
      expect(result.error).toMatch(/entries\[0\]\.summary/);
    }
  });
});

describe('importGlossaryFile', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a valid file and reports how many entries it imported', async () => {
    expect(await importGlossaryFile(validFile)).toEqual({ ok: true, value: { entries: 1, overrides: [] } });
    expect((await userGlossaryItem.getValue())?.entries[0]?.id).toBe('qinglian-zhejiang');
  });

  it('never overwrites the stored glossary when the new file is invalid', async () => {
    await importGlossaryFile(validFile);
    const result = await importGlossaryFile('{"version": 1, "entries": [{"id": "Bad Id"}]}');
    expect(result.ok).toBe(false);
    expect((await userGlossaryItem.getValue())?.entries.map((e) => e.term)).toEqual(['清廉浙江']);
  });

  it('removes the imported glossary on request', async () => {
    await importGlossaryFile(validFile);
    await removeUserGlossary();
    expect(await userGlossaryItem.getValue()).toBeNull();
  });

  // A user entry for a bundled term under a new id used to be "Imported 1 entries" and then broke
  // the engine on every page: the import now merges exactly as the background does.
  it('lets an entry for a bundled term (also in traditional script) override the bundled one, and says so', async () => {
    const mine = { ...JSON.parse(validFile).entries[0], id: 'my-liangge-weihu', term: '兩個維護', variants: [], members: [], summary: '我的解释', sources: [{ kind: 'reference', document: '我的笔记', date: '2024' }] };
    const result = await importGlossaryFile(JSON.stringify({ version: 1, entries: [mine] }));
    expect(result).toMatchObject({ ok: true, value: { entries: 1, overrides: [{ id: 'liang-ge-weihu', by: 'my-liangge-weihu', what: 'entry' }] } });
    const { mergeGlossaries } = await import('../../core/glossary-schema');
    const { bundledGlossary } = await import('../../core/bundled-glossary');
    // What was stored is what the background merges without an error.
    const stored = (await userGlossaryItem.getValue())!;
    expect(() => mergeGlossaries(bundledGlossary, stored)).not.toThrow();
  });

  it('refuses a glossary under the character limit but over the storage quota, with its size', async () => {
    // 3.9M characters of Chinese are ~11.7 MB in UTF-8: under MAX_GLOSSARY_FILE_CHARS, over 10 MiB.
    const entries = Array.from({ length: 390 }, (_, i) => ({
      id: `big-${i}`,
      // Distinct after traditional → simplified folding: numbered with 一…九 digits.
      term: `大词库${[...String(i).padStart(3, '0')].map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}号`,
      variants: [],
      category: 'policy',
      members: [],
      summary: '很'.repeat(10_000),
      related: [],
      sources: [{ kind: 'reference', document: '测试', date: '2024' }],
    }));
    const text = JSON.stringify({ version: 1, entries });
    expect(text.length).toBeLessThan(4_000_000);
    const result = await importGlossaryFile(text);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/^too large to store: 11\.\d MB; the browser keeps at most 9\.9 MB/);
    expect(await userGlossaryItem.getValue()).toBeNull();
  });
});
