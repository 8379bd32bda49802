// e2e 4: the popup's switches reach open tabs at once, and "off on this site" survives a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSeedArticle, totalHighlights, waitForHighlights, workerDebug, type ExtensionBrowser, type SeedSession } from './harness';
import { openPopup, uiMessage } from './popup-helpers';

async function storedSettings(ext: ExtensionBrowser): Promise<unknown> {
  const worker = await ext.worker();
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    return (await chrome.storage.local.get('settings')).settings;
  });
}

describe('highlight switches in the popup', () => {
  let seed: SeedSession;
  let ext: ExtensionBrowser;
  let article: Page;

  beforeAll(async () => {
    seed = await openSeedArticle();
    ({ browser: ext, page: article } = seed);
  });

  afterAll(async () => {
    await seed?.close();
  });

  it('switching highlights off clears the page at once; on brings them back', async () => {
    const before = await totalHighlights(article);
    const popup = await openPopup(ext, article);
    await popup.waitForSelector('.term-row');
    await popup.click('label[for="toggle-highlights"]');
    await expect.poll(() => totalHighlights(article), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => popup.getAttribute('.state', 'data-state')).toBe('disabled');
    expect(await storedSettings(ext)).toMatchObject({ highlightsEnabled: false });

    await popup.click('label[for="toggle-highlights"]');
    await expect.poll(() => totalHighlights(article), { timeout: 10_000 }).toBe(before);
    await popup.waitForSelector('.term-row');
    await popup.close();
  });

  it('"off on this site" is stored per hostname and still applies after a reload', async () => {
    const popup = await openPopup(ext, article);
    const site = new URL(article.url()).hostname;
    // The popup learns the tab's hostname by asking the page: wait for it rather than racing it.
    await expect.poll(() => popup.textContent('label[for="toggle-site"]'), { timeout: 5_000 }).toContain(site);
    expect(await popup.isChecked('#toggle-site')).toBe(true);
    await popup.click('label[for="toggle-site"]');
    await expect.poll(() => totalHighlights(article), { timeout: 5_000 }).toBe(0);
    expect(await storedSettings(ext)).toEqual({ highlightsEnabled: true, disabledSites: [site] });
    await popup.close();

    const annotateRequests = () => workerDebug(ext).then(({ stats }) => stats.annotatedChars + stats.provisionalAnswers);
    const requestsBefore = await annotateRequests();
    await article.reload();
    await article.waitForLoadState('load');
    // Give the content script ample time to (wrongly) highlight before checking it did not.
    await article.waitForTimeout(1_500);
    expect(await totalHighlights(article)).toBe(0);
    // A site the reader switched off is not even read: none of its text reached the engine.
    expect(await annotateRequests()).toBe(requestsBefore);
    const again = await openPopup(ext, article);
    await expect.poll(() => again.getAttribute('.state', 'data-state')).toBe('disabled');
    // ON means highlights show: switched off for the site, the site switch reads off.
    expect(await again.isChecked('#toggle-site')).toBe(false);
    await expect(again.textContent('.state')).resolves.toContain(await uiMessage(again, 'stateSiteDisabled'));

    // Turning the site back on restores the highlights without another reload.
    await again.click('label[for="toggle-site"]');
    await waitForHighlights(article, 10);
    await again.close();
  });
});
