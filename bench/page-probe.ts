// Page-side measurements shared by the e2e benchmarks (bench/e2e.ts, bench/e2e-floor.ts).
import type { BrowserContext } from 'playwright-core';

// Installed before any page script: records DOMContentLoaded, the first painted highlight, and
// long tasks on the page's main thread (content scripts run there too).
// A string, not a function: tsx compiles with keepNames, whose __name() helper does not exist
// in the page.
const PROBE = `(() => {
  const probe = (window.__tifaProbe = { dcl: -1, first: -1, longest: 0, longTasks: 0, beforeDcl: 0 });
  document.addEventListener('DOMContentLoaded', () => (probe.dcl = performance.now()));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        // Tasks before DOMContentLoaded are the page's own parsing, not the extension.
        if (probe.dcl < 0 || e.startTime < probe.dcl) { probe.beforeDcl = Math.max(probe.beforeDcl, e.duration); continue; }
        probe.longest = Math.max(probe.longest, e.duration);
        probe.longTasks++;
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const poll = () => {
    let n = 0;
    // Tifa's names are random per page, announced by a test build (scripts/page-probes.ts); the
    // bench's minimal floor extension uses the plain names.
    const names = performance.getEntriesByName('tifa:highlight-names').at(-1)?.detail ?? {};
    if ('highlights' in CSS) for (const key of ['tifa-formula', 'tifa-enumeration', 'tifa-policy']) n += CSS.highlights.get(names[key] ?? key)?.size ?? 0;
    if (n > 0) probe.first = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

export interface Probe { dcl: number; first: number; longest: number; longTasks: number; beforeDcl: number; marks?: Record<string, number>; dclEpoch?: number; ours: number }

export async function load(context: BrowserContext, url: string, settleMs: number, waitForHighlight = true): Promise<Probe> {
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  await page.goto(url);
  if (waitForHighlight) await page.waitForFunction(() => (window as unknown as { __tifaProbe: Probe }).__tifaProbe.first > 0, null, { timeout: 60_000 });
  // A cold engine answers the first chunk provisionally (glossary matches without jieba); the
  // page is settled, and the engine warm for the next load, once the full result replaced it.
  if (waitForHighlight) await page.waitForFunction(() => performance.getEntriesByName('tifa:received').length === 0 || performance.getEntriesByName('tifa:full').length === performance.getEntriesByName('tifa:provisional').length, null, { timeout: 60_000 });
  await page.waitForTimeout(settleMs);
  const probe = await page.evaluate(() => {
    const p = (window as unknown as { __tifaProbe: Probe }).__tifaProbe;
    // The content script's own performance marks (same Performance object as the page).
    p.dclEpoch = performance.timeOrigin + p.dcl;
    // The content script's own stretches over 16 ms between yields (session.ts measures them).
    p.ours = Math.max(0, ...performance.getEntriesByName('tifa:long-slice').map((m) => m.duration));
    p.marks = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('tifa:')).map((m) => [m.name.slice(5), Math.round(m.startTime - p.dcl)]));
    return p;
  });
  await page.close();
  return probe;
}

/** Script time of a page load (all worlds of the renderer, so the content script included). */
export async function scriptMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  // Past the content script's late re-checks for Chinese (load, +2 s, +8 s are timers: the
  // first two fall inside this window).
  await page.waitForTimeout(2500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

export const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;

/** Median of `runs` fresh page loads. */
export async function medianScriptMs(context: BrowserContext, url: string, runs = 5): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await scriptMs(context, url));
  return median(values);
}

export function line(label: string, value: string, target: string, ok: boolean): void {
  console.log(`${ok ? 'ok  ' : 'MISS'} ${label.padEnd(52)} ${value.padStart(12)}   target ${target}`);
}
