// `npm start`: build the extension, serve the seed article as a demo page, and open Chromium
// with Tifa loaded on it. With a display the browser stays open until you close it; without
// one (CI, ssh) it runs headless, hovers 四个一 and writes a screenshot instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { articleRoutes, startFixtureServer } from './serve-fixtures';

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
  const result = spawnSync(wxt, ['build'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    fail('wxt build failed (output above)');
  }
  step(`built ${relative(REPO, EXTENSION_DIR)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Hover the first occurrence of `term` in the page text, so its tooltip opens. */
async function hoverTerm(page: Page, term: string): Promise<boolean> {
  const box = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, term);
  if (!box) return false;
  await page.mouse.move(box.x, box.y);
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
    await page.waitForFunction(
      () => {
        let n = 0;
        if ('highlights' in CSS) CSS.highlights.forEach((h, name) => name.startsWith('tifa-') && (n += h.size));
        return n > 0;
      },
      undefined,
      { timeout: 30_000 },
    );
    const count = await page.evaluate(() => {
      let n = 0;
      CSS.highlights.forEach((h, name) => name.startsWith('tifa-') && !name.startsWith('tifa-flash') && (n += h.size));
      return n;
    });
    step(`${count} highlighted occurrences on the demo page`);

    if (headed) {
      step('ready: hover a highlighted term; click the Tifa toolbar icon for the popup. Close the browser to quit.');
      await new Promise<void>((done) => context.once('close', () => done()));
    } else {
      if (await hoverTerm(page, HOVER_TERM)) {
        step(`hovering ${HOVER_TERM}…`);
        await page.waitForTimeout(800); // tooltip opens after a short hover delay
      } else {
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
