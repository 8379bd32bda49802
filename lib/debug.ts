// Timing marks and counters for the browser tests and benchmarks, and nothing else. They exist
// only in a test build (TIFA_DEBUG=1 wxt build, as `npm test` and `npm run bench:e2e` build):
// in the product build DEBUG is the constant false and the bundler drops every use, so a page
// cannot read tifa:* performance marks or find a debug hook.
declare const __TIFA_DEBUG__: boolean | undefined;
declare const __TIFA_OPEN_CARD__: boolean | undefined;

export const DEBUG: boolean = typeof __TIFA_DEBUG__ !== 'undefined' && __TIFA_DEBUG__ === true;

/**
 * The open-card test build (TIFA_DEBUG=1 TIFA_OPEN_CARD=1): the card's host is <tifa-ui> with an
 * open shadow root, so the browser tests' locators and axe-core can read it. Never in a product
 * build, nor in the default test build, whose tests check the closed root pages get.
 */
export const OPEN_CARD_FOR_TESTS: boolean = DEBUG && typeof __TIFA_OPEN_CARD__ !== 'undefined' && __TIFA_OPEN_CARD__ === true;

/** A performance mark named tifa:<name>, in test builds only. */
export function mark(name: string): void {
  if (DEBUG) performance.mark(`tifa:${name}`);
}

/** A mark carrying data for the tests (e.g. the random highlight names), in test builds only. */
export function markWithDetail(name: string, detail: unknown): void {
  if (DEBUG) performance.mark(`tifa:${name}`, { detail });
}

/**
 * Test builds only: a handle on the global of the content script's isolated world, which the
 * page's scripts cannot reach. The browser tests read it through the DevTools protocol (the
 * card's closed shadow root, for instance: tests/e2e/card-probe.ts).
 */
export function exposeForTests(key: string, value: unknown): void {
  if (!DEBUG) return;
  const g = globalThis as { tifaTest?: Record<string, unknown> };
  (g.tifaTest ??= {})[key] = value;
}

/** Our own stretches of main-thread work over 16 ms, as a measure the benchmark can read. */
export function noteLongSlice(start: number, site = ''): void {
  if (DEBUG && performance.now() - start > 16) performance.measure('tifa:long-slice', { start, detail: site });
}
