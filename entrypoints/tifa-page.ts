// The page script: loaded by the content script loader (tifa.content.ts) only on pages with
// Chinese. A plain WXT unlisted script, built as /tifa-page.js.
import { defineUnlistedScript } from '#imports';
import { settingsItem } from '../lib/settings';
import { publishStartPage } from '../page/loader/handoff';
import { startPage } from '../page/start-page';

export default defineUnlistedScript(() => {
  // The stored settings are read at once, while startPage() wires up the page.
  const settings = settingsItem.getValue();
  publishStartPage((start) => startPage(start, settings));
});
