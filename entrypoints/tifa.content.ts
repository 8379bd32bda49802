// Content script loader, on every http(s) page from document_start. Its first job is to decide
// whether the page has Chinese, as cheaply as possible: a page without costs one textContent
// test and a few timer re-checks, with no messages and no observers left behind. On a page with
// Chinese it gives the page script a head start (page/loader/head-start.ts: the site's settings, the
// first chunk sent and painted), then imports it (highlighting, tooltip, popup answers: see
// page/loader/handoff.ts).
import { defineContentScript } from '#imports';
import { loadStartPage } from '../page/loader/handoff';
import { askSiteActive, HEAD_START_MAX_WAIT_MS, startHeadStart } from '../page/loader/head-start';
import { registerNoChineseHandlers } from '../page/loader/light-handlers';
import { watchForChinese } from '../page/loader/watch-chinese';
import { GuestContext } from '../page/loader/guest-context';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // document_start so the engine can start warming up while the page is still parsing, and
  // the page script starts at DOMContentLoaded instead of waiting for document_idle.
  runAt: 'document_start',
  // WXT announces each content script start with window.postMessage, whose type carries the
  // extension id: any page could read it (and detect Tifa). Its shutdown path (a "started"
  // event on the document) is not used either: see page/loader/guest-context.ts.
  noScriptStartedPostMessage: true,
  main() {
    const ctx = new GuestContext();
    const isTop = window === window.top;
    let siteActive: Promise<boolean> | null = null;
    let removeNoChineseHandlers: (() => void) | null = null;
    watchForChinese(ctx, document, {
      seenWhileLoading: () => {
        // The background checks the settings for this site before it starts anything.
        siteActive ??= askSiteActive();
      },
      found: () => {
        removeNoChineseHandlers?.();
        removeNoChineseHandlers = null;
        siteActive ??= askSiteActive();
        const headStart = startHeadStart(document, siteActive);
        const headStartDone = new Promise<void>((resolve) => {
          void headStart.settled.then(resolve);
          setTimeout(resolve, HEAD_START_MAX_WAIT_MS);
        });
        headStartDone.then(loadStartPage).then(
          (start) => ctx.isValid && start({ ctx, isTop, headStart }),
          (error: unknown) => console.error('[tifa] could not load the page script', error),
        );
      },
      absent: () => {
        if (isTop) removeNoChineseHandlers = registerNoChineseHandlers();
      },
    });
    ctx.onInvalidated(() => removeNoChineseHandlers?.());
  },
});
