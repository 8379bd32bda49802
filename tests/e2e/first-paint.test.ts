// Once the engine is warm, the loader usually paints the page's first chunk itself, before the
// page script has even been imported, and the page script then takes those highlights over.
// What a reader must see: highlights appear once and stay (no frame goes back to fewer, none
// shows a term twice), and the page ends with exactly the occurrences the engine finds.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleToHtml, readArticle, SEED_ARTICLE } from '../../scripts/serve-fixtures';
import { CATEGORY_HIGHLIGHTS, engineHighlights, expectSameHighlights, openSeedArticle, readHighlights, waitForFinalHighlights, type SeedSession } from './harness';

let seed: SeedSession;

beforeAll(async () => {
  // Cold: the engine loads while this first tab is annotated.
  seed = await openSeedArticle();
});

afterAll(async () => {
  await seed?.close();
});

/** Ranges in the category highlights at every frame, from the first frame on. */
const FRAME_PROBE = `(() => {
  const keys = ${JSON.stringify(CATEGORY_HIGHLIGHTS)};
  const frames = (window.__tifaFrames = []);
  const tick = () => {
    let n = 0;
    // Random names, announced by a test build (scripts/page-probes.ts).
    const names = performance.getEntriesByName('tifa:highlight-names').at(-1)?.detail ?? {};
    if ('highlights' in CSS) for (const key of keys) n += CSS.highlights.get(names[key])?.size ?? 0;
    frames.push(n);
    if (frames.length < 600) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

it('warm loads: the loader paints first, the page script takes over without a gap or a double', async () => {
  let earlyPainted = 0;
  for (let load = 0; load < 4; load++) {
    const page = await seed.browser.newPage();
    await page.addInitScript({ content: FRAME_PROBE });
    await page.goto(seed.server.url('/seed.html'));
    const total = await waitForFinalHighlights(page);
    const { frames, early, used } = await page.evaluate(() => ({
      frames: (window as unknown as { __tifaFrames: number[] }).__tifaFrames,
      early: performance.getEntriesByName('tifa:loader-paint').length,
      used: performance.getEntriesByName('tifa:head-used').length,
    }));
    earlyPainted += early;
    // The page script used the loader's answer for its first chunk: nothing was asked twice.
    expect(used, `load ${load}`).toBe(1);
    const shown = frames.slice(frames.findIndex((n) => n > 0));
    expect(shown.length, `load ${load}: frames ${frames.join(',')}`).toBeGreaterThan(0);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!, `load ${load}: frames ${shown.join(',')}`).toBeGreaterThanOrEqual(shown[i - 1]!);
    expect(Math.max(...shown), `load ${load}`).toBe(total);
    const expected = await engineHighlights(page);
    const painted = await readHighlights(page);
    expectSameHighlights(painted, expected, `load ${load}: `);
    await page.close();
  }
  // The loader waits for its paint before it imports the page script, so a warm engine's
  // answer is painted by the loader on (nearly) every load.
  expect(earlyPainted).toBeGreaterThanOrEqual(2);
});

// A page that re-renders its top paragraphs right after the loader has painted them (news sites
// hydrate after DOMContentLoaded): whatever the timing, no highlight of the old text survives
// and the page ends with exactly what the engine finds in the new text.
const REWRITE = `<script>
  const rewrite = () => {
    const paragraphs = document.querySelectorAll('article p');
    paragraphs[0].textContent = '深入实施“八八战略”，持续深化“最多跑一次”改革，坚决做到“两个维护”。';
    paragraphs[1].textContent = '全面贯彻新发展理念，推动高质量发展。';
    paragraphs[2].textContent = '';
  };
  // Tifa's highlight names are random, announced by a test build (scripts/page-probes.ts).
  const policy = () => CSS.highlights.get(performance.getEntriesByName('tifa:highlight-names').at(-1)?.detail?.['tifa-policy']);
  const wait = () => (policy()?.size ? rewrite() : requestAnimationFrame(wait));
  requestAnimationFrame(wait);
</script>`;

it('a page that rewrites its first paragraphs after the loader painted them ends with the new text\'s highlights only', async () => {
  seed.server.set('/rewrite.html', { body: articleToHtml(readArticle(SEED_ARTICLE)).replace('</body>', `${REWRITE}</body>`) });
  for (let load = 0; load < 2; load++) {
    const page = await seed.browser.newPage();
    await page.goto(seed.server.url('/rewrite.html'));
    await page.waitForFunction(() => document.querySelector('article p')!.textContent!.startsWith('深入实施'));
    await waitForFinalHighlights(page, 600);
    const expected = await engineHighlights(page);
    const painted = await readHighlights(page);
    expectSameHighlights(painted, expected, `load ${load}: `);
    expect(Object.values(painted).flat()).toContain('八八战略');
    await page.close();
  }
});
