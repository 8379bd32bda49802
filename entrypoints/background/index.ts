// Background: hosts the engine (jieba-wasm cannot run in content scripts on most news sites,
// see docs/ARCHITECTURE.md) and the badge. main() stays synchronous so every listener is
// registered before the first event of a freshly started service worker is dispatched.
import { browser, defineBackground } from '#imports';
import { background } from '../../lib/protocol';
import { buildAnnotateResult } from '../../lib/annotate-result';
import { isActiveOn, settingsItem, updateSettings, withHighlights } from '../../lib/settings';
import { userGlossaryItem } from '../../lib/user-glossary';
import { searchGlossary } from '../../core/glossary-search';
import { allowDictionaryBuild, engineIsReady, getEngine, getQuickMatcher, initTimings, initWasm, invalidateEngine, rawTokenize, setUserGlossarySource } from '../../worker/engine-host';
import { forgetTab, reportFrameTerms, resetTab, setBadgesShown } from '../../worker/badge';

/** Counters the e2e tests and the benchmark read through the service worker (no page can). */
const stats = { messages: 0, provisionalAnswers: 0, warmUps: 0, annotateCalls: 0, annotatedChars: 0, annotateMs: 0, warmUpAtEpoch: 0, lastAnnotateAtEpoch: 0 };

/** When the last annotate requests arrived, how long they waited for the engine and took. */
const recentAnnotates: { atEpoch: number; waitedMs: number; handledMs: number; chars: number }[] = [];

/** The last engine requests (type and sender page), so tests can tell which tab asked. */
const recentRequests: string[] = [];
function noteRequest(type: string, url: string | undefined): void {
  recentRequests.push(`${type} ${url ?? '?'}`);
  if (recentRequests.length > 50) recentRequests.shift();
}

export default defineBackground(() => {
  setUserGlossarySource(() => userGlossaryItem.getValue());
  Object.assign(globalThis, { tifaDebug: { stats, recentRequests, recentAnnotates, initTimings, getEngine, rawTokenize } });

  background.onMessage('annotate', async ({ data, sender }) => {
    const received = performance.now();
    noteRequest('annotate', sender.url);
    stats.messages++;
    stats.annotateCalls++;
    stats.lastAnnotateAtEpoch = performance.timeOrigin + performance.now();
    if (data.provisionalOk && !engineIsReady()) {
      // Still loading: glossary matches found without jieba now, the full result on request.
      void getEngine({ deferBuild: true }).catch(() => undefined);
      const quick = await getQuickMatcher();
      const result = { ...buildAnnotateResult(quick.matcher.annotate(data.text), quick.entriesById), provisional: true };
      stats.provisionalAnswers++;
      allowDictionaryBuild();
      return result;
    }
    const { engine, entriesById } = await getEngine();
    const started = performance.now();
    const annotation = engine.annotate(data.text, { mine: true });
    stats.annotateMs += performance.now() - started;
    stats.annotatedChars += data.text.length;
    const result = buildAnnotateResult(annotation, entriesById);
    recentAnnotates.push({ atEpoch: performance.timeOrigin + received, waitedMs: started - received, handledMs: performance.now() - started, chars: data.text.length });
    if (recentAnnotates.length > 20) recentAnnotates.shift();
    return result;
  });

  background.onMessage('reportTermCount', ({ data, sender }) => {
    stats.messages++;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    reportFrameTerms(tabId, sender.frameId ?? 0, data.terms);
  });

  background.onMessage('warmUp', async ({ sender }) => {
    stats.messages++;
    stats.warmUpAtEpoch = performance.timeOrigin + performance.now();
    noteRequest('warmUp', sender.url);
    stats.warmUps++;
    // The compile runs off this thread and commits to nothing: start it before the settings read.
    void initWasm().catch(() => undefined);
    const url = sender.url ?? sender.tab?.url;
    const hostname = url ? new URL(url).hostname : '';
    const active = isActiveOn(await settingsItem.getValue(), hostname);
    if (active) void getEngine({ deferBuild: true }).catch(() => undefined);
    return { active };
  });

  background.onMessage('searchGlossary', async ({ data }) => {
    stats.messages++;
    const { engine } = await getEngine();
    return searchGlossary(engine.glossary, data.query, data.limit);
  });

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
});
