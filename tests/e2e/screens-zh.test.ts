// The new views in the Chinese UI at a phone's width (400 px): the card (English line, controls,
// a long card's "more below"), the popup (density, page export) and the options page (My terms,
// the add-term form, remembered explanations), each checked with axe-core and saved as a
// screenshot to look at. Needs Debian's chromium-l10n for the Chinese UI.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, highlightCentre, openSeedArticle, REPO, screenshot, type SeedSession } from './harness';
import { openPopup } from './popup-helpers';

const zh: Record<string, { message: string }> = JSON.parse(readFileSync(join(REPO, 'public/_locales/zh_CN/messages.json'), 'utf8'));

let seed: SeedSession;
let page: Page;

beforeAll(async () => {
  if (!existsSync('/usr/lib/chromium/locales/zh-CN.pak')) throw new Error('Chromium has no Chinese UI here: apt-get install chromium-l10n');
  seed = await openSeedArticle({ uiLanguage: 'zh_CN', viewport: { width: 400, height: 800 }, openCard: true });
  page = seed.page;
});

afterAll(async () => {
  await seed?.close();
});

const tip = () => page.locator('tifa-ui .tip');

async function hover(term: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  const { x, y } = await highlightCentre(page, term);
  // Straight there: on a 400 px page a path in steps crosses other terms (对党忠诚 above
  // 五条原则), whose card then covers the target.
  await page.mouse.move(x, y);
  await tip().locator('.term', { hasText: term }).waitFor({ state: 'visible', timeout: 5000 });
}

describe('Chinese UI at 400 px', () => {
  it('the card: English marked as Tifa’s own, controls labelled in Chinese, no axe violation', async () => {
    await hover('四个意识');
    await expect(tip().locator('.english-mark').textContent()).resolves.toBe(zh.cardEnglishOwn!.message);
    await expect(tip().locator('button.save').getAttribute('aria-label')).resolves.toBe(zh.cardSave!.message);
    expect(await axeViolations(page, [['tifa-ui']])).toEqual([]);
    await tip().locator('button.save').click();
    await screenshot(page, 'card-400-zh');
  });

  it('a long card shows “more below” in Chinese', async () => {
    await hover('五条原则');
    await expect(tip().locator('.more').textContent()).resolves.toContain(zh.cardMore!.message);
    await tip().locator('button.pin').click();
    await screenshot(page, 'card-long-400-zh');
    await page.keyboard.press('Escape');
  });

  it('the popup and the options page', async () => {
    const popup = await openPopup(seed.browser, page);
    await popup.waitForSelector('.term-row', { timeout: 20_000 });
    await expect(popup.textContent('label[for="density"]')).resolves.toContain(zh.densityLabel!.message);
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-zh');
    await popup.close();

    const options = await seed.browser.newPage();
    await options.setViewportSize({ width: 400, height: 900 });
    await options.goto(`chrome-extension://${seed.browser.extensionId}/options.html?add=${encodeURIComponent('政治生态')}#add-term`);
    await options.locator('.saved[data-term="四个意识"]').waitFor();
    await expect(options.textContent('#my-terms-heading')).resolves.toBe(zh.myTermsHeading!.message);
    expect(await axeViolations(options)).toEqual([]);
    await screenshot(options, 'options-400-zh', true);
  });
});
