// The toolbar badge shows how many distinct terms the tab has, and nothing while highlights
// are off.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getNodeEngine } from '../../core/node/engine';
import { readArticle, SEED_ARTICLE } from '../../scripts/serve-fixtures';
import { openSeedArticle, totalHighlights, type ExtensionBrowser, type SeedSession } from './harness';
import { tabIdOf } from './popup-helpers';

/** The parts of the service worker's `chrome` this test uses. */
interface WorkerChrome {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, object>>; set(items: object): Promise<void> } };
}

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

async function badgeText(tabId: number): Promise<string> {
  const sw = await browser.worker();
  return sw.evaluate((id) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function setHighlights(on: boolean): Promise<void> {
  const sw = await browser.worker();
  await sw.evaluate(async (value) => {
    const { storage } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const { settings } = await storage.local.get('settings');
    await storage.local.set({ settings: { ...settings, highlightsEnabled: value } });
  }, on);
}

it('counts the distinct terms of the page, as the engine finds them in the same text', async () => {
  const tabId = await tabIdOf(browser, page);
  // The page shows the article's lines; the engine sees the same words.
  const distinct = getNodeEngine().annotate(readArticle(SEED_ARTICLE)).terms.length;
  await expect.poll(() => badgeText(tabId), { timeout: 5_000 }).toBe(String(distinct));
});

it('is empty while highlights are off and comes back with them', async () => {
  const tabId = await tabIdOf(browser, page);
  const before = await badgeText(tabId);
  await setHighlights(false);
  await expect.poll(() => totalHighlights(page), { timeout: 5_000 }).toBe(0);
  await expect.poll(() => badgeText(tabId), { timeout: 5_000 }).toBe('');
  await setHighlights(true);
  await expect.poll(() => badgeText(tabId), { timeout: 5_000 }).toBe(before);
});
