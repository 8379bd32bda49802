// The card lives in a closed shadow root: page scripts (and so Playwright's locators, which run
// as page script) cannot see into it. The tests get in the way no page can: through the
// DevTools protocol, in the content script's isolated world, where a test build (and only a
// test build: lib/debug.ts exposeForTests) leaves a handle on the root.
import type { CDPSession, Page } from 'playwright-core';

interface World {
  cdp: CDPSession;
  /** Isolated worlds of the page's main frame, newest last. */
  contexts: { id: number; frameId: string; isolated: boolean }[];
  mainFrame: string;
}

const worlds = new WeakMap<Page, Promise<World>>();

function worldOf(page: Page): Promise<World> {
  let world = worlds.get(page);
  if (!world) {
    world = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const w: World = { cdp, contexts: [], mainFrame: '' };
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { frameId?: string; type?: string } | undefined;
        w.contexts.push({ id: context.id, frameId: aux?.frameId ?? '', isolated: aux?.type === 'isolated' });
      });
      cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
        w.contexts = w.contexts.filter((c) => c.id !== executionContextId);
      });
      cdp.on('Runtime.executionContextsCleared', () => (w.contexts = []));
      await cdp.send('Runtime.enable');
      w.mainFrame = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
      return w;
    })();
    worlds.set(page, world);
  }
  return world;
}

/**
 * Evaluates `expression` in the isolated world of the page's main frame that holds Tifa's test
 * handle (globalThis.tifaTest); undefined when there is none yet.
 */
export async function inContentScript<T>(page: Page, expression: string): Promise<T | undefined> {
  const w = await worldOf(page);
  for (const c of [...w.contexts].reverse()) {
    if (!c.isolated || c.frameId !== w.mainFrame) continue;
    const { result, exceptionDetails } = await w.cdp
      .send('Runtime.evaluate', {
        contextId: c.id,
        expression: `(() => { if (typeof globalThis.tifaTest !== 'object') return { none: true }; return { value: (${expression}) }; })()`,
        returnByValue: true,
      })
      .catch(() => ({ result: undefined, exceptionDetails: undefined }));
    if (exceptionDetails) throw new Error(`in the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    const value = result?.value as { none?: true; value?: T } | undefined;
    if (value && !value.none) return value.value;
  }
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** In-world prelude: `tip` is the card box, or null while no card was ever opened. */
const TIP = `globalThis.tifaTest.cardRoot?.()?.querySelector('.tip') ?? null`;

/** What a reader sees of the card, read inside the closed shadow root. */
export interface Card {
  /** The card is open and on screen. */
  visible(): Promise<boolean>;
  /** textContent of the first element matching `selector` in the card (the card itself without one). */
  text(selector?: string): Promise<string | null>;
  texts(selector: string): Promise<string[]>;
  count(selector: string): Promise<number>;
  attributes(selector: string, name: string): Promise<(string | null)[]>;
  /** Computed colours of the card box. */
  colours(): Promise<{ bg: string; fg: string } | null>;
  /** Resolves once the card is open on `term` (or on any term). */
  waitOpen(term?: string, timeout?: number): Promise<void>;
  waitClosed(timeout?: number): Promise<void>;
  /** Runs `body` (a function body, `tip` in scope) in the content script's world; returns its value. */
  query<T>(body: string): Promise<T | undefined>;
  /** A real (trusted) click in the middle of the first element matching `selector`. */
  click(selector: string): Promise<void>;
}

export function card(page: Page): Card {
  const run = <T>(body: string) => inContentScript<T>(page, `(() => { const tip = ${TIP}; ${body} })()`);
  const visible = async () =>
    (await run<boolean>(`if (!tip || tip.hidden) return false; const r = tip.getBoundingClientRect(); return r.width > 0 && r.height > 0;`)) ?? false;
  const text = async (selector?: string) =>
    (await run<string | null>(`const el = ${selector ? `tip?.querySelector(${JSON.stringify(selector)})` : 'tip'}; return el ? el.textContent : null;`)) ?? null;
  const poll = async (ok: () => Promise<boolean>, what: string, timeout: number) => {
    const deadline = Date.now() + timeout;
    while (!(await ok())) {
      if (Date.now() > deadline) throw new Error(`card: ${what} not reached in ${timeout} ms`);
      await sleep(50);
    }
  };
  return {
    visible,
    text,
    query: run,
    texts: async (selector) => (await run<string[]>(`return tip ? [...tip.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent ?? '') : [];`)) ?? [],
    count: async (selector) => (await run<number>(`return tip ? tip.querySelectorAll(${JSON.stringify(selector)}).length : 0;`)) ?? 0,
    attributes: async (selector, name) =>
      (await run<(string | null)[]>(`return tip ? [...tip.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.getAttribute(${JSON.stringify(name)})) : [];`)) ?? [],
    colours: async () => (await run<{ bg: string; fg: string } | null>(`if (!tip) return null; const s = getComputedStyle(tip); return { bg: s.backgroundColor, fg: s.color };`)) ?? null,
    waitOpen: (term, timeout = 5000) =>
      poll(async () => (await visible()) && (term === undefined || ((await text('.term')) ?? '').includes(term)), `open${term ? ` on ${term}` : ''}`, timeout),
    waitClosed: (timeout = 5000) => poll(async () => !(await visible()), 'closed', timeout),
    click: async (selector) => {
      const box = await run<{ x: number; y: number } | null>(
        `const el = tip?.querySelector(${JSON.stringify(selector)}); if (!el) return null; const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`,
      );
      if (!box) throw new Error(`card: no ${selector} to click`);
      await page.mouse.click(box.x, box.y);
    },
  };
}
