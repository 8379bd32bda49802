// Real-browser harness: Debian's Chromium (headless) with the built extension loaded from
// .output/chrome-mv3, plus the local fixture server. Build first: `npx wxt build`.
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getNodeEngine } from '../../core/node/engine';
import { TEST_BUILD_MARKER } from '../../wxt.config';
import { startFixtureServer, articleRoutes, type FixtureRoutes, type FixtureServer } from '../../scripts/serve-fixtures';
import { CATEGORY_HIGHLIGHTS, waitForFinalHighlights, waitForHighlights } from '../../scripts/page-probes';

export {
  CATEGORY_HIGHLIGHTS,
  highlightCentre,
  totalHighlights,
  waitForFinalHighlights,
  waitForHighlights,
} from '../../scripts/page-probes';

export const REPO = resolve(import.meta.dirname, '../..');
/** The built extension; TIFA_EXTENSION_DIR points the tests and benches at another build (A/B runs). */
export const EXTENSION_DIR = process.env.TIFA_EXTENSION_DIR ?? resolve(REPO, '.output/chrome-mv3');
/**
 * The open-card test build (TIFA_OPEN_CARD=1, built by `npm test` into .output/open-card): the
 * card's host is <tifa-ui> with an OPEN shadow root, so Playwright locators and axe-core can read
 * the card's content. Every other build, and the product, keep the card in a closed root.
 */
const DEFAULT_DIR = EXTENSION_DIR;
export const OPEN_CARD_DIR = resolve(REPO, '.output/open-card/chrome-mv3');
export const RESULTS_DIR = resolve(REPO, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker (may be replaced after a restart: use worker()). */
  worker(): Promise<Worker>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile directory (e.g. to check persistence across a browser restart). */
  userDataDir?: string;
  viewport?: { width: number; height: number };
  /**
   * Browser UI language, e.g. zh_CN or en_US: the extension's i18n follows it. On Linux Chromium
   * takes it from the environment (LANGUAGE), and needs Debian's chromium-l10n for zh_CN.
   */
  uiLanguage?: string;
  /** More Chromium switches, e.g. to turn a web platform feature off. */
  extraArgs?: string[];
  /** Load the open-card test build (OPEN_CARD_DIR): for tests that read inside the card. */
  openCard?: boolean;
  /** A touch screen (page.touchscreen.tap), for the tap tests. */
  hasTouch?: boolean;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const EXTENSION_DIR = options.openCard ? OPEN_CARD_DIR : DEFAULT_DIR;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build:test\` first`);
  }
  assertTestBuild(EXTENSION_DIR);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const ownDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tifa-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1200, height: 900 },
    locale: 'zh-CN',
    ...(options.hasTouch ? { hasTouch: true } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...(options.extraArgs ?? []),
    ],
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage } } : {}),
  });
  const worker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (existing) return existing;
    return context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 30_000,
    });
  };
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    worker,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The same Chromium without the extension: the baseline a page costs on its own. */
export async function launchPlain(viewport = { width: 1200, height: 900 }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tifa-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function startServer(routes: FixtureRoutes = articleRoutes()): Promise<FixtureServer> {
  return startFixtureServer(routes);
}

/** Full-page or viewport screenshot into test-results/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/**
 * Texts of the ranges in each of Tifa's highlights of the page document (main world), under
 * their canonical names (tifa-formula, …, tifa-active, tifa-flash: see scripts/page-probes.ts).
 */
export async function readHighlights(page: Page | Frame): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    if (!('highlights' in CSS)) return out;
    const names: Record<string, string> = (performance.getEntriesByName('tifa:highlight-names').at(-1) as PerformanceMark | undefined)?.detail ?? {};
    for (const [key, name] of Object.entries(names)) {
      const highlight = CSS.highlights.get(name);
      if (highlight) out[key] = [...highlight].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** The palette Tifa chose for the page's highlights and card (test builds mark it). */
export function highlightPalette(page: Page | Frame): Promise<'dark' | 'light' | null> {
  return page.evaluate(() => (performance.getEntriesByName('tifa:palette').at(-1) as PerformanceMark | undefined)?.detail ?? null);
}

/** The text of the page's <article> the way the content script reads it: one line per block. */
export function articleText(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('article > *')].map((el) => el.textContent ?? '').join('\n'));
}

