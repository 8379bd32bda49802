// Background: hosts the engine (jieba-wasm cannot run in content scripts on most news sites,
// see docs/ARCHITECTURE.md) and the badge. main() stays synchronous so every listener is
// registered before the first event of a freshly started service worker is dispatched.
import { browser, defineBackground } from '#imports';
import { settingsItem, updateSettings, withHighlights } from '../../lib/settings';
import { loadBundledGlossary } from '../../core/bundled-glossary';
import { userGlossaryItem } from '../../lib/user-glossary';
import { readUserTerms, userTermsItem } from '../../lib/user-terms';
import { readerGlossary } from '../../lib/user-terms-model';
import { registerAddTermMenu } from '../../worker/add-term-menu';
import { forgetTab, resetTab, setBadgesShown } from '../../worker/badge';
import { exposeDebug } from '../../worker/debug-stats';
import { getEngine, initTimings, invalidateEngine, rawTokenize, setUserGlossarySource } from '../../worker/engine-host';
import { registerMessageHandlers } from '../../worker/handlers';

export default defineBackground(() => {
  // The imported glossary file and the reader's own terms, kept apart in storage so a glossary
  // update (bundled or imported) never loses a term the reader added.
  setUserGlossarySource(async () => readerGlossary((await loadBundledGlossary()).glossary, await userGlossaryItem.getValue(), await readUserTerms()).glossary);
  registerAddTermMenu(browser.i18n.getMessage('menuAddTerm'));
  exposeDebug({ initTimings, getEngine, rawTokenize });
  registerMessageHandlers();

  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) resetTab(tabId);
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') void updateSettings((s) => withHighlights(s, !s.highlightsEnabled));
  });

  void settingsItem.getValue().then((s) => setBadgesShown(s.highlightsEnabled));
  settingsItem.watch((s) => setBadgesShown(s.highlightsEnabled));
  userGlossaryItem.watch(() => invalidateEngine());
  userTermsItem.watch(() => invalidateEngine());
});
