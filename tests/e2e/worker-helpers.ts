// Helpers for the worker-stop browser test and the e2e bench.
import { readArticle, SEED_ARTICLE } from '../../scripts/serve-fixtures';
import type { ExtensionBrowser } from './harness';

/** ~240k characters of real article text: a dozen chunks, two in flight at a time. */
export function largeArticle(): string {
  const [title, ...body] = readArticle(SEED_ARTICLE).split('\n');
  return [title, ...Array.from({ length: 30 }, () => body).flat()].join('\n');
}

/** A handle that stops the extension's service workers at once (as Chrome does on its own). */
export async function workerStopper(b: ExtensionBrowser): Promise<() => Promise<void>> {
  // The ServiceWorker domain acts on the origin of the page the session is attached to.
  const extensionPage = await b.newPage();
  await extensionPage.goto(`chrome-extension://${b.extensionId}/popup.html`);
  const cdp = await b.context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  return async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
  };
}

