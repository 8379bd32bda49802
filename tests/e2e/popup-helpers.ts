// Opening the popup for a given page tab, as tests (and reviewers) need: popup.html?tabId=N in
// its own tab, sized like the real popup.
import type { Page } from 'playwright-core';
import { CATEGORY_HIGHLIGHTS, readHighlights, type ExtensionBrowser } from './harness';

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

/** Number of highlighted ranges per term text, over the category highlights. */
export async function highlightCounts(page: Page): Promise<Map<string, number>> {
  const byName = await readHighlights(page);
  const counts = new Map<string, number>();
  for (const name of CATEGORY_HIGHLIGHTS) for (const t of byName[name] ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

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
