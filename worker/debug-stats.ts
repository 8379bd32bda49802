// Counters the browser tests and the benchmark read through the service worker (no page can).
// They are kept and exposed as globalThis.tifaDebug in test builds only (lib/debug.ts).
import { DEBUG } from '../lib/debug';

export const stats = {
  messages: 0,
  provisionalAnswers: 0,
  warmUps: 0,
  annotateCalls: 0,
  annotatedChars: 0,
  annotateMs: 0,
  warmUpAtEpoch: 0,
  lastAnnotateAtEpoch: 0,
};

/** When the last annotate requests arrived, how long they waited for the engine and took. */
export const recentAnnotates: { atEpoch: number; waitedMs: number; handledMs: number; chars: number }[] = [];

/** The last engine requests (type and sender page), so tests can tell which tab asked. */
export const recentRequests: string[] = [];

export function noteRequest(type: string, url: string | undefined): void {
  if (!DEBUG) return;
  recentRequests.push(`${type} ${url ?? '?'}`);
  if (recentRequests.length > 50) recentRequests.shift();
}

export function noteAnnotate(entry: (typeof recentAnnotates)[number]): void {
  if (!DEBUG) return;
  recentAnnotates.push(entry);
  if (recentAnnotates.length > 20) recentAnnotates.shift();
}

export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Publishes the counters and the given hooks as globalThis.tifaDebug, in test builds only. */
export function exposeDebug(hooks: Record<string, unknown>): void {
  if (DEBUG) Object.assign(globalThis, { tifaDebug: { stats, recentRequests, recentAnnotates, ...hooks } });
}
