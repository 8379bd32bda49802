// `npm start`: build the extension, serve the seed article as a demo page, and open Chromium
// with Tifa loaded on it. With a display the browser stays open until you close it; without
// one (CI, ssh) it runs headless, hovers 四个一 and writes a screenshot instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { articleRoutes, startFixtureServer } from './serve-fixtures';
import { highlightCentre, waitForFinalHighlights, waitForHighlights } from './page-probes';

const REPO = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = resolve(REPO, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = resolve(REPO, 'test-results/start.png');
const HOVER_TERM = '四个一';

function step(message: string): void {
  console.log(`[tifa] ${message}`);
}

function fail(message: string): never {
  console.error(`[tifa] error: ${message}`);
  process.exit(1);
}

function build(): void {
  step('building the extension (wxt build)…');
  const started = Date.now();
  const wxt = resolve(REPO, 'node_modules/.bin/wxt');
  // A test build: the headless run waits on its 'ready' mark before the screenshot.
  const result = spawnSync(wxt, ['build'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, TIFA_DEBUG: '1' } });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    fail('wxt build failed (output above)');
  }
  step(`built ${relative(REPO, EXTENSION_DIR)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Hover the first highlighted `term`; resolves once its card is on screen. */
async function hoverTerm(page: Page, term: string): Promise<boolean> {
  const point = await highlightCentre(page, term).catch(() => null);
  if (!point) return false;
  await page.mouse.move(point.x, point.y, { steps: 3 });
  // The card is in a closed shadow root, out of the page's (and Playwright's) reach: its 'card'
  // mark (test builds only) says when it shows the term.
  await page.waitForFunction(
    (t) => ((performance.getEntriesByName('tifa:card').at(-1) as PerformanceMark | undefined)?.detail?.term ?? '').includes(t),
    term,
    { timeout: 5_000 },
  );
  return true;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) fail(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  build();

  const server = await startFixtureServer(articleRoutes());
  const demoUrl = server.url('/seed.html');
  step(`serving the demo article at ${demoUrl}`);

  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const profile = mkdtempSync(join(tmpdir(), 'tifa-start-'));
  step(`launching Chromium ${headed ? 'with a window' : 'headless (no display found)'}…`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !headed,
    viewport: headed ? null : { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--no-default-browser-check',
      ...(headed ? [] : ['--no-sandbox', '--disable-gpu']),
    ],
  });
  const cleanup = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(demoUrl);
    step('waiting for highlights…');
    await waitForHighlights(page, 1, 30_000);
    // The first highlights can be provisional while the engine starts; count the final ones.
    const count = await waitForFinalHighlights(page, 300, 30_000);
    step(`${count} highlighted occurrences on the demo page`);

    if (headed) {
      step('ready: hover a highlighted term; click the Tifa toolbar icon for the popup. Close the browser to quit.');
      await new Promise<void>((done) => context.once('close', () => done()));
    } else {
      step(`hovering ${HOVER_TERM}…`);
      if (!(await hoverTerm(page, HOVER_TERM))) {
        step(`${HOVER_TERM} not found on the page; taking the screenshot without a tooltip`);
      }
      mkdirSync(resolve(REPO, 'test-results'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      step(`screenshot written to ${SCREENSHOT}`);
    }
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => fail(err instanceof Error ? err.message : String(err)),
);
