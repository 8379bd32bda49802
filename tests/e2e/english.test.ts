// Test 6: on a page without Chinese the content script stops at once: nothing reaches the
// background, nothing is highlighted, nothing is added to the page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchExtension, waitForHighlights, workerDebug, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

const ENGLISH = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Weather</title>
<body><h1>Weekend weather</h1>${'<p>Sunny spells in the morning, showers spreading from the west in the afternoon, with a light breeze and temperatures near the seasonal average.</p>'.repeat(40)}</body></html>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchExtension(),
    startFixtureServer({
      '/english.html': { body: ENGLISH },
      '/chinese.html': { body: '<!doctype html><meta charset="utf-8"><p>全省各级党组织要坚持树立“四个意识”。</p>' },
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function messagesSeen(): Promise<number> {
  return (await workerDebug(browser)).stats.messages;
}

it('an English-only page sends no message to the background and gets no highlights', async () => {
  const before = await messagesSeen();
  const page = await browser.newPage();
  await page.goto(server.url('/english.html'));
  await page.waitForTimeout(1500);
  expect(await messagesSeen()).toBe(before);
  const state = await page.evaluate(() => ({
    // Tifa's names are random (page/paint/highlight-style.ts): any highlight at all is Tifa's here.
    highlights: [...CSS.highlights.keys()],
    styles: [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('::highlight(')).length,
    hosts: document.documentElement.children.length - 2,
  }));
  expect(state).toEqual({ highlights: [], styles: 0, hosts: 0 });

  // The same counter does move for a Chinese page, so the zero above is not a dead counter.
  const chinese = await browser.newPage();
  await chinese.goto(server.url('/chinese.html'));
  await waitForHighlights(chinese, 1);
  expect(await messagesSeen()).toBeGreaterThan(before);
});

it('a page cannot tell Tifa is installed by fetching its page script (use_dynamic_url)', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('/chinese.html'));
  await waitForHighlights(page, 1);
  // The page script is loaded here (highlights are up), yet its static URL is closed to the page.
  const probe = await page.evaluate(async (id) => {
    try {
      return `fetched ${(await fetch(`chrome-extension://${id}/tifa-page.js`)).status}`;
    } catch {
      return 'refused';
    }
  }, browser.extensionId);
  expect(probe).toBe('refused');
});
