// Sends chunks of page text to the engine (two in flight), paints each answer as it arrives,
// takes over the loader's first chunk when it is the same text, and swaps a provisional answer
// (glossary matches found while jieba was still loading) for the full one as a whole.
import type { GuestContext } from '../loader/guest-context';
import { mark, noteLongSlice } from '../../lib/debug';
import { background, type AnnotateResult } from '../../lib/protocol';
import type { HeadStart } from '../loader/head-start';
import type { Occurrence, PageModel } from '../page-model';
import type { Highlighter } from '../paint/highlighter';
import type { Slicer } from '../text/collect-text';
import type { TextChunk } from '../text/chunks';

const IN_FLIGHT = 2;

/**
 * Waits before each new attempt at a request that failed. Chrome stops an extension's service
 * worker when it likes (idle, update, memory); a request in flight then fails ("message channel
 * closed"), and the next one starts a new worker, which loads its engine again (a few seconds
 * on a cold start). So a failed request is sent again, to the new worker, for ~10 s in all.
 */
export const RETRY_DELAYS_MS = [0, 250, 1000, 2500, 6000];

export class ChunkAnnotator {
  /** What the loader did while the page script loaded; its first chunk serves the first request. */
  private headStart: HeadStart | null = null;

  constructor(
    private readonly ctx: GuestContext,
    private readonly model: PageModel,
    private readonly highlighter: Highlighter,
    /** Called after each paint (the badge follows the page's terms). */
    private readonly onPainted: () => void,
  ) {}

  adoptHeadStart(headStart: HeadStart): void {
    this.headStart = headStart;
  }

  /**
   * Annotates and paints `chunks` while `isCurrent()` holds. Resolves when every chunk has been
   * painted or the run was superseded (switched off, page rescanned), with the chunks whose
   * (full) answer never came even after RETRY_DELAYS_MS, and the first such error: one chunk's
   * failure does not stop the others.
   */
  async run(chunks: TextChunk[], isCurrent: () => boolean, slicer: Slicer): Promise<{ failed: TextChunk[]; error?: unknown }> {
    let next = 0;
    const failed: TextChunk[] = [];
    let firstError: unknown;
    const worker = async () => {
      while (next < chunks.length && isCurrent() && this.ctx.isValid) {
        const chunk = chunks[next++]!;
        try {
          await this.annotateChunk(chunk, isCurrent, slicer);
        } catch (error) {
          failed.push(chunk);
          firstError ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, chunks.length) }, worker));
    return failed.length ? { failed, error: firstError } : { failed };
  }

  private async annotateChunk(chunk: TextChunk, isCurrent: () => boolean, slicer: Slicer): Promise<void> {
    const answer = this.answerFor(chunk);
    slicer.end?.();
    const { result, fromLoader } = await answer;
    mark('received');
    if (!isCurrent()) return;
    // The reply runs in a task of its own: its work starts a new slice.
    slicer.restart();
    const mapping = performance.now();
    const shown = this.model.addChunk(chunk, result);
    this.highlighter.add(shown);
    // In the same task, so no frame shows the chunk twice or not at all.
    if (fromLoader) this.highlighter.dropLoaderPaint();
    noteLongSlice(mapping, 'paint');
    this.onPainted();
    if (result.provisional) {
      mark('provisional');
      await this.replaceProvisional(chunk, shown);
    }
  }

  /** One annotate request, sent again (to a restarted worker) while it fails; see RETRY_DELAYS_MS. */
  private async annotate(text: string, provisionalOk: boolean): Promise<AnnotateResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await background.sendMessage('annotate', provisionalOk ? { text, provisionalOk } : { text });
      } catch (error) {
        // An orphaned content script has no worker to ask: it is shutting down (guest-context.ts).
        if (attempt >= RETRY_DELAYS_MS.length || !this.ctx.isValid) throw error;
        mark('retry');
        await new Promise<void>((resolve) => this.ctx.setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
      }
    }
  }

  /** The engine's answer for a chunk: the loader's, if it already sent this very text. */
  private async answerFor(chunk: TextChunk): Promise<{ result: AnnotateResult; fromLoader: boolean }> {
    const headStart = this.headStart;
    this.headStart = null;
    if (headStart) {
      const head = await headStart.takeFirstChunk();
      if (head?.chunk.text === chunk.text) {
        mark('head-used');
        try {
          return { result: await head.result, fromLoader: true };
        } catch {
          // The worker stopped before it answered the loader (often on a cold start): ask the
          // new one. The loader's paint, if any, stays until this answer replaces it.
          mark('sent');
          return { result: await this.annotate(chunk.text, true), fromLoader: true };
        }
      }
      // The page changed since the loader collected it: its paint (if any) may be misplaced.
      this.highlighter.dropLoaderPaint();
    }
    mark('sent');
    return { result: await this.annotate(chunk.text, true), fromLoader: false };
  }

  /**
   * The engine was still loading and answered with glossary matches only: ask for the full
   * result and swap it in whole, in one task, so no frame shows both or neither. Done even if
   * the highlights were switched off meanwhile (the model must hold the full result when they
   * come back, and unchanged blocks are never sent again). The provisional matches stay until
   * the full answer is there: a worker stopped meanwhile is asked again (annotate), and if it
   * never answers, the reader keeps the glossary matches rather than nothing.
   */
  private async replaceProvisional(chunk: TextChunk, provisional: Occurrence[]): Promise<void> {
    const full = await this.annotate(chunk.text, false);
    if (!this.ctx.isValid) return;
    const mapping = performance.now();
    this.highlighter.remove(this.model.removeOccurrences(provisional));
    this.highlighter.add(this.model.addChunk(chunk, full));
    mark('full');
    noteLongSlice(mapping, 'paint-full');
    this.onPainted();
  }
}
