// A page whose whole article is one block (paragraphs separated by <br>, as some CMSs emit)
// longer than a chunk: the content script cuts it at sentence ends, and every occurrence is
// still highlighted exactly where it is.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readArticle, SEED_ARTICLE, startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchExtension, readHighlights, waitForFinalHighlights, waitForHighlights, workerDebug, type ExtensionBrowser } from './harness';

const COPIES = 8;
const paragraphs = readArticle(SEED_ARTICLE).split('\n').map((l) => l.trim()).filter(Boolean);
const oneBlock = Array.from({ length: COPIES }, () => paragraphs.join('<br>')).join('<br>');
const normal = paragraphs.map((p) => `<p>${p}</p>`).join('');
const page = (body: string) => `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>清廉机关</title><body>${body}</body></html>`;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchExtension(),
    startFixtureServer({ '/one-block.html': { body: page(`<div id="all">${oneBlock}</div>`) }, '/normal.html': { body: page(normal) } }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function countByTerm(highlights: Record<string, string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [name, texts] of Object.entries(highlights)) {
    if (!['tifa-formula', 'tifa-enumeration', 'tifa-policy'].includes(name)) continue;
    for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

it('a single block longer than a chunk is highlighted as fully as the same text in paragraphs', async () => {
  const tab = await browser.newPage();
  await tab.goto(server.url('/normal.html'));
  await waitForHighlights(tab, 20);
  await waitForFinalHighlights(tab);
  const once = countByTerm(await readHighlights(tab));

  const chars = await tab.evaluate(() => document.body.textContent!.length);
  await tab.goto(server.url('/one-block.html'));
  const blockChars = await tab.evaluate(() => document.getElementById('all')!.textContent!.length);
  expect(blockChars).toBeGreaterThan(20_000); // longer than one chunk
  expect(blockChars).toBeGreaterThanOrEqual(chars * COPIES);
  const total = [...once.values()].reduce((a, b) => a + b, 0);
  await waitForHighlights(tab, total * COPIES, 20_000);
  await waitForFinalHighlights(tab);
  const repeated = countByTerm(await readHighlights(tab));
  for (const [term, n] of once) expect(repeated.get(term), term).toBe(n * COPIES);
  // …and no request to the engine was longer than a chunk: the block really was cut.
  const sizes = (await workerDebug(browser)).recentAnnotates.map((a) => a.chars);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(blockChars);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(20_000);
});
