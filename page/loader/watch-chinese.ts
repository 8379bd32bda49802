// When does a page have Chinese? Three moments, each as cheap as it can be:
//  - while the <head> is parsed, a Chinese <title> lets the engine start warming up in the
//    background before the page is complete (watching stops when <body> arrives, so a long
//    English page does not pay for an observer over all of its nodes);
//  - at DOMContentLoaded, one textContent test of the body decides;
//  - a page that had none then (client-rendered news sites fill in the article later) is
//    looked at again a few times by timers, with no observer and no message in between.
import type { GuestContext } from './guest-context';
import { HAN_CHAR as CJK } from '../../core/han';
import { mark } from '../../lib/debug';

/** Re-check delays after the load event, for pages that render their article late. */
export const RECHECK_AFTER_LOAD_MS = [0, 2000, 8000] as const;

export interface ChineseWatch {
  /** Chinese seen while parsing (before `found`), at most once. */
  seenWhileLoading(): void;
  /** The body has Chinese: start the page script. At most once. */
  found(): void;
  /** No Chinese at DOMContentLoaded (re-checks may still call found later). */
  absent(): void;
}

/** Elements whose text is never shown (textContent includes them, a reader never sees them). */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * One native textContent test settles most pages. Only when it finds Chinese are the Text
 * nodes walked, to make sure it is not just in an inline script (client-rendered pages often
 * carry their article as JSON in a <script> before they render it).
 */
export function bodyHasChinese(doc: Document): boolean {
  const body = doc.body;
  if (body === null || !CJK.test(body.textContent ?? '')) return false;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (CJK.test((n as Text).data) && !UNSEEN.has(n.parentElement?.tagName ?? '')) return true;
  }
  return false;
}

export function watchForChinese(ctx: GuestContext, doc: Document, watch: ChineseWatch): void {
  let seenDone = false;
  let observer: MutationObserver | null = null;
  const seenWhileLoading = () => {
    observer?.disconnect();
    observer = null;
    if (seenDone) return;
    seenDone = true;
    watch.seenWhileLoading();
  };
  const decide = (): boolean => {
    if (!ctx.isValid || !bodyHasChinese(doc)) return false;
    mark('found');
    seenWhileLoading();
    watch.found();
    return true;
  };
  const recheckLater = () => {
    let attempt = 0;
    const next = () => {
      if (attempt >= RECHECK_AFTER_LOAD_MS.length || !ctx.isValid) return;
      ctx.setTimeout(() => {
        if (!decide()) next();
      }, RECHECK_AFTER_LOAD_MS[attempt++]);
    };
    if (doc.readyState === 'complete') next();
    else ctx.addEventListener(window, 'load', next, { once: true });
  };
  const atDomReady = () => {
    observer?.disconnect();
    observer = null;
    if (decide()) return;
    watch.absent();
    recheckLater();
  };
  if (doc.readyState !== 'loading') {
    atDomReady();
    return;
  }
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE && CJK.test((node as Text).data)) return seenWhileLoading();
        if (node.nodeName === 'BODY') {
          observer?.disconnect();
          observer = null;
          return;
        }
      }
    }
  });
  observer.observe(doc, { childList: true, subtree: true });
  ctx.addEventListener(doc, 'DOMContentLoaded', atDomReady, { once: true });
}
