// The Firefox build (.output/firefox-mv3) in Debian's Firefox ESR, driven over WebDriver BiDi by
// puppeteer-core (no patched browser needed): a Firefox reader gets the same highlights as the
// engine finds in the page text, and the hover cards. The popup is not covered: Firefox's BiDi
// will not navigate a tab to moz-extension:// pages.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { articleRoutes, startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { scrollToHighlighted } from '../../scripts/page-probes';
import { assertTestBuild, CATEGORY_HIGHLIGHTS, expectedHighlights, expectSameHighlights, REPO, RESULTS_DIR } from './harness';

// The open-card test build: two of these tests read inside the card (no way into a closed root over BiDi).
const EXTENSION_DIR = resolve(REPO, '.output/open-card/firefox-mv3');
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    if (!('highlights' in CSS)) return out;
    // Random names, announced by a test build (scripts/page-probes.ts).
    const names: Record<string, string> = (performance.getEntriesByName('tifa:highlight-names').at(-1) as PerformanceMark | undefined)?.detail ?? {};
    for (const [key, name] of Object.entries(names)) {
      const h = CSS.highlights.get(name);
      if (h) out[key] = [...(h as unknown as Iterable<Range>)].map((r) => r.toString());
    }
    return out;
  });
}

let browser: Browser;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No Firefox build at ${EXTENSION_DIR}: run \`TIFA_DEBUG=1 npx wxt build -b firefox\``);
  assertTestBuild(EXTENSION_DIR);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (apt-get install firefox-esr)`);
  server = await startFixtureServer(articleRoutes());
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(EXTENSION_DIR);
  page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  await page.goto(server.url('/seed.html'));
  await until('highlights in all three categories', async () => {
    const h = await readHighlights(page);
    return CATEGORY_HIGHLIGHTS.every((c) => (h[c]?.length ?? 0) > 0);
  });
  // Provisional answers (glossary only, while the engine loads) are replaced by the full one.
  await until('the full answer', () =>
    page.evaluate(
      () =>
        performance.getEntriesByName('tifa:full').length > 0 &&
        performance.getEntriesByName('tifa:full').length === performance.getEntriesByName('tifa:provisional').length,
    ),
  );
  await sleep(500);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Hover the first highlighted `term`; resolves with the card's text. */
async function hover(term: string): Promise<string> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await sleep(300);
  const point = await page.evaluate(scrollToHighlighted, term);
  if (!point) throw new Error(`${term} is not highlighted`);
  // One jump, not a path: a path over other terms would open their cards first.
  await page.mouse.move(point.x, point.y);
  return until(
    `the card for ${term}`,
    () =>
      page.evaluate((t) => {
        // The card's shadow root is closed, and Firefox's content-script world is out of reach
        // of WebDriver BiDi: a test build marks what each card shows (tifa:card).
        const shown = (performance.getEntriesByName('tifa:card').at(-1) as PerformanceMark | undefined)?.detail as { term: string; text: string } | undefined;
        return shown?.term === t ? shown.text : null;
      }, term),
    5000,
  );
}

describe('the Firefox build in Firefox ESR', () => {
  it('highlights exactly the occurrences the engine finds in the page text, per category', async () => {
    const text = await page.evaluate(() => [...document.querySelectorAll('article > *')].map((el) => el.textContent ?? '').join('\n'));
    const got = await readHighlights(page);
    expectSameHighlights(got, expectedHighlights(text));
    expect(got['tifa-formula']).toContain('四个意识');
    expect(got['tifa-enumeration']).toContain('四个一');
    await page.screenshot({ path: join(RESULTS_DIR, 'firefox-seed.png') });
  });

  it('hovering 四个意识 opens the card with the glossary explanation and its source', async () => {
    const card = await hover('四个意识');
    await page.screenshot({ path: join(RESULTS_DIR, 'firefox-tooltip.png') });
    for (const member of ['政治意识', '大局意识', '核心意识', '看齐意识']) expect(card).toContain(member);
    expect(card).toContain('中央政治局会议');
  });

  it('hovering 四个一 shows the four members this page names', async () => {
    const card = await hover('四个一');
    for (const member of ['一个前提', '一个关键', '一个路径', '一个目标']) expect(card).toContain(member);
  });

  it('the card shows the English marked as Tifa’s own, and a card opened from the keyboard is announced', async () => {
    const card = await hover('四个意识');
    expect(card).toContain('the "four consciousnesses"');
    expect(await page.evaluate(() => document.querySelector('tifa-ui')?.shadowRoot?.querySelector('.english')?.getAttribute('data-official'))).toBe('no');
    await page.keyboard.press('Escape');
    await page.mouse.move(2, 2);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const announced = await until('the live region', () =>
      page.evaluate(() => {
        const root = document.querySelector('tifa-ui')?.shadowRoot;
        const term = root?.querySelector('.tip .term')?.textContent;
        const live = root?.querySelector('[aria-live="polite"]')?.textContent;
        return term && live?.includes(term) ? live : null;
      }),
    );
    expect(announced.length).toBeGreaterThan(2);
  });
});
