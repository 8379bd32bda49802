// The one jieba-wasm instance of the browser, behind one lazy promise. A service worker can be
// stopped at any time; the next message simply starts a fresh init and waits for it.
// The wasm is compiled from the packaged file (initSync with a compiled module); wxt.config.ts
// strips jieba-wasm's default URL so Vite cannot inline a base64 copy into background.js.
import { add_word, cut, initSync, tag, tokenize } from 'jieba-wasm/web';
import { browser } from '#imports';
import { createEngine, createQuickMatcher, type QuickMatcher } from '../core/engine';
import { startEngine } from '../core/engine-build';
import { loadBundledGlossary, type BundledGlossaryData } from '../core/bundled-glossary';
import { prepareSearch, seedPinyin } from '../core/glossary-search';
import { mergeGlossaries } from '../core/glossary-schema';
import type { Glossary, GlossaryEntry, JiebaApi } from '../core/types';
import { buildAnnotateResult } from '../lib/annotate-result';

const jieba: JiebaApi & { tag: typeof tag } = { add_word, cut, tag, tokenize };

let bundledReady: Promise<BundledGlossaryData> | null = null;

/** The compiled bundled glossary, loaded once per worker (a failed load is retried). */
function getBundled(): Promise<BundledGlossaryData> {
  bundledReady ??= loadBundledGlossary().then(
    (bundled) => {
      // The popup's pinyin search starts from the build's pinyin of the bundled entries.
      if (bundled.searchPinyin) seedPinyin(bundled.glossary.entries, bundled.searchPinyin);
      return bundled;
    },
    (error: unknown) => {
      bundledReady = null;
      throw error;
    },
  );
  return bundledReady;
}

export type Engine = ReturnType<typeof createEngine>;

export interface ReadyEngine {
  engine: Engine;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
}

/** How long each init phase took (ms), for the benchmark: where a cold first highlight goes. */
export const initTimings: Record<string, number> = {};
const since = (start: number) => Math.round((performance.now() - start) * 10) / 10;

/** The engine's lifecycle in this worker. */
type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';
let status: EngineStatus = 'idle';
let wasmReady: Promise<WebAssembly.Module> | null = null;
let wasmInstantiated = false;
let engineReady: Promise<ReadyEngine> | null = null;
let glossaryReady: Promise<Glossary> | null = null;
let quickReady: Promise<ReadyQuickMatcher> | null = null;
/** Opens the gate before jieba's dictionary build in `ms` or sooner (see getEngine); null when none is waiting. */
let scheduleBuild: ((ms: number) => void) | null = null;
/** Where the user glossary comes from; set once by the background's main(). */
let loadUserGlossary: () => Promise<Glossary | null> = async () => null;

export interface ReadyQuickMatcher {
  matcher: QuickMatcher;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
}

/**
 * Longest a warm-up keeps jieba's dictionary build waiting for the page's first chunk. The
 * build is one synchronous wasm call of 0.3–1.3 s during which the worker answers nothing, so
 * a chunk arriving just after it starts would wait all of it; the provisional answer (see
 * getQuickMatcher) goes out first, then the build starts. The gate opens as soon as that
 * answer has left or anyone needs the full engine, so this only bounds the wait for a page
 * that never sends its chunk. It must outlast the slowest way to that chunk: a worker that is
 * starting (or restarting) answers the warm-up late, and the page's collect and message come
 * after that answer; 250 ms was too short there, and the first highlight then waited for the
 * whole build (0 of 6 loads after a worker restart were provisional).
 */
const BUILD_GRACE_MS = 1500;

/** Lets queued messages run between slices of the build (a macrotask, not a microtask). */
const pauseForMessages = () => new Promise<void>((resume) => setTimeout(resume, 0));

export function setUserGlossarySource(load: () => Promise<Glossary | null>): void {
  loadUserGlossary = load;
}

export function engineIsReady(): boolean {
  return status === 'ready';
}

// Added by a build hook, so WXT's typed public paths do not list it.
const WASM_PATH = '/jieba_rs_wasm_bg.wasm' as '/';

/**
 * Compiles the wasm off the worker's thread; safe to start before anything is decided. Only
 * the compile: instantiating it is synchronous work on the worker's thread (40–140 ms), which
 * would hold back a reply the worker has just sent (Chrome posts it after the current task),
 * so instantiateWasm runs behind the build gate with the dictionary build.
 */
export function initWasm(): Promise<WebAssembly.Module> {
  // The wasm ships as a file (see wxt.config.ts); a failed fetch is retried on the next request.
  const started = performance.now();
  wasmReady ??= WebAssembly.compileStreaming(fetch(browser.runtime.getURL(WASM_PATH))).then(
    (module) => {
      initTimings.wasmCompile = since(started);
      return module;
    },
    (error: unknown) => {
      wasmReady = null;
      throw error;
    },
  );
  return wasmReady;
}

