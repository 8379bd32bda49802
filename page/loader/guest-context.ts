// The content script's own lifetime, instead of WXT's ContentScriptContext for everything Tifa
// does on a page. WXT's context ends when it sees a "content script started" CustomEvent on the
// document (or, before WXT 0.20, a window message) whose name carries the extension id: a page
// that learnt that name (WXT also posts it with window.postMessage, which we switch off in
// tifa.content.ts) could replay it and switch Tifa off for itself. This context ends only when
// the extension itself is gone (reloaded, updated, removed: browser.runtime.id is undefined in
// an orphaned content script, and nothing a page does can change that in our isolated world),
// or when Tifa ends it. An orphan then shuts down quietly: every listener, timer and frame
// callback below checks first, so none of them calls into a dead extension and throws.
import { browser } from '#imports';

/** How often a running page script checks that its extension is still there. */
export const ORPHAN_CHECK_MS = 1000;

/** False once this content script's extension was reloaded, updated or removed. */
export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    // Firefox may throw on a dead wrapper instead of answering undefined.
    return false;
  }
}

export class GuestContext {
  private readonly controller = new AbortController();

  /** Aborted when the context ends: pass it to listeners and fetches. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    if (!this.controller.signal.aborted && !extensionAlive()) this.invalidate();
    return !this.controller.signal.aborted;
  }

  /** Ends the context: its listeners, timers and frame callbacks stop, onInvalidated runs once. */
  invalidate(): void {
    if (!this.controller.signal.aborted) this.controller.abort();
  }

  /** Runs `cb` when the context ends. Returns a function that unregisters it. */
  onInvalidated(cb: () => void): () => void {
    if (this.controller.signal.aborted) {
      cb();
      return () => undefined;
    }
    const listener = () => {
      // A failing clean-up step must not keep the others from running.
      try {
        cb();
      } catch {
        /* the page must not see our shutdown */
      }
    };
    this.controller.signal.addEventListener('abort', listener, { once: true });
    return () => this.controller.signal.removeEventListener('abort', listener);
  }

  setTimeout(handler: () => void, ms?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, ms);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, ms: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, ms);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = window.requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  /** A listener removed when the context ends, and never run in an orphaned content script. */
  addEventListener<E extends Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(
      type,
      (event) => {
        if (this.isValid) handler(event as E);
      },
      { ...options, signal: this.controller.signal },
    );
  }

  /**
   * Checks every ORPHAN_CHECK_MS that the extension is still there, so an orphaned page script
   * takes its highlights away even on a page nobody touches. One timer, only on pages with
   * Chinese where the page script runs.
   */
  watchForOrphaning(): void {
    this.setInterval(() => undefined, ORPHAN_CHECK_MS);
  }
}
