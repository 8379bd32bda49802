// A cold engine answers the first chunk with glossary matches found without jieba (a quick
// first highlight), then the full result replaces it. What stays on screen must be exactly the
// full result: every provisional range gone, numbered terms and definitions there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { engineHighlights, expectSameHighlights, launchExtension, readHighlights, startServer, type ExtensionBrowser } from './harness';
import type { FixtureServer } from '../../scripts/serve-fixtures';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let provisionalHighlights: Record<string, string[]>;

/** The highlights at the moment the provisional result was painted (recorded in the page). */
const RECORD_PROVISIONAL = `(() => {
  // Tifa's highlight names are random, announced by a test build (scripts/page-probes.ts).
  const read = () => { const out = {}; const names = performance.getEntriesByName('tifa:highlight-names').at(-1)?.detail ?? {}; for (const [key, name] of Object.entries(names)) { const h = CSS.highlights.get(name); if (h) out[key] = [...h].map((r) => r.toString()); } return out; };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'tifa:provisional' && !window.__tifaProvisional) window.__tifaProvisional = read();
  }).observe({ type: 'mark' });
})();`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtension(), startServer()]);
  page = await browser.newPage();
  await page.addInitScript({ content: RECORD_PROVISIONAL });
  await page.goto(server.url('/seed.html'));
  await page.waitForFunction(() => performance.getEntriesByName('tifa:full').length > 0, null, { timeout: 30_000 });
  provisionalHighlights = await page.evaluate(() => (window as unknown as { __tifaProvisional: Record<string, string[]> }).__tifaProvisional);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});


describe('first highlight while the engine loads (fresh browser)', () => {
  it('paints glossary terms before jieba is ready', () => {
    const all = Object.values(provisionalHighlights ?? {}).flat();
    expect(all).toEqual(expect.arrayContaining(['四个意识', '两个维护']));
    // Only glossary matches: the article's own labels (四个一) wait for the full result.
    expect(all).not.toContain('四个一');
  });

  it('then shows exactly the full result, nothing provisional left over', async () => {
    const expected = await engineHighlights(page);
    const h = await readHighlights(page);
    expectSameHighlights(h, expected);
    expect(Object.values(h).flat()).toContain('四个一');
  });
});
