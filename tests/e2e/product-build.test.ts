// Issue 11 item 3: a page must not be able to detect Tifa from test hooks. The other browser
// tests need a test build (TIFA_DEBUG=1: timing marks, the highlight names, the card handle);
// this one builds the product build (no TIFA_DEBUG) beside it and checks, on a page it
// highlights, that none of those hooks reach the page.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM, REPO, startServer } from './harness';
import type { FixtureServer } from '../../scripts/serve-fixtures';
import { TEST_BUILD_MARKER } from '../../wxt.config';

let outDir: string;
let server: FixtureServer;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'tifa-product-'));
  const env: NodeJS.ProcessEnv = { ...process.env, TIFA_OUT_DIR: outDir };
  delete env.TIFA_DEBUG;
  const built = spawnSync(join(REPO, 'node_modules/.bin/wxt'), ['build'], { cwd: REPO, env, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`product build failed:\n${built.stdout}${built.stderr}`);
  server = await startServer();
}, 240_000);

afterAll(async () => {
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const scripts = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));

it('a product build carries no test hooks, and a page it highlights finds no trace of them', { timeout: 120_000 }, async () => {
  const ext = join(outDir, 'chrome-mv3');
  expect(existsSync(join(ext, 'manifest.json'))).toBe(true);
  expect(existsSync(join(ext, TEST_BUILD_MARKER))).toBe(false);
  // The content scripts' code: no debug hook, no mark name left after the bundler dropped DEBUG.
  for (const file of [join(ext, 'content-scripts/tifa.js'), join(ext, 'tifa-page.js')]) {
    const code = readFileSync(file, 'utf8');
    expect(code, file).not.toContain('tifaTest');
    expect(code, file).not.toContain('highlight-names');
  }
  expect(scripts(ext).length).toBeGreaterThan(2);

  const profile = mkdtempSync(join(tmpdir(), 'tifa-product-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run'],
  });
  try {
    const page = await context.newPage();
    await page.goto(server.url('/seed.html'));
    // Without the test build's names, count every highlight: on this page they are all Tifa's.
    await page.waitForFunction(() => {
      let n = 0;
      CSS.highlights.forEach((h) => (n += h.size));
      return n > 20;
    }, null, { timeout: 60_000 });
    const seen = await page.evaluate(() => ({
      marks: performance.getEntries().filter((e) => /tifa/i.test(e.name)).map((e) => e.name),
      names: [...CSS.highlights.keys()].filter((k) => /tifa/i.test(k)),
      markup: /tifa/i.test(document.documentElement.outerHTML),
    }));
    expect(seen).toEqual({ marks: [], names: [], markup: false });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
