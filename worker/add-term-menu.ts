// The context menu item "Add to my glossary" on a text selection: it opens the options page's
// form with the selection (and the page it came from) filled in. Needs the "contextMenus"
// permission; the selection reaches nothing but the extension's own page.
import { browser } from '#imports';

export const ADD_TERM_MENU_ID = 'tifa-add-term';

/** Where the form lives, with what to prefill. */
export function addTermFormUrl(selection: string, pageUrl: string | undefined): string {
  const params = new URLSearchParams({ add: selection.trim().slice(0, 30) });
  if (pageUrl) params.set('from', pageUrl);
  return `${browser.runtime.getURL('/options.html')}?${params.toString()}#add-term`;
}

export function registerAddTermMenu(title: string): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: ADD_TERM_MENU_ID, title, contexts: ['selection'] }, () => void browser.runtime.lastError);
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== ADD_TERM_MENU_ID || !info.selectionText) return;
    void browser.tabs.create({ url: addTermFormUrl(info.selectionText, info.pageUrl) });
  });
}