/** The compiled wasm instantiated (once per worker). */
async function instantiateWasm(): Promise<void> {
  const module = await initWasm();
  if (wasmInstantiated) return;
  const t = performance.now();
  initSync({ module });
  wasmInstantiated = true;
  initTimings.wasmInstantiate = since(t);
}

/**
 * The bundled glossary merged with the user's (one storage read, shared by both matchers and
 * the popup's search, none of which waits for jieba).
 */
export function getGlossary(): Promise<Glossary> {
  if (!glossaryReady) {
    const loading = Promise.all([getBundled(), loadUserGlossary().catch(() => null)]).then(([{ glossary }, user]) =>
      user ? mergeGlossaries(glossary, user) : glossary,
    );
    glossaryReady = loading;
    // A failed bundled load must not stick: the next request tries again.
    loading.catch(() => {
      if (glossaryReady === loading) glossaryReady = null;
    });
  }
  return glossaryReady;
}

/** Glossary matching without jieba, for a provisional answer while the engine loads. */
export function getQuickMatcher(): Promise<ReadyQuickMatcher> {
  quickReady ??= getGlossary().then((glossary) => ({
    matcher: createQuickMatcher(glossary),
    entriesById: new Map(glossary.entries.map((e) => [e.id, e])),
  }));
  return quickReady;
}

/**
 * How long after a provisional answer the dictionary build may start, unless the page asks for
 * the full result first (which proves the answer arrived). The reply leaves the worker in a
 * later task than the handler's: with a zero delay the build's second of synchronous wasm
 * often went first, and the "provisional" answer reached the page after the full engine was
 * ready (seen in bench:e2e on a loaded machine: sent at 0.8 s, received at 2.6 s).
 */
export const PROVISIONAL_REPLY_MS = 300;

/** Let the dictionary build start in `afterMs` (0: now, the page needs the full engine). */
export function allowDictionaryBuild(afterMs = 0): void {
  scheduleBuild?.(afterMs);
}

/**
 * @param deferBuild a warm-up: wait up to BUILD_GRACE_MS for the page's first chunk before the
 * blocking dictionary build. Any other caller wants the engine itself and opens the gate.
 */
export function getEngine({ deferBuild = false } = {}): Promise<ReadyEngine> {
  if (!deferBuild) allowDictionaryBuild();
  if (engineReady) return engineReady;
  status = 'loading';
  const started = performance.now();
  let gate: Promise<void> = Promise.resolve();
  if (deferBuild) {
    gate = new Promise((open) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let due = Infinity;
      scheduleBuild = (ms) => {
        const at = performance.now() + ms;
        if (at >= due) return;
        due = at;
        clearTimeout(timer);
        // Even "now" is a new task: a reply being sent leaves the worker before it blocks.
        timer = setTimeout(() => {
          scheduleBuild = null;
          open();
        }, ms);
      };
      scheduleBuild(BUILD_GRACE_MS);
    });
  }
  const building = (async () => {
    initTimings.startedAtEpoch = performance.timeOrigin + started;
    const [glossary, , quick, bundled] = await Promise.all([getGlossary(), initWasm(), getQuickMatcher(), getBundled()]);
    initTimings.wasmAndUserGlossary = since(started);
    await gate;
    initTimings.buildGateOpenedAtEpoch = performance.timeOrigin + performance.now();
    await instantiateWasm();
    const { engine, warmUp } = await startEngine({
      jieba,
      glossary,
      bundled: { glossary: bundled.glossary, words: bundled.jiebaWords },
      pause: pauseForMessages,
      now: () => performance.now(),
      timings: initTimings,
    });
    const t = performance.now();
    // Same glossary as the quick matcher's: share its id index.
    const { entriesById } = quick;
    buildAnnotateResult(warmUp, entriesById);
    initTimings.warmUpResult = since(t);
    initTimings.total = since(started);
    initTimings.readyAtEpoch = performance.timeOrigin + performance.now();
    // The popup's first search should not pay for the index (~0.2 s at 60,000 entries): build
    // it now, after the pages waiting for this engine have been answered.
    setTimeout(() => prepareSearch(glossary), 0);
    return { engine, entriesById };
  })();
  engineReady = building;
  building.then(
    () => {
      if (engineReady === building) status = 'ready';
    },
    (error: unknown) => {
      if (engineReady !== building) return;
      status = 'error';
      engineReady = null;
    },
  );
  return building;
}

/** The user glossary changed: the next request builds an engine over the new merge. */
export function invalidateEngine(): void {
  engineReady = null;
  glossaryReady = null;
  quickReady = null;
  status = wasmReady ? 'idle' : status;
}

/** Raw jieba tokenize, for the benchmark's "annotation vs tokenize" ratio. */
export async function rawTokenize(text: string): Promise<number> {
  await instantiateWasm();
  return jieba.tokenize(text, 'default', true).length;
}
