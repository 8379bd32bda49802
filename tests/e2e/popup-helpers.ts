// Opening the popup for a given page tab, as tests (and reviewers) need: popup.html?tabId=N in
// its own tab, sized like the real popup.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

/**
 * The browser's tab id for `page`. Tab URLs may be hidden from the extension, so the page is
 * brought to the front and the active tab of the focused window is asked for.
 */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await ext.worker();
  const id = await worker.evaluate(async () => {
    // Runs in the service worker, where `chrome` exists; typed minimally here.
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab found for ${page.url()}`);
  return id;
}

export async function openPopup(ext: ExtensionBrowser, target: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const tabId = await tabIdOf(ext, target);
  const popup = await ext.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.emulateMedia({ colorScheme });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Number of highlighted ranges per term text (`tifa-` highlights except the reveal flash). */
export async function highlightCounts(page: Page): Promise<Map<string, number>> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    if (!('highlights' in CSS)) return out;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('tifa-') && !name.startsWith('tifa-flash')) for (const r of h) out.push(r.toString());
    });
    return out;
  });
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export { totalHighlights } from './harness';

/**
 * A UI string as the extension shows it in this browser's UI language (Debian's chromium
 * without chromium-l10n only has en-US; with it, zh-CN shows the Chinese messages).
 */
export async function uiMessage(popup: Page, key: string, ...subs: (string | number)[]): Promise<string> {
  return popup.evaluate(
    ([k, s]) => {
      const { chrome } = globalThis as unknown as { chrome: { i18n: { getMessage(k: string, s: string[]): string } } };
      return chrome.i18n.getMessage(k, s);
    },
    [key, subs.map(String)] as const,
  );
}
