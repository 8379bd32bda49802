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
      noteLongSlice(sliceStart, 'yield');
      await yieldToPage();
      sliceStart = performance.now();
    },
    restart: () => {
      sliceStart = performance.now();
    },
    end: () => noteLongSlice(sliceStart, 'before-request'),
    afterRender: async () => {
      noteLongSlice(sliceStart, 'before-render');
      await afterRender();
      sliceStart = performance.now();
    },
  };
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a task after the browser's next rendering, so the page's style is computed. A
 * requestAnimationFrame callback runs before that frame's style and layout, so the task it posts
 * runs after them (on a page of 50k paragraphs the first layout takes far longer than a frame).
 * Hidden tabs render nothing: there it resolves at once (a style computation forced in a
 * background tab delays no reader), and SAFETY_WAIT_MS bounds the wait if a frame never comes.
 */
const SAFETY_WAIT_MS = 3000;

export function afterRender(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    const timer = setTimeout(resolve, SAFETY_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
