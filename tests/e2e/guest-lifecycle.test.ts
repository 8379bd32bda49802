// Issue 11 items 3 and 6: a page can neither learn the extension id from Tifa's start-up nor
// switch Tifa off by replaying WXT's "content script started" announcement; and after the
// extension is reloaded (an update does the same), the orphaned content script takes its
// highlights away and never throws into the page, whatever the page or the reader does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type FixtureServer } from '../../scripts/serve-fixtures';
import { highlightCentre, launchExtension, startServer, totalHighlights, waitForFinalHighlights, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtension(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every window message the page receives, recorded from before any script of the page runs. */
async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __messages: string[] }).__messages = seen;
    addEventListener('message', (e) => seen.push(JSON.stringify(e.data)), true);
  });
}

const appendParagraph = (page: Page, text: string) =>
  page.evaluate((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.querySelector('article')!.append(p);
  }, text);

describe('what a page can do to the content script', () => {
  it('the page is never told the extension id, and replaying WXT\'s start-up announcement switches nothing off', async () => {
    const page = await browser.newPage();
    await recordMessages(page);
    await page.goto(server.url('/seed.html'));
    const before = await waitForFinalHighlights(page);
    expect(before).toBeGreaterThan(20);
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => m.includes(browser.extensionId))).toEqual([]);

    // What a page that learnt the name would send: WXT's event on the document (and the older
    // window message), for the content script named "tifa".
    await page.evaluate((id) => {
      const type = `${id}:tifa:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'tifa', messageId: 'page' } }));
      window.postMessage({ type, contentScriptName: 'tifa', messageId: 'page' }, '*');
    }, browser.extensionId);
    await page.waitForTimeout(300);
    expect(await totalHighlights(page)).toBe(before);
    // Still alive: a paragraph added now is annotated too.
    await appendParagraph(page, '各级党组织要增强“四个意识”，坚决做到“两个维护”。');
    await expect.poll(() => totalHighlights(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 2);
  });
});

describe('after the extension is reloaded', () => {
  it('the orphaned content script removes its highlights and throws nothing into the page', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    // Through CDP, so errors of the content script's isolated world are seen too.
    const cdp = await browser.context.newCDPSession(page);
    cdp.on('Runtime.exceptionThrown', (e) => problems.push(`exception: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`));
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if (e.type === 'error' || e.type === 'warning') problems.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
    });
    await cdp.send('Runtime.enable');
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(server.url('/seed.html'));
    expect(await waitForFinalHighlights(page)).toBeGreaterThan(20);
    // Open the card once, so a card is up when the extension goes away.
    const { x, y } = await highlightCentre(page, '四个意识');
    await page.mouse.move(x, y, { steps: 3 });
    await page.waitForTimeout(300);

    const worker = await browser.worker();
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(500);

    // Nobody touches the page: the highlights still go (Chrome does not inject the reloaded
    // extension into open tabs, so none come back either).
    await expect.poll(() => totalHighlights(page), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => document.documentElement.lastElementChild?.tagName)).toBe('BODY');

    // Everything the content script listens to, after it lost its extension.
    await page.mouse.move(x + 1, y + 1, { steps: 3 });
    await page.mouse.move(5, 5, { steps: 2 });
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.keyboard.press('Escape');
    await appendParagraph(page, '要坚定“四个自信”，做到“两个维护”。');
    await page.evaluate(() => window.scrollBy(0, 200));
    await page.waitForTimeout(1500);
    expect(problems).toEqual([]);
  });
});
