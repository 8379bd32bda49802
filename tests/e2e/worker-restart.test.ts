// Chrome stops idle extension service workers; the next page must still be annotated, by an
// engine the restarted worker builds again on demand.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FixtureServer } from '../../scripts/serve-fixtures';
import { launchExtension, readHighlights, startServer, waitForFinalHighlights, waitForHighlights, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtension(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('highlights a page opened after the service worker was stopped', async () => {
  const first = await browser.newPage();
  await first.goto(server.url('/seed.html'));
  await waitForHighlights(first, 20);
  const before = await waitForFinalHighlights(first);
  const marker = () =>
    browser.worker().then((w) => w.evaluate(() => (globalThis as { restartMarker?: boolean }).restartMarker ?? false));
  await (await browser.worker()).evaluate(() => void ((globalThis as { restartMarker?: boolean }).restartMarker = true));

  // Stop the extension's service worker, as Chrome does after 30 s of idleness. The
  // ServiceWorker domain acts on the origin of the page the session is attached to.
  const extensionPage = await browser.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const cdp = await browser.context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await extensionPage.close();

  const second = await browser.newPage();
  await second.goto(server.url('/seed.html'));
  await waitForHighlights(second, 20);
  expect(await waitForFinalHighlights(second)).toBe(before);
  expect(Object.values(await readHighlights(second)).flat()).toContain('四个一');
  // It was a new worker that did it: the old one's globals are gone.
  expect(await marker()).toBe(false);
});
