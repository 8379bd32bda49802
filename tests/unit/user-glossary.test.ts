import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseGlossaryFile } from '../../core/glossary-file';

// The extension's storage runs on WXT's in-memory fake browser: '#imports' is a WXT build alias,
// so it is pointed at the real storage module with `browser` replaced by the fake.
vi.mock('#imports', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
  return await import('wxt/utils/storage');
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
    expect(await importGlossaryFile(validFile)).toEqual({ ok: true, value: { entries: 1 } });
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
});
