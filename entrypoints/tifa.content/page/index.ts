// The page script: loaded by the content script loader (../index.ts) only on pages with
// Chinese. Built as an unlisted script (/tifa-page.js, added by a hook in wxt.config.ts).
import { defineUnlistedScript } from '#imports';
import { settingsItem } from '../../../lib/settings';
import { publishStartPage } from '../early/handoff';
import { startPage } from './start';

export default defineUnlistedScript(() => {
  // The stored settings are read at once, while startPage() wires up the page.
  const settings = settingsItem.getValue();
  publishStartPage((start) => startPage(start, settings));
});
