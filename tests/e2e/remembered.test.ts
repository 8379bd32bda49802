// Remembered explanations end to end: the seed article (page A) explains 五条原则 itself; a later
// page B that only uses 五条原则 shows A's explanation in its card, cited as 《A's title》 (site,
// date) with a link to A. The same article read on a switched-off site (localhost) leaves no
// record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleRoutes, articleToHtml } from '../../scripts/serve-fixtures';
import { highlightCentre, launchExtension, screenshot, startServer, waitForFinalHighlights, waitForHighlights, type ExtensionBrowser } from './harness';
import type { FixtureServer } from '../../scripts/serve-fixtures';

let ext: ExtensionBrowser;
let server: FixtureServer;

const PAGE_B = '关于机关作风建设的通知\n各级机关要扎实推进五大行动，坚持五条原则，落实三个方面的要求。\n';

beforeAll(async () => {
  [ext, server] = await Promise.all([launchExtension({ openCard: true }), startServer({ ...articleRoutes(), '/b.html': { body: articleToHtml(PAGE_B) } })]);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function storage(key: string, value?: unknown): Promise<unknown> {
  const worker = await ext.worker();
  return worker.evaluate(
    async ([k, v]) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(o: object): Promise<void> } } } };
      if (v !== undefined) await chrome.storage.local.set({ [k]: v });
      return (await chrome.storage.local.get(k))[k];
    },
    [key, value] as const,
  );
}

describe('remembered explanations', () => {
  it('records nothing from a switched-off site', async () => {
    await storage('settings', { highlightsEnabled: true, disabledSites: ['localhost'] });
    const page = await ext.newPage();
    await page.goto(server.url('/seed.html').replace('127.0.0.1', 'localhost'));
    await page.waitForTimeout(3000);
    expect((await storage('remembered')) ?? []).toEqual([]);
    await page.close();
  });

  it('a definition mined on page A explains the term on page B, cited with a link to A', async () => {
    const a = await ext.newPage();
    await a.goto(server.url('/seed.html'));
    await waitForFinalHighlights(a);
    await expect
      .poll(async () => ((await storage('remembered')) as { explains: string }[] | undefined)?.map((m) => m.explains) ?? [], { timeout: 10_000 })
      .toContain('五条原则');
    const titleA = await a.title();

    const b: Page = await ext.newPage();
    await b.goto(server.url('/b.html'));
    await waitForHighlights(b, 2);
    await waitForFinalHighlights(b);
    await b.mouse.move(5, 5);
    const { x, y } = await highlightCentre(b, '五条原则');
    await b.mouse.move(x, y, { steps: 3 });
    const tip = b.locator('tifa-ui .tip');
    await tip.locator('.term', { hasText: '五条原则' }).waitFor({ state: 'visible' });
    const section = tip.locator('section[data-source="remembered"]');
    await section.waitFor();
    const heading = (await section.locator('h2').textContent()) ?? '';
    expect(heading).toContain(`《${titleA}》`);
    expect(heading).toContain('127.0.0.1');
    expect(heading).toContain(new Date().toISOString().slice(0, 10));
    await expect(section.locator('a').getAttribute('href')).resolves.toBe(server.url('/seed.html'));
    await expect(section.textContent()).resolves.toContain('坚持政治统领');
    // It is the first explanation: B itself does not explain 五条原则, and the glossary does not list it.
    const order = await tip.locator('section').evaluateAll((s) => s.map((e) => e.getAttribute('data-source')));
    expect(order[0]).toBe('remembered');
    await screenshot(b, 'card-remembered-en');
  });
});
