// e2e 3: the popup for the seed article's tab lists its terms with counts, marks the terms the
// article explains itself, scrolls the page to a clicked term, and searches the glossary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSeedArticle, screenshot, type ExtensionBrowser, type SeedSession } from './harness';
import { highlightCounts, openPopup, uiMessage } from './popup-helpers';

interface Row {
  term: string;
  count: number;
  defined: boolean;
  group: string;
}

async function readRows(popup: Page): Promise<Row[]> {
  await popup.waitForSelector('.term-row', { timeout: 20_000 });
  return popup.$$eval('.term-row', (rows) =>
    rows.map((r) => ({
      term: (r as HTMLElement).dataset.term ?? '',
      count: Number(r.querySelector('.term-count')?.textContent),
      defined: r.querySelector('.defined-mark') !== null,
      group: r.closest('.term-group')?.querySelector('.group-heading')?.textContent ?? '',
    })),
  );
}

/** Tops of the highlighted occurrences of `term` in page coordinates, in document order. */
function occurrenceTops(page: Page, term: string): Promise<number[]> {
  return page.evaluate((t) => {
    const tops: number[] = [];
    CSS.highlights.forEach((h, name) => {
      // Every highlight on these pages is Tifa's (random names); the flash one is not an occurrence.
      if (name === (performance.getEntriesByName('tifa:highlight-names').at(-1) as PerformanceMark | undefined)?.detail?.['tifa-flash']) return;
      for (const r of h) {
        if (r.toString() === t && r instanceof Range) tops.push(r.getBoundingClientRect().top + window.scrollY);
      }
    });
    return tops.sort((a, b) => a - b);
  }, term);
}

describe('popup for the seed article', () => {
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

  it('lists the page terms by category with the counts highlighted on the page', async () => {
    const popup = await openPopup(ext, article);
    const rows = await readRows(popup);
    const byTerm = new Map(rows.map((r) => [r.term, r]));
    const onPage = await highlightCounts(article);

    // The formulas a reader of the seed article meets, with exactly the page's counts.
    for (const term of ['四个一', '四个意识', '两个维护', '清廉机关']) {
      expect(byTerm.get(term), term).toBeDefined();
      expect(byTerm.get(term)!.count, term).toBe(onPage.get(term));
    }
    const totalListed = rows.reduce((n, r) => n + r.count, 0);
    const totalOnPage = [...onPage.values()].reduce((a, b) => a + b, 0);
    expect(totalListed).toBe(totalOnPage);
    // Grouped: every row sits under a category heading, and 四个意识 is a formula.
    expect(rows.every((r) => r.group.length > 0)).toBe(true);
    expect(byTerm.get('四个意识')!.group).toContain(await uiMessage(popup, 'categoryFormula'));
    // The article explains 四个一 itself (一个前提、一个关键、一个路径、一个目标); 四个意识 it does not.
    expect(byTerm.get('四个一')!.defined).toBe(true);
    expect(byTerm.get('四个意识')!.defined).toBe(false);
    // Summary line in the header.
    await expect(popup.textContent('#page-heading')).resolves.toContain(
      await uiMessage(popup, 'popupTermSummary', rows.length, totalListed),
    );
    await screenshot(popup, 'popup-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, 'popup-dark');
    await popup.close();
  });

  it('clicking a term (or Enter on it) scrolls the page to it, then to its next occurrence', async () => {
    const popup = await openPopup(ext, article);
    const rows = await readRows(popup);
    const height = await article.evaluate(() => innerHeight);
    // A repeated term whose first occurrence (centred) needs a scroll and whose second is further down.
    let target: Row | undefined;
    for (const r of rows) {
      const [first, second] = await occurrenceTops(article, r.term);
      if (first !== undefined && second !== undefined && first > height / 2 && second - first > height / 2) {
        target = r;
        break;
      }
    }
    expect(target, 'a repeated term below the first screen').toBeDefined();
    await article.evaluate(() => window.scrollTo(0, 0));

    await popup.click(`.term-row[data-term="${target!.term}"]`);
    await expect
      .poll(() => popup.textContent(`.term-row[data-term="${target!.term}"] .term-shown`))
      .toContain(await uiMessage(popup, 'popupRevealed', 1, target!.count));
    const inView = (t: string) =>
      article.waitForFunction(
        (term) => {
          let visible = false;
          CSS.highlights.forEach((h, name) => {
            // Every highlight on these pages is Tifa's (random names); the flash one is not an occurrence.
      if (name === (performance.getEntriesByName('tifa:highlight-names').at(-1) as PerformanceMark | undefined)?.detail?.['tifa-flash']) return;
            for (const r of h) {
              if (r.toString() !== term || !(r instanceof Range)) continue;
              const b = r.getBoundingClientRect();
              if (b.top >= 0 && b.bottom <= innerHeight) visible = true;
            }
          });
          return window.scrollY > 0 && visible;
        },
        t,
        { timeout: 5_000 },
      );
    await inView(target!.term);
    const firstScroll = await article.evaluate(() => scrollY);

    // Keyboard: focus the same row and press Enter → the second occurrence.
    await popup.focus(`.term-row[data-term="${target!.term}"]`);
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.textContent(`.term-row[data-term="${target!.term}"] .term-shown`))
      .toContain(await uiMessage(popup, 'popupRevealed', 2, target!.count));
    await expect.poll(() => article.evaluate(() => scrollY)).not.toBe(firstScroll);
    await popup.close();
  });

  it('searches the whole glossary by pinyin initials, showing summary, members and source', async () => {
    const popup = await openPopup(ext, article);
    await popup.fill('#search-input', 'sgys');
    const first = popup.locator('.entry').first();
    await expect.poll(() => first.locator('.entry-term').textContent(), { timeout: 10_000 }).toBe('四个意识');
    const members = await first.locator('.entry-members li').allTextContents();
    expect(members).toEqual(['政治意识', '大局意识', '核心意识', '看齐意识']);
    expect((await first.locator('.entry-summary').textContent())?.length).toBeGreaterThan(4);
    expect(await first.locator('.entry-source .source').first().textContent()).toMatch(/2016/);
    await screenshot(popup, 'popup-search-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup, 'popup-search-dark');
    await popup.close();
  });
});
