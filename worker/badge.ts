// Badge = distinct terms on a tab. Frames report separately, so keep each frame's terms and
// count their union. Tabs close and navigate while requests are in flight: every badge call
// tolerates a tab that no longer exists.
import { browser } from '#imports';

const termsByTab = new Map<number, Map<number, Set<string>>>();
let badgesShown = true;

export function reportFrameTerms(tabId: number, frameId: number, terms: string[]): void {
  let frames = termsByTab.get(tabId);
  if (!frames) termsByTab.set(tabId, (frames = new Map()));
  frames.set(frameId, new Set(terms));
  void render(tabId);
}

export function forgetTab(tabId: number): void {
  termsByTab.delete(tabId);
}

/** A top-level navigation starts a new page: its old frames' terms no longer apply. */
export function resetTab(tabId: number): void {
  termsByTab.delete(tabId);
  void render(tabId);
}

export function setBadgesShown(shown: boolean): void {
  badgesShown = shown;
  for (const tabId of termsByTab.keys()) void render(tabId);
}

export function distinctTerms(tabId: number): number {
  const union = new Set<string>();
  for (const terms of termsByTab.get(tabId)?.values() ?? []) for (const t of terms) union.add(t);
  return union.size;
}

async function render(tabId: number): Promise<void> {
  const count = badgesShown ? distinctTerms(tabId) : 0;
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: '#8a3b12' });
  } catch {
    // The tab closed before we got here; nothing to show.
    termsByTab.delete(tabId);
  }
}
