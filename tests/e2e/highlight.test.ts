// Test 1: the seed article served as an HTML page gets the expected terms highlighted, and the
// highlighted text is exactly what the engine (the CLI's core) finds in the same text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getNodeEngine } from '../../core/node/engine';
import { articleText, engineHighlights, expectSameHighlights, openSeedArticle, readHighlights, type ExtensionBrowser, type SeedSession } from './harness';

let seed: SeedSession;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  seed = await openSeedArticle();
  ({ browser, page } = seed);
});

afterAll(async () => {
  await seed?.close();
});

describe('seed article in Chromium', () => {
  it('highlights the formulas, enumerations and policy terms a reader expects', async () => {
    const h = await readHighlights(page);
    const all = new Set(Object.values(h).flat());
    for (const term of ['四个意识', '四个自信', '两个维护', '三个表率', '四个一', '五大行动', '八八战略', '最多跑一次', '清廉机关', '清廉浙江']) {
      expect(all, term).toContain(term);
    }
    expect(h['tifa-formula']).toContain('四个意识');
    expect(h['tifa-enumeration']).toContain('四个一');
    expect(h['tifa-policy']).toContain('清廉浙江');
  });

  it('highlights exactly the occurrences the engine finds in the same text, per category', async () => {
    const expected = await engineHighlights(page);
    const h = await readHighlights(page);
    expectSameHighlights(h, expected);
    expect(new Set(Object.values(expected).flat()).size).toBeGreaterThan(20);
  });

  it('the ::highlight rules live in one page <style>, and the page DOM is otherwise untouched', async () => {
    const { styles, paragraphs, marks } = await page.evaluate(() => ({
      styles: [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('::highlight(')).length,
      paragraphs: document.querySelectorAll('article p').length,
      marks: document.querySelectorAll('article mark, article span, article div').length,
    }));
    expect(styles).toBe(1);
    expect(paragraphs).toBeGreaterThan(15);
    expect(marks).toBe(0);
  });

  it('answers the popup: terms with counts, and which ones the page itself explains', async () => {
    const sw = await browser.worker();
    await page.bringToFront();
    // Runs in the service worker, where `chrome` exists; the test file only declares it.
    const tabTerms = await sw.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
      const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(t!.id!, { id: 1, type: 'getPageTerms', data: undefined, timestamp: Date.now() });
    });
    const res = (tabTerms as { res: { status: string; terms: { term: string; count: number; definedOnPage: boolean }[] } }).res;
    expect(res.status).toBe('ready');
    const byTerm = new Map(res.terms.map((t) => [t.term, t]));
    const text = await articleText(page);
    const engineHit = getNodeEngine().annotate(text).terms.find((t) => t.term === '四个意识')!;
    expect(byTerm.get('四个意识')?.count).toBe(engineHit.occurrences.length);
    expect(byTerm.get('四个一')?.definedOnPage).toBe(true);
  });
});
