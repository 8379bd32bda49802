// Highlight density from the popup: "first occurrence" leaves one highlight per term on the open
// page at once, "numbered formulas only" leaves no policy term, "every occurrence" brings all back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeedArticle, readHighlights, screenshot, totalHighlights, type SeedSession } from './harness';
import { highlightCounts, openPopup } from './popup-helpers';

let seed: SeedSession;

beforeAll(async () => {
  seed = await openSeedArticle();
});

afterAll(async () => {
  await seed?.close();
});

describe('highlight density', () => {
  it('first occurrence, numbered formulas only, then every occurrence again', async () => {
    const { page } = seed;
    const all = await totalHighlights(page);
    const terms = (await highlightCounts(page)).size;
    const popup = await openPopup(seed.browser, page);
    await popup.waitForSelector('.term-row', { timeout: 20_000 });

    await popup.selectOption('#density', 'first');
    await expect.poll(() => totalHighlights(page), { timeout: 5000 }).toBeLessThan(all);
    const counts = await highlightCounts(page);
    expect(counts.get('清廉机关')).toBe(1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.size).toBe(terms);

    await popup.selectOption('#density', 'formulas');
    await expect.poll(async () => (await readHighlights(page))['tifa-policy']?.length ?? 0, { timeout: 5000 }).toBe(0);
    expect((await readHighlights(page))['tifa-formula']!.length).toBeGreaterThan(5);
    await screenshot(popup, 'popup-density-en');

    await popup.selectOption('#density', 'all');
    await expect.poll(() => totalHighlights(page), { timeout: 5000 }).toBe(all);
    await popup.close();
  });
});
