// One engine for Node (CLI, tests, bench): the Node build of jieba-wasm (it loads its wasm
// synchronously from node_modules) and the bundled glossary. Created on first use because
// building jieba's dictionary costs ~200–400 ms and ~60 MB.
import * as jieba from 'jieba-wasm';
import { createEngine, type Engine } from '../engine';
import { bundledGlossary } from '../bundled-glossary';

let engine: Engine | undefined;

export function getNodeEngine(): Engine {
  return (engine ??= createEngine({ jieba, glossary: bundledGlossary }));
}

/** The wasm instance's memory, for reporting (the Node build exposes its exports as __wasm). */
export function jiebaWasmMemory(): WebAssembly.Memory | undefined {
  return (jieba as unknown as { __wasm?: { memory?: WebAssembly.Memory } }).__wasm?.memory;
}
