// Sends chunks of page text to the engine (two in flight), paints each answer as it arrives,
// takes over the loader's first chunk when it is the same text, and swaps a provisional answer
// (glossary matches found while jieba was still loading) for the full one as a whole.
import type { GuestContext } from '../loader/guest-context';
import { mark, noteLongSlice } from '../../lib/debug';
import { background, type AnnotateResult } from '../../lib/protocol';
import type { HeadStart } from '../loader/head-start';
import type { Occurrence, PageModel } from '../page-model';
import type { Highlighter } from '../paint/highlighter';
import type { Slicer, TextChunk } from '../text/collect-text';

const IN_FLIGHT = 2;

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
   * painted or the run was superseded (switched off, page rescanned).
   */
  async run(chunks: TextChunk[], isCurrent: () => boolean, slicer: Slicer): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < chunks.length && isCurrent() && this.ctx.isValid) {
        const chunk = chunks[next++]!;
        const { result, fromLoader } = await this.answerFor(chunk);
        mark('received');
        if (!isCurrent()) return;
        // The reply runs in a task of its own: its work starts a new slice.
        slicer.restart();
        const mapping = performance.now();
        const shown = this.model.addChunk(chunk, result);
        this.highlighter.add(shown);
        // In the same task, so no frame shows the chunk twice or not at all.
        if (fromLoader) this.highlighter.dropEarly();
        noteLongSlice(mapping);
        this.onPainted();
        if (result.provisional) {
          mark('provisional');
          await this.replaceProvisional(chunk, shown);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, chunks.length) }, worker));
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
        } catch (error) {
          this.highlighter.dropEarly();
          throw error;
        }
      }
      // The page changed since the loader collected it: its paint (if any) may be misplaced.
      this.highlighter.dropEarly();
    }
    mark('sent');
    return { result: await background.sendMessage('annotate', { text: chunk.text, provisionalOk: true }), fromLoader: false };
  }

  /**
   * The engine was still loading and answered with glossary matches only: ask for the full
   * result and swap it in whole, so nothing provisional stays on screen. Done even if the
   * highlights were switched off meanwhile (the model must hold the full result when they come
   * back, and unchanged blocks are never sent again).
   */
  private async replaceProvisional(chunk: TextChunk, provisional: Occurrence[]): Promise<void> {
    let full: AnnotateResult | null = null;
    try {
      full = await background.sendMessage('annotate', { text: chunk.text });
    } finally {
      // On failure the provisional matches go too: a page must never keep half a result.
      if (this.ctx.isValid) {
        const mapping = performance.now();
        this.highlighter.remove(this.model.removeOccurrences(provisional));
        if (full) this.highlighter.add(this.model.addChunk(chunk, full));
        mark('full');
        noteLongSlice(mapping);
        this.onPainted();
      }
    }
  }
}
