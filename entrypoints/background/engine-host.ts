// The one jieba-wasm instance of the browser, behind one lazy promise. A service worker can be
// stopped at any time; the next message simply starts a fresh init and waits for it.
// Named imports only: WXT bundles the background in Vite library mode, which inlines every
// `new URL(asset, import.meta.url)` as base64. jieba-wasm's default init() holds such a URL
// (+5.4 MB of base64); leaving it unimported lets the bundler drop it, and the wasm is fetched
// from the packaged file instead.
import { add_word, cut, initSync, tag, tokenize } from 'jieba-wasm/web';
import { browser } from '#imports';
import { createEngine } from '../../core/engine';
import { bundledGlossary } from '../../core/bundled-glossary';
import { mergeGlossaries } from '../../core/glossary-schema';
import type { Glossary, GlossaryEntry, JiebaApi } from '../../core/types';

const jieba: JiebaApi & { tag: typeof tag } = { add_word, cut, tag, tokenize };
import type { EngineStatus } from '../../lib/protocol';

export type Engine = ReturnType<typeof createEngine>;

export interface ReadyEngine {
  engine: Engine;
  entriesById: ReadonlyMap<string, GlossaryEntry>;
}

let status: EngineStatus = 'idle';
let lastError: string | undefined;
let wasmReady: Promise<void> | null = null;
let engineReady: Promise<ReadyEngine> | null = null;
/** Where the user glossary comes from; set once by the background's main(). */
let loadUserGlossary: () => Promise<Glossary | null> = async () => null;

export function setUserGlossarySource(load: () => Promise<Glossary | null>): void {
  loadUserGlossary = load;
}

export function engineStatus(): { status: EngineStatus; error?: string } {
  return lastError === undefined ? { status } : { status, error: lastError };
}

// Added by a build hook, so WXT's typed public paths do not list it.
const WASM_PATH = '/jieba_rs_wasm_bg.wasm' as '/';

function initWasm(): Promise<void> {
  // The wasm ships as a file (see wxt.config.ts); a failed fetch is retried on the next request.
  wasmReady ??= WebAssembly.compileStreaming(fetch(browser.runtime.getURL(WASM_PATH))).then(
    (module) => void initSync({ module }),
    (error: unknown) => {
      wasmReady = null;
      throw error;
    },
  );
  return wasmReady;
}

export function getEngine(): Promise<ReadyEngine> {
  if (engineReady) return engineReady;
  status = 'loading';
  lastError = undefined;
  const building = (async () => {
    await initWasm();
    const user = await loadUserGlossary().catch(() => null);
    const glossary = user ? mergeGlossaries(bundledGlossary, user) : bundledGlossary;
    const engine = createEngine({ jieba, glossary });
    return { engine, entriesById: new Map(engine.glossary.entries.map((e) => [e.id, e])) };
  })();
  engineReady = building;
  building.then(
    () => {
      if (engineReady === building) status = 'ready';
    },
    (error: unknown) => {
      if (engineReady !== building) return;
      status = 'error';
      lastError = error instanceof Error ? error.message : String(error);
      engineReady = null;
    },
  );
  return building;
}

/** The user glossary changed: the next request builds an engine over the new merge. */
export function invalidateEngine(): void {
  engineReady = null;
  status = wasmReady ? 'idle' : status;
}

/** Raw jieba tokenize, for the benchmark's "annotation vs tokenize" ratio. */
export async function rawTokenize(text: string): Promise<number> {
  await initWasm();
  return jieba.tokenize(text, 'default', true).length;
}
