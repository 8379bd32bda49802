// Content script loader, on every http(s) page from document_start. Its whole job is to decide
// whether the page has Chinese, as cheaply as possible, and only then load the page script
// (highlighting, tooltip, popup answers: see early/handoff.ts). A page without Chinese costs
// one textContent test and a few timer re-checks: no messages, no observers left behind.
import { defineContentScript } from '#imports';
import { background } from '../../lib/protocol';
import { loadStartPage, type StartPage } from './early/handoff';
import { registerNoChineseHandlers } from './early/light-handlers';
import { watchForChinese } from './early/watch-chinese';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // document_start so the engine can start warming up while the page is still parsing, and
  // the page script starts at DOMContentLoaded instead of waiting for document_idle.
  runAt: 'document_start',
  main(ctx) {
    const isTop = window === window.top;
    let page: Promise<StartPage> | null = null;
    let removeNoChineseHandlers: (() => void) | null = null;
    watchForChinese(ctx, document, {
      early: () => {
        // The background checks the settings for this site before it starts anything.
        void background.sendMessage('warmUp', undefined).catch(() => undefined);
        page ??= loadStartPage();
      },
      found: () => {
        removeNoChineseHandlers?.();
        removeNoChineseHandlers = null;
        page ??= loadStartPage();
        page.then(
          (start) => ctx.isValid && start({ ctx, isTop }),
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
