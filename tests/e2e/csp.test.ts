// Test 5: a page whose CSP forbids inline script and wasm still gets highlights, because the
// engine runs in the service worker, not in the page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleToHtml, readArticle, SEED_ARTICLE, startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchExtension, readHighlights, waitForFinalHighlights, waitForHighlights, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  const csp = "script-src 'self'; object-src 'none'";
  [browser, server] = await Promise.all([
    launchExtension(),
    startFixtureServer({ '/strict.html': { body: articleToHtml(readArticle(SEED_ARTICLE)), headers: { 'Content-Security-Policy': csp } } }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('highlights the seed article on a page served with Content-Security-Policy: script-src \'self\'', async () => {
  const page = await browser.newPage();
  const response = await page.goto(server.url('/strict.html'));
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  // The page itself cannot compile wasm under this policy: the proof that the CSP is in force.
  const pageWasm = await page.evaluate(async () => {
    try {
      await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return 'compiled';
    } catch {
      return 'refused';
    }
  });
  expect(pageWasm).toBe('refused');
  await waitForHighlights(page, 20);
  // The first highlights cover the top of the page (and may be provisional): wait for all.
  await waitForFinalHighlights(page);
  const all = Object.values(await readHighlights(page)).flat();
  expect(all).toContain('四个意识');
  expect(all).toContain('八八战略');
});
