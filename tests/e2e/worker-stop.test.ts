// Issue 11 item 4: Chrome stops the extension's service worker while a large page is being
// annotated (or while it is still loading its engine on a cold start). Requests in flight then
// fail; they are sent again to the new worker, provisional highlights stay until their full
// answer comes, and the page ends exactly as annotated as without the stop.
import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleToHtml, type FixtureServer } from '../../scripts/serve-fixtures';
import { largeArticle, workerStopper } from './worker-helpers';
import { expectSameHighlights, launchExtension, readHighlights, startServer, waitForFinalHighlights, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser | undefined;
let server: FixtureServer | undefined;

afterEach(async () => {
  await browser?.close();
  await server?.close();
  browser = server = undefined;
});

const marks = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(`tifa:${n}`).length, name);

async function openLarge(): Promise<{ b: ExtensionBrowser; page: Page; stop: () => Promise<void> }> {
  [browser, server] = await Promise.all([launchExtension(), startServer({ '/large.html': { body: articleToHtml(largeArticle()) } })]);
  const stop = await workerStopper(browser);
  const page = await browser.newPage();
  return { b: browser, page, stop };
}

it('a worker stopped mid-way through a large page: the page still ends fully annotated', async () => {
  const { page, stop } = await openLarge();
  await page.goto(server!.url('/large.html'));
  // A few chunks answered, more in flight.
  await page.waitForFunction(() => performance.getEntriesByName('tifa:received').length >= 3, null, { timeout: 60_000 });
  await stop();
  await waitForFinalHighlights(page, 800, 90_000);
  expect(await marks(page, 'retry')).toBeGreaterThan(0);
  await expectSameAsUndisturbed(page);
});

/**
 * The page shows what the same page shows when no worker stops: each chunk's annotation is the
 * engine's for that chunk, so the reference is the page loaded again without a stop.
 */
async function expectSameAsUndisturbed(page: Page): Promise<void> {
  const stopped = await readHighlights(page);
  expect(Object.values(stopped).flat().length).toBeGreaterThan(1000);
  await page.reload();
  await waitForFinalHighlights(page, 800, 90_000);
  expect(await marks(page, 'retry')).toBe(0);
  expectSameHighlights(stopped, await readHighlights(page));
}

it('a worker stopped during a cold start, before its first answer: the page ends fully annotated', async () => {
  const { page, stop } = await openLarge();
  await page.goto(server!.url('/large.html'));
  // The loader's first chunk (or the page script's first) is on its way to a loading engine.
  await page.waitForFunction(() => performance.getEntriesByName('tifa:head-sent').length + performance.getEntriesByName('tifa:sent').length > 0, null, {
    timeout: 60_000,
    polling: 5,
  });
  await stop();
  await waitForFinalHighlights(page, 800, 90_000);
  await expectSameAsUndisturbed(page);
});
