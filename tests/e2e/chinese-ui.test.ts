// In a browser whose UI language is Chinese, Tifa speaks Chinese: the hover card and the popup
// show the zh_CN messages (the other browser tests run in English, this machine's default).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightCentre, launchExtension, REPO, screenshot, startServer, waitForFinalHighlights, waitForHighlights, type ExtensionBrowser } from './harness';
import { openPopup } from './popup-helpers';
import { card } from './card-probe';
import type { FixtureServer } from '../../scripts/serve-fixtures';

const ZH_LOCALE_PAK = '/usr/lib/chromium/locales/zh-CN.pak';
const zh: Record<string, { message: string }> = JSON.parse(readFileSync(join(REPO, 'public/_locales/zh_CN/messages.json'), 'utf8'));
const message = (key: string) => zh[key]!.message;

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  if (!existsSync(ZH_LOCALE_PAK)) throw new Error(`Chromium has no Chinese UI here (${ZH_LOCALE_PAK}): apt-get install chromium-l10n (scripts/setup.sh does)`);
  [browser, server] = await Promise.all([launchExtension({ uiLanguage: 'zh_CN' }), startServer()]);
  page = await browser.newPage();
  await page.goto(server.url('/seed.html'));
  await waitForHighlights(page, 20);
  await waitForFinalHighlights(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Chinese browser UI', () => {
  it('the hover card on 四个一 is in Chinese', async () => {
    const { x, y } = await highlightCentre(page, '四个一');
    await page.mouse.move(x, y, { steps: 3 });
    const tip = card(page);
    await tip.waitOpen('四个一');
    const text = (await tip.text()) ?? '';
    for (const key of ['tooltipFromPage', 'tooltipFromPageNote', 'tooltipFromGlossary', 'categoryEnumeration']) expect(text, key).toContain(message(key));
    await expect(tip.text('button.jump')).resolves.toContain(message('tooltipJump'));
    expect(text).not.toContain('Explained in this article');
    await screenshot(page, 'zh-ui-tooltip');
  });

  it('the popup lists the page\'s terms under Chinese headings, with Chinese switches and search', async () => {
    const popup = await openPopup(browser, page);
    await popup.waitForSelector('.term-row', { timeout: 20_000 });
    const headings = await popup.locator('.group-heading').allTextContents();
    for (const key of ['categoryFormula', 'categoryEnumeration', 'categoryPolicy']) expect(headings.join('|'), key).toContain(message(key));
    await expect(popup.textContent('label[for="toggle-highlights"]')).resolves.toContain(message('toggleHighlights'));
    await expect(popup.getAttribute('input[type="search"]', 'placeholder')).resolves.toBe(message('popupSearchPlaceholder'));
    await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toMatch(/^zh/);
    await screenshot(popup, 'zh-ui-popup');
    await popup.close();
  });
});
