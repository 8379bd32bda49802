// The content script is split in two so that pages without Chinese pay only for a tiny loader:
// the loader (entrypoints/tifa.content.ts) decides, and only then imports the page script
// (entrypoints/tifa-page.ts, a plain WXT unlisted script: /tifa-page.js). Dynamic import from
// a content script evaluates the module in the same isolated world, so the two halves meet on
// a global keyed by a registered symbol.
import { browser } from '#imports';
import type { GuestContext } from './guest-context';
import type { HeadStart } from './head-start';
import { mark } from '../../lib/debug';

/** Output path of the page script; listed in web_accessible_resources (wxt.config.ts). */
export const PAGE_SCRIPT_PATH = '/tifa-page.js';

export interface PageStart {
  ctx: GuestContext;
  isTop: boolean;
  /** What the loader learnt and sent while the page script loaded. */
  headStart: HeadStart;
}

export type StartPage = (start: PageStart) => void;

const KEY = Symbol.for('tifa.startPage');
type WithStartPage = typeof globalThis & { [KEY]?: StartPage };

export function publishStartPage(start: StartPage): void {
  (globalThis as WithStartPage)[KEY] = start;
}

export async function loadStartPage(): Promise<StartPage> {
  // Typed public paths do not know about a script added by a build hook.
  mark('import');
  await import(/* @vite-ignore */ browser.runtime.getURL(PAGE_SCRIPT_PATH as '/'));
  mark('imported');
  const start = (globalThis as WithStartPage)[KEY];
  if (!start) throw new Error(`${PAGE_SCRIPT_PATH} did not publish its start function`);
  return start;
}
