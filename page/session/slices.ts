// Main-thread work in short slices: the page's own scripts and input never wait long on Tifa.
import { noteLongSlice } from '../../lib/debug';
import type { Slicer } from '../text/collect-text';

/** Longest stretch of main-thread work before yielding to the page. */
export const SLICE_MS = 8;

export function createSlicer(): Slicer {
  let sliceStart = performance.now();
  return {
    maybeYield: async () => {
      if (performance.now() - sliceStart < SLICE_MS) return;
      noteLongSlice(sliceStart);
      await yieldToPage();
      sliceStart = performance.now();
    },
    restart: () => {
      sliceStart = performance.now();
    },
  };
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
