// Issue 11 items 2 and 3: what a page's own scripts can do with Tifa. They cannot open the card
// with synthetic events, cannot read or edit it (closed shadow root), cannot stop it by defining
// a <tifa-ui> element of their own, and find no tifa-named highlight, style or element to test
// for. (What a page can still learn is listed in the README's privacy section.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type FixtureServer } from '../../scripts/serve-fixtures';
import { highlightCentre, launchExtension, screenshot, startServer, waitForFinalHighlights, type ExtensionBrowser } from './harness';
import { card } from './card-probe';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtension(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function seedPage(init?: () => void): Promise<Page> {
  const page = await browser.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(server.url('/seed.html'));
  expect(await waitForFinalHighlights(page)).toBeGreaterThan(20);
  return page;
}

/** Elements of <html> besides <head> and <body>: where a card host would be. */
const extraRootChildren = (page: Page) =>
  page.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length);

describe('the card, from the page\'s side', () => {
  it('synthetic pointer and keyboard events from the page open no card', async () => {
    const page = await seedPage();
    const { x, y } = await highlightCentre(page, '四个意识');
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      for (let i = 0; i < 3; i++) {
        target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x + i, clientY: y, pointerType: 'mouse' }));
      }
      target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, clientX: x, clientY: y, pointerType: 'touch' }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'ArrowDown', altKey: true, shiftKey: true }));
    }, { x, y });
    await page.waitForTimeout(600);
    expect(await extraRootChildren(page)).toBe(0);
    expect(await card(page).visible()).toBe(false);
    // The reader's own pointer still opens it.
    await page.mouse.move(x, y, { steps: 3 });
    await card(page).waitOpen('四个意识');
    await page.close();
  });

  it('the open card is out of the page\'s reach: no open shadow root, nothing of it in the DOM', async () => {
    const page = await seedPage();
    const { x, y } = await highlightCentre(page, '四个意识');
    await page.mouse.move(x, y, { steps: 3 });
    await card(page).waitOpen('四个意识');
    expect(await card(page).text('section[data-source="glossary"]')).toContain('政治意识');
    const seen = await page.evaluate(() => {
      const hosts = [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);
      return {
        hosts: hosts.map((h) => h.tagName),
        openRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot !== null).length,
        // The card's words appear nowhere a page script can read.
        cardTextInDom: document.documentElement.innerHTML.includes('政治意识'),
        textOfHosts: hosts.map((h) => h.textContent).join(''),
      };
    });
    expect(seen).toEqual({ hosts: ['DIV'], openRoots: 0, cardTextInDom: false, textOfHosts: '' });
    await screenshot(page, 'guest-card-closed-root');
    await page.close();
  });

  it('a page that defines its own <tifa-ui> element still gets the card', async () => {
    const page = await seedPage(() => {
      customElements.define(
        'tifa-ui',
        class extends HTMLElement {
          constructor() {
            super();
            // Takes the only shadow root an element can have.
            this.attachShadow({ mode: 'open' }).innerHTML = '<p>page-owned</p>';
          }
        },
      );
    });
    const { x, y } = await highlightCentre(page, '四个一');
    await page.mouse.move(x, y, { steps: 3 });
    await card(page).waitOpen('四个一');
    expect(await card(page).visible()).toBe(true);
    await page.close();
  });
});

describe('what the page can find to detect Tifa', () => {
  it('no tifa-named highlight, style, attribute or element', async () => {
    const page = await seedPage();
    const { x, y } = await highlightCentre(page, '四个意识');
    await page.mouse.move(x, y, { steps: 3 });
    await card(page).waitOpen('四个意识');
    const found = await page.evaluate(() => ({
      highlightNames: [...CSS.highlights.keys()].filter((k) => /tifa/i.test(k)),
      markup: /tifa/i.test(document.documentElement.outerHTML),
    }));
    expect(found).toEqual({ highlightNames: [], markup: false });
    // The names are new on every page load.
    const names = () => page.evaluate(() => [...CSS.highlights.keys()].sort().join(','));
    const before = await names();
    await page.reload();
    await waitForFinalHighlights(page);
    expect(await names()).not.toBe(before);
    await page.close();
  });
});
