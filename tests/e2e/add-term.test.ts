// Add a term from a selection: the context menu item is registered, the form it opens comes
// prefilled with the selection and its page, the saved term is highlighted on reload with the
// reader's explanation in the card, and it can be edited and deleted. (Playwright cannot click
// a native context menu: the test opens the form at the URL the menu opens.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, highlightCentre, openSeedArticle, readHighlights, screenshot, waitForFinalHighlights, type ExtensionBrowser, type SeedSession } from './harness';

let seed: SeedSession;
let ext: ExtensionBrowser;
let article: Page;

beforeAll(async () => {
  seed = await openSeedArticle({ openCard: true });
  ({ browser: ext, page: article } = seed);
});

afterAll(async () => {
  await seed?.close();
});

const highlighted = async (text: string) => Object.values(await readHighlights(article)).flat().filter((t) => t === text).length;

describe('add to my glossary', () => {
  it('registers the "Add to my glossary" item for selections', async () => {
    const worker = await ext.worker();
    const exists = await worker.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const { chrome } = globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object, cb: () => void): void }; runtime: { lastError?: unknown } } };
          chrome.contextMenus.update('tifa-add-term', {}, () => resolve(!chrome.runtime.lastError));
        }),
    );
    expect(exists).toBe(true);
  });

  it('the form saves the selection as a term that is highlighted and explained on reload', async () => {
    expect(await highlighted('机关党建')).toBe(0);
    const form = await ext.newPage();
    const params = new URLSearchParams({ add: '机关党建', from: article.url() });
    await form.goto(`chrome-extension://${ext.extensionId}/options.html?${params}#add-term`);
    await expect(form.inputValue('#user-term')).resolves.toBe('机关党建');
    await expect(form.inputValue('#user-source')).resolves.toBe(article.url());
    // The explanation is what the reader still has to write: the form puts the cursor there.
    await expect.poll(() => form.evaluate(() => document.activeElement?.id)).toBe('user-summary');
    await form.fill('#user-summary', '党内政治生活的整体状况和风气');
    await form.fill('#user-english', 'political ecology');
    await form.selectOption('#user-category', 'policy');
    await screenshot(form, 'options-add-term-en');
    await form.click('.term-form button[type="submit"]');
    await form.locator('.user-term[data-term="机关党建"]').waitFor();
    expect(await axeViolations(form)).toEqual([]);

    await article.reload();
    await waitForFinalHighlights(article);
    await expect.poll(() => highlighted('机关党建'), { timeout: 10_000 }).toBe(2);
    await article.mouse.move(5, 5);
    const { x, y } = await highlightCentre(article, '机关党建');
    await article.mouse.move(x, y, { steps: 3 });
    const tip = article.locator('tifa-ui .tip');
    await tip.locator('.term', { hasText: '机关党建' }).waitFor({ state: 'visible' });
    await expect(tip.textContent()).resolves.toContain('党内政治生活的整体状况和风气');
    await expect(tip.locator('.english').textContent()).resolves.toContain('political ecology');

    // Edit, then delete: the page follows on reload.
    await form.click('.user-term[data-term="机关党建"] button.edit');
    await expect(form.inputValue('#user-summary')).resolves.toBe('党内政治生活的整体状况和风气');
    await form.fill('#user-summary', '改过的解释');
    await form.click('.term-form button[type="submit"]');
    await expect.poll(() => form.locator('.user-term').textContent()).toContain('改过的解释');
    await form.click('.user-term[data-term="机关党建"] button[aria-label*="机关党建"]:not(.edit)');
    await expect.poll(() => form.locator('.user-term').count()).toBe(0);
    await article.reload();
    await waitForFinalHighlights(article);
    expect(await highlighted('机关党建')).toBe(0);
  });
});
