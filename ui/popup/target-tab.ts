// Which tab the popup speaks about. Normally the active tab of the popup's window; tests open
// popup.html as an ordinary tab and name the page's tab with ?tabId=N.
import { browser, type Browser } from '#imports';
import { tab as tabMessages } from '../../lib/protocol';

export interface TargetTab {
  id: number;
  /** Undefined when neither the browser nor the page would tell (no content script there). */
  url?: string;
}

const PAGE_INFO_TRIES = 6;
const PAGE_INFO_WAIT_MS = 250;

/**
 * Chrome hides tabs.Tab.url without the "tabs" permission; the content script knows its own
 * location. A page that just loaded may not answer yet, hence a few short retries.
 */
export async function urlFromPage(tabId: number): Promise<string | undefined> {
  for (let i = 0; i < PAGE_INFO_TRIES; i++) {
    try {
      return (await tabMessages.sendMessage('getPageInfo', undefined, tabId)).url;
    } catch {
      await new Promise((r) => setTimeout(r, PAGE_INFO_WAIT_MS));
    }
  }
  return undefined;
}

export async function findTargetTab(search = location.search): Promise<TargetTab | null> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  let tab: Browser.tabs.Tab | undefined;
  if (Number.isInteger(requested) && requested > 0) {
    tab = await browser.tabs.get(requested).catch(() => undefined);
  } else {
    [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  }
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url };
}
