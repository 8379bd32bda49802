// Playwright probes of what a reader sees of Tifa on a page: its highlights and their
// positions. Shared by the browser tests and `npm start`.
import type { Frame, Page } from 'playwright-core';

/** A page or one of its frames: each document has its own highlight registry. */
export type PageOrFrame = Page | Frame;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const CATEGORY_HIGHLIGHTS = ['tifa-formula', 'tifa-enumeration', 'tifa-policy'] as const;

/*
 * Tifa registers its highlights under random names, new for each page (page/paint/
 * highlight-style.ts), so that a page cannot test for fixed ones. A test build announces them in
 * a `tifa:highlight-names` mark: { 'tifa-formula': <name>, … 'tifa-active', 'tifa-flash' }. The
 * probes below run in the page (passed to evaluate(), so each reads the mark itself) and speak
 * of the highlights by these canonical tifa-* names.
 */

/** Wait until the page has at least `min` highlighted ranges in `tifa-` highlights. */
export async function waitForHighlights(page: PageOrFrame, min = 1, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      if (!('highlights' in CSS)) return false;
      const names = (performance.getEntriesByName('tifa:highlight-names').at(-1) as PerformanceMark | undefined)?.detail ?? {};
      let total = 0;
      for (const key of ['tifa-formula', 'tifa-enumeration', 'tifa-policy']) total += CSS.highlights.get(names[key])?.size ?? 0;
      return total >= n;
    },
    min,
    { timeout },
  );
}

/** Number of ranges in the `tifa-` category highlights. */
export function totalHighlights(page: PageOrFrame): Promise<number> {
  return page.evaluate((keys) => {
    const names = (performance.getEntriesByName('tifa:highlight-names').at(-1) as PerformanceMark | undefined)?.detail ?? {};
    let total = 0;
    if ('highlights' in CSS) for (const key of keys) total += CSS.highlights.get(names[key])?.size ?? 0;
    return total;
  }, [...CATEGORY_HIGHLIGHTS] as string[]);
}

/**
 * Resolves, with the highlight count, once the page shows its final highlights: the page
 * script has answered all it collected (a first paint may come from the loader alone), every
 * provisional answer (glossary matches sent while the engine loads) has been replaced by the
 * full one, and the count has not changed for `quietMs`.
 */
export async function waitForFinalHighlights(page: PageOrFrame, quietMs = 300, timeout = 20_000): Promise<number> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('tifa:ready').length > 0 &&
      performance.getEntriesByName('tifa:full').length === performance.getEntriesByName('tifa:provisional').length,
    null,
    { timeout },
  );
  const deadline = Date.now() + timeout;
  let last = await totalHighlights(page);
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`highlight count still changing after ${timeout} ms (last ${last})`);
    await sleep(50);
    const now = await totalHighlights(page);
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
  return last;
}

/**
 * Runs in the page (passed to evaluate(), so it uses nothing from outside): scrolls the first
 * highlighted occurrence whose text is `surface` into view and returns its centre in viewport
 * coordinates, or null. Shared by the Playwright probes and the Firefox test (Puppeteer).
 */
export const scrollToHighlighted = (surface: string): { x: number; y: number } | null => {
  const names = (performance.getEntriesByName('tifa:highlight-names').at(-1) as PerformanceMark | undefined)?.detail ?? {};
  for (const key of ['tifa-formula', 'tifa-enumeration', 'tifa-policy', 'tifa-active']) {
    const h = CSS.highlights.get(names[key]);
    if (!h) continue;
    for (const r of h as Highlight) {
      const range = r as Range;
      if (range.toString() !== surface) continue;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
};

/** The centre of the first highlighted `surface`, scrolled into view, for hovering it with the mouse. */
export async function highlightCentre(page: PageOrFrame, surface: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(scrollToHighlighted, surface);
  if (!point) throw new Error(`${surface} is not highlighted`);
  return point;
}
