// Test 2: hovering a term opens the explanation card — the page's own explanation first for
// 四个一, the glossary entry with its cited source for 四个意识.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledGlossary } from '../../core/bundled-glossary';
import { highlightCentre, openSeedArticle, readHighlights, screenshot, type SeedSession } from './harness';
import { card } from './card-probe';

let seed: SeedSession;
let page: Page;

beforeAll(async () => {
  seed = await openSeedArticle();
  page = seed.page;
});

afterAll(async () => {
  await seed?.close();
});

// The card is in a closed shadow root: read through the content script's world (card-probe.ts).
const tip = () => card(page);

async function hover(term: string): Promise<void> {
  // Close any open card first: it could cover the next term.
  await page.keyboard.press('Escape');
  await tip().waitClosed().catch(() => undefined);
  await page.mouse.move(5, 5);
  const { x, y } = await highlightCentre(page, term);
  await page.mouse.move(x, y, { steps: 3 });
  await tip().waitOpen(term);
}

describe('hover explanations in Chromium', () => {
  it('hovering 四个一 shows its four members as this page explains them', async () => {
    await hover('四个一');
    // The heading is the extension's own message in the browser's UI language (zh_CN or en).
    const heading = await (await seed.browser.worker()).evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getMessage(name: string): string } } }).chrome.i18n.getMessage('tooltipFromPage'),
    );
    expect(['本文的解释', 'Explained in this article']).toContain(heading);
    await expect(tip().text('section[data-source="page"] h2')).resolves.toContain(heading);
    const members = await tip().texts('section[data-source="page"] li');
    for (const m of ['一个前提', '一个关键', '一个路径', '一个目标']) expect(members.join('|')).toContain(m);
    // The page's explanation comes before the glossary's.
    const order = await tip().attributes('section', 'data-source');
    expect(order[0]).toBe('page');
    await expect(tip().texts('.pinyin').then((p) => p.at(-1))).resolves.toContain('sì');
    const shot = await screenshot(page, 'tooltip-si-ge-yi');
    expect(shot).toMatch(/\.png$/);
  });

  it('the jump link scrolls to the defining passage and flashes it', async () => {
    await hover('四个一');
    await tip().click('button.jump');
    expect((await readHighlights(page))['tifa-flash']?.join('')).toContain('一个前提');
    const flash = await page.evaluate(() => {
      const names = (performance.getEntriesByName('tifa:highlight-names').at(-1) as PerformanceMark | undefined)?.detail ?? {};
      const ranges = [...(CSS.highlights.get(names['tifa-flash']) ?? [])] as Range[];
      const rect = ranges[0]?.getBoundingClientRect();
      return { text: ranges.map((r) => r.toString()).join(''), top: rect?.top ?? -1, height: innerHeight };
    });
    expect(flash.text).toContain('一个前提、一个关键、一个路径、一个目标');
    expect(flash.top).toBeGreaterThanOrEqual(0);
    expect(flash.top).toBeLessThan(flash.height);
  });

  it('hovering 四个意识 shows the glossary explanation with its cited source', async () => {
    await hover('四个意识');
    const entry = bundledGlossary.entries.find((e) => e.term === '四个意识')!;
    const source = entry.sources[0]!;
    const text = (await tip().text('section[data-source="glossary"]')) ?? '';
    expect(text).toContain(entry.summary);
    for (const m of entry.members) expect(text).toContain(m.text);
    if (source.kind === 'reference') {
      expect(text).toContain(source.document);
      expect(text).toContain(source.date);
    } else expect(text).toContain(source.quote.slice(0, 20));
    await screenshot(page, 'tooltip-si-ge-yishi');
  });

  it('Esc closes the card, and opening it never moves focus or scroll', async () => {
    await hover('四个意识');
    const scroll = await page.evaluate(() => window.scrollY);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
    await page.keyboard.press('Escape');
    await tip().waitClosed();
  });

  it('Alt+Shift+↓ steps to a term and opens its card from the keyboard', async () => {
    await page.mouse.move(1, 1);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await tip().waitOpen();
    const first = await tip().text('.term');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => tip().text('.term')).not.toBe(null);
    expect(first).toBeTruthy();
  });
});
