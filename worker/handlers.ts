// What the background answers: one handler per message of lib/protocol.ts. The engine lives in
// engine-host.ts, the badge in badge.ts; this file only routes.
import { searchGlossary } from '../core/glossary-search';
import { buildAnnotateResult } from '../lib/annotate-result';
import { background, type AnnotateResult } from '../lib/protocol';
import { isActiveOn, settingsItem } from '../lib/settings';
import { reportFrameTerms } from './badge';
import { epochNow, noteAnnotate, noteRequest, stats } from './debug-stats';
import { recallDefinitions, rememberDefinitions } from './remembered';
import { allowDictionaryBuild, engineIsReady, getEngine, getGlossary, getQuickMatcher, initWasm, PROVISIONAL_REPLY_MS } from './engine-host';

export async function handleAnnotate(data: { text: string; provisionalOk?: boolean }, senderUrl?: string): Promise<AnnotateResult> {
  const received = performance.now();
  noteRequest('annotate', senderUrl);
  stats.messages++;
  stats.annotateCalls++;
  stats.lastAnnotateAtEpoch = epochNow();
  if (data.provisionalOk && !engineIsReady()) {
    // Still loading: glossary matches found without jieba now, the full result on request.
    void getEngine({ deferBuild: true }).catch(() => undefined);
    const quick = await getQuickMatcher();
    const result = { ...buildAnnotateResult(quick.matcher.annotate(data.text), quick.entriesById), provisional: true };
    stats.provisionalAnswers++;
    allowDictionaryBuild(PROVISIONAL_REPLY_MS);
    return result;
  }
  const { engine, entriesById } = await getEngine();
  const started = performance.now();
  const annotation = engine.annotate(data.text, { mine: true });
  stats.annotateMs += performance.now() - started;
  stats.annotatedChars += data.text.length;
  const result = buildAnnotateResult(annotation, entriesById);
  noteAnnotate({ atEpoch: performance.timeOrigin + received, waitedMs: started - received, handledMs: performance.now() - started, chars: data.text.length });
  return result;
}

/** Whether highlights are on for the sender's site; starts the engine warming up when they are. */
export async function handleWarmUp(senderUrl: string | undefined): Promise<{ active: boolean }> {
  stats.messages++;
  stats.warmUpAtEpoch = epochNow();
  noteRequest('warmUp', senderUrl);
  stats.warmUps++;
  // The glossary (a small file fetched from the package, and the user's from storage) and the
  // quick matcher first, so the provisional answer never queues behind the 4 MB wasm fetch;
  // the compile runs off this thread and commits to nothing: both start before the settings read.
  void getQuickMatcher().catch(() => undefined);
  void initWasm().catch(() => undefined);
  const hostname = senderUrl ? new URL(senderUrl).hostname : '';
  const active = isActiveOn(await settingsItem.getValue(), hostname);
  if (active) void getEngine({ deferBuild: true }).catch(() => undefined);
  return { active };
}

export function registerMessageHandlers(): void {
  background.onMessage('annotate', ({ data, sender }) => handleAnnotate(data, sender.url));
  background.onMessage('reportTermCount', ({ data, sender }) => {
    stats.messages++;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    reportFrameTerms(tabId, sender.frameId ?? 0, data.terms);
  });
  background.onMessage('warmUp', ({ sender }) => handleWarmUp(sender.url ?? sender.tab?.url));
  background.onMessage('rememberDefinitions', async ({ data, sender }) => {
    await rememberDefinitions(data, { url: sender.url ?? sender.tab?.url, incognito: sender.tab?.incognito ?? false });
  });
  background.onMessage('recallDefinitions', ({ data, sender }) => recallDefinitions(data.terms, sender.url ?? sender.tab?.url));
  background.onMessage('searchGlossary', async ({ data }) => {
    stats.messages++;
    // The merged glossary is all a search needs: never wait for (or start) jieba's build.
    return searchGlossary(await getGlossary(), data.query, data.limit);
  });
}