/** What the engine (the CLI's core) finds in `text`, per highlight name: what a page of it should show. */
export function expectedHighlights(text: string): Record<string, string[]> {
  const annotation = getNodeEngine().annotate(text, { mine: true });
  const expected: Record<string, string[]> = Object.fromEntries(CATEGORY_HIGHLIGHTS.map((n) => [n, []]));
  for (const hit of annotation.terms) {
    for (const o of hit.occurrences) expected[`tifa-${hit.category}`]!.push(text.slice(o.start, o.end));
  }
  return expected;
}

/** What the engine finds in the text of the page's <article>, per highlight name. */
export async function engineHighlights(page: Page): Promise<Record<string, string[]>> {
  return expectedHighlights(await articleText(page));
}

/** Each category highlight holds exactly the expected texts, in any order. */
export function expectSameHighlights(painted: Record<string, string[]>, expected: Record<string, string[]>, label = ''): void {
  const sorted = (list: string[] = []) => [...list].sort();
  for (const name of CATEGORY_HIGHLIGHTS) expect(sorted(painted[name]), `${label}${name}`).toEqual(sorted(expected[name]));
}

/** The background's counters and recent requests (tifaDebug in entrypoints/background/index.ts). */
export interface WorkerDebug {
  stats: Record<'messages' | 'provisionalAnswers' | 'warmUps' | 'annotateCalls' | 'annotatedChars' | 'annotateMs', number>;
  /** "type sender-url" of the last engine requests. */
  recentRequests: string[];
  recentAnnotates: { atEpoch: number; waitedMs: number; handledMs: number; chars: number }[];
}

/** A snapshot of the service worker's debug counters (no page can read them). */
export async function workerDebug(browser: ExtensionBrowser): Promise<WorkerDebug> {
  const sw = await browser.worker();
  return sw.evaluate(() => {
    const { stats, recentRequests, recentAnnotates } = (globalThis as unknown as { tifaDebug: WorkerDebug }).tifaDebug;
    return { stats, recentRequests, recentAnnotates };
  });
}

export interface SeedSession {
  browser: ExtensionBrowser;
  server: FixtureServer;
  /** The seed article, showing its final (not provisional) highlights. */
  page: Page;
  close(): Promise<void>;
}

/** The extension in a fresh browser with the seed article open and fully annotated. */
export async function openSeedArticle(options: LaunchOptions = {}): Promise<SeedSession> {
  const [browser, server] = await Promise.all([launchExtension(options), startServer()]);
  const page = await browser.newPage();
  await page.goto(server.url('/seed.html'));
  await waitForHighlights(page, 20);
  // The first highlights may be provisional (glossary matches while the engine loads); the
  // page's own labels (四个一, 五大行动) arrive with the full answer that replaces them.
  await waitForFinalHighlights(page);
  return {
    browser,
    server,
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The browser tests wait on the session's timing marks and read the worker's counters, which only
 * a test build has (lib/debug.ts): a product build would make them time out, so refuse it.
 */
export function assertTestBuild(dir: string): void {
  if (!existsSync(join(dir, TEST_BUILD_MARKER))) {
    throw new Error(`${dir} is a product build without test hooks: build it with \`TIFA_DEBUG=1 npx wxt build\``);
  }
}

/**
 * axe-core (a dev dependency) run in `page` over `include` (default: the whole document);
 * returns the violations as "rule: target" lines, so a failure says what and where.
 */
export async function axeViolations(page: Page, include?: string[][]): Promise<string[]> {
  const { createRequire } = await import('node:module');
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (inc) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(inc ? { include: inc } : document, { resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, include ?? null);
}
