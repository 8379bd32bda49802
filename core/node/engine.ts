// One engine for Node (CLI, tests, bench): the Node build of jieba-wasm (it loads its wasm
// synchronously from node_modules) and the bundled glossary. Created on first use because
// building jieba's dictionary costs ~200–400 ms and ~60 MB.
import * as jieba from 'jieba-wasm';
import { createEngine, type Engine } from '../engine';
import { bundledGlossary } from '../bundled-glossary';

import type { Glossary } from '../types';

let engine: Engine | undefined;
const withGlossary = new WeakMap<Glossary, Engine>();

/**
 * The engine on the bundled glossary, or on `glossary` (the CLI's bundled + --glossary merge).
 * jieba is one instance per process, so words added for one glossary stay in its dictionary.
 */
export function getNodeEngine(glossary?: Glossary): Engine {
  if (!glossary || glossary === bundledGlossary) return (engine ??= createEngine({ jieba, glossary: bundledGlossary }));
  let custom = withGlossary.get(glossary);
  if (!custom) withGlossary.set(glossary, (custom = createEngine({ jieba, glossary })));
  return custom;
}

/** The wasm instance's memory, for reporting (the Node build exposes its exports as __wasm). */
export function jiebaWasmMemory(): WebAssembly.Memory | undefined {
  return (jieba as unknown as { __wasm?: { memory?: WebAssembly.Memory } }).__wasm?.memory;
}
