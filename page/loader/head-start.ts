// What the loader does before it imports the page script: it learns whether highlights are on
// for this site, and if so sends the page's first chunk of text to the engine and paints the
// answer itself. The page script (20–60 ms to fetch, compile and start, on a main thread that
// is busy with the page's own first layout and paint) then takes over from there.
import { background, type AnnotateResult } from '../../lib/protocol';
import { collectBlocks, type Slicer } from '../text/collect-text';
import { buildChunks, FIRST_CHUNK_CHARS, MAX_CHUNK_CHARS, type TextChunk } from '../text/chunks';
import { paintFirstChunk, type LoaderPaint } from './first-paint';
import { mark } from '../../lib/debug';

/** A chunk the loader sent; the page script uses its answer if it builds the same text. */
export interface SentChunk {
  chunk: TextChunk;
  result: Promise<AnnotateResult>;
}

export interface HeadStart {
  /**
   * The background's reading of the settings for this site (false if it could not answer).
   * Only a head start: the page script still reads and watches the stored settings.
   */
  siteActive: Promise<boolean>;
  /**
   * For the page script's first request: the chunk the loader sent (or is sending), or null when
   * it sent none: the site is off, the page has no visible Chinese, collecting took too long, or
   * the background has not answered yet (a worker that is starting up). From this call on the
   * loader sends nothing, so a chunk is never sent twice.
   */
  takeFirstChunk(): Promise<SentChunk | null>;
  /** The first chunk's highlights, if the loader painted them (see first-paint.ts). */
  loaderPaint: LoaderPaint;
  /**
   * Resolves when the loader is done: the first chunk's answer is painted, or there is none to
   * paint. Never rejects.
   */
  settled: Promise<void>;
}

/**
 * The page script is imported once the loader's first paint is done, so its fetch, compile and
 * start do not compete with that paint for the main thread. On a cold start too: the worker's
 * first answer (glossary matches while jieba loads) is painted by the loader. This is only a
 * safety net for a worker that never answers.
 */
export const HEAD_START_MAX_WAIT_MS = 1000;

/** The loader collects in one task (when the site's answer comes): past this, the page script collects. */
const COLLECT_BUDGET_MS = 8;

class OverBudget extends Error {}

/** Asks the background about this site and starts its engine (sent as soon as Chinese is seen). */
export function askSiteActive(): Promise<boolean> {
  return background.sendMessage('warmUp', undefined).then(
    (answer) => answer?.active === true,
    () => false,
  );
}

/** Sends the first chunk of `doc`'s text once the background says the site is on. */
export function startHeadStart(doc: Document, siteActive: Promise<boolean>): HeadStart {
  let taken = false;
  let answered = false;
  const loaderPaint: LoaderPaint = { closed: false, painted: null };
  const sent = siteActive
    .then((active) => {
      answered = true;
      return active && !taken ? sendFirstChunk(doc) : null;
    })
    .catch(() => null);
  return {
    siteActive,
    loaderPaint,
    settled: sent.then((s) => s?.result.then((answer) => paintFirstChunk(loaderPaint, doc, s.chunk, answer))).catch(() => undefined),
    takeFirstChunk() {
      taken = true;
      return answered ? sent : Promise.resolve(null);
    },
  };
}

/** Null when there is nothing to send or collecting it would take too long. */
async function sendFirstChunk(doc: Document): Promise<SentChunk | null> {
  if (!doc.body) return null;
  const started = performance.now();
  const slicer: Slicer = {
    // collectBlocks awaits this every few hundred nodes: over budget, the walk stops here and
    // the page script collects the page in time slices.
    maybeYield: async () => {
      if (performance.now() - started > COLLECT_BUDGET_MS) throw new OverBudget();
    },
    restart: () => undefined,
  };
  let blocks;
  try {
    blocks = await collectBlocks(doc.body, slicer, FIRST_CHUNK_CHARS);
  } catch (error) {
    if (error instanceof OverBudget) return null;
    throw error;
  }
  const chunk = buildChunks(blocks, MAX_CHUNK_CHARS, FIRST_CHUNK_CHARS)[0];
  if (!chunk) return null;
  mark('head-sent');
  const result = background.sendMessage('annotate', { text: chunk.text, provisionalOk: true });
  // The page script may build a different first chunk (the page changed) and never ask.
  result.catch(() => undefined);
  return { chunk, result };
}
