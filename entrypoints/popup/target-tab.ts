// Which tab the popup speaks about. Normally the active tab of the popup's window; tests open
// popup.html as an ordinary tab and name the page's tab with ?tabId=N.
import { browser, type Browser } from '#imports';

export interface TargetTab {
  id: number;
  /** Undefined when the browser hides it (no permission for that page). */
  url?: string;
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
