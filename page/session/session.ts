// One page's life: read settings, collect text in time slices, annotate chunks in the
// background, paint results as they arrive, follow page changes, and answer the popup.
import type { ContentScriptContext } from '#imports';
import { background } from '../../lib/protocol';
import type { AnnotateResult, PageStatus } from '../../lib/protocol';
import { isActiveOn, settingsItem, type Settings } from '../../lib/settings';
import { buildChunks, closestBlock, FIRST_CHUNK_CHARS, MAX_CHUNK_CHARS, collectBlocks, isInSkippedSubtree, type BlockText, type Slicer, type TextChunk } from '../text/collect-text';
import type { HeadStart } from '../loader/head-start';
import type { Highlighter } from '../paint/highlighter';
import type { Interaction } from '../card/interaction';
import type { Occurrence, PageModel } from '../page-model';

/** Longest stretch of main-thread work before yielding to the page. */
const SLICE_MS = 8;
const MUTATION_DEBOUNCE_MS = 250;
const MUTATION_MAX_WAIT_MS = 1000;
const IN_FLIGHT = 2;

export class PageSession {
  status: PageStatus = 'loading';
  error: string | undefined;
  private active = false;
  private started = false;
  /** The settings have been read (before that, `active` is a guess and nothing is shown). */
  private confirmed = false;
  /** Resolves once the stored settings have been applied. */
  private settingsApplied: Promise<void> = Promise.resolve();
  private generation = 0;
  private pending = 0;
  /** Text of each block when it was last sent, so unchanged blocks are never sent again. */
  private sentText = new WeakMap<Element, string>();
  private observer: MutationObserver | null = null;
  private dirtyRoots = new Set<Element>();
  private debounceTimer: number | undefined;
  private firstDirtyAt = 0;
  /** What the loader did while this script loaded; its first chunk serves this page's first request. */
  private headStart: HeadStart | null = null;
  private reported = '';
  private reportTimer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly model: PageModel,
    private readonly highlighter: Highlighter,
    private readonly interaction: Interaction,
  ) {}

  /**
   * `settings` is the read the page script started when it was evaluated; `headStart` what the
   * loader learnt (the background's answer for this site) and sent while the script loaded.
   */
  async start(settings: Promise<Settings>, headStart: HeadStart): Promise<void> {
    const hostname = location.hostname;
    const apply = (value: Settings) => this.setActive(isActiveOn(value, hostname));
    const unwatch = settingsItem.watch(apply);
    this.ctx.onInvalidated(() => {
      unwatch();
      this.stop();
    });
    // Highlights are on for nearly every reader: collect the page's text while the settings
    // read is in flight (it can take 10–30 ms while the page renders). Nothing is sent to the
    // background before the settings allow it: a site the reader switched off is not read.
    let settingsApplied!: () => void;
    this.settingsApplied = new Promise((resolve) => (settingsApplied = resolve));
    this.headStart = headStart;
    this.setActive(true, false);
    // The background read the settings for this site before this script was even fetched: its
    // yes lets the page show highlights now. The stored settings, read here too and then
    // watched, have the last word.
    void headStart.siteActive.then((active) => {
      if (!active || this.confirmed || !this.ctx.isValid) return;
      this.setActive(true);
      settingsApplied();
    });
    try {
      const current = await settings;
      performance.mark('tifa:settings');
      apply(current);
    } catch (error) {
      // Without the reader's settings we cannot know this site is allowed: stay off.
      this.setActive(false);
      this.status = 'error';
      this.error = `settings unreadable: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      // After apply(): a scan waiting on this sees the generation the settings produced.
      settingsApplied();
    }
  }

  /** @param confirmed false only for the guess made before the settings are read. */
  private setActive(active: boolean, confirmed = true): void {
    if (confirmed && !this.confirmed) {
      this.confirmed = true;
      if (active && this.active) {
        this.highlighter.show();
        return;
      }
    }
    if (active === this.active && this.started) return;
    this.started = true;
    this.active = active;
    this.generation++;
    if (!active) {
      this.status = 'disabled';
      this.observer?.disconnect();
      this.observer = null;
      this.interaction.close();
      this.highlighter.hide();
      this.scheduleReport();
      return;
    }
    this.status = 'loading';
    if (this.confirmed) this.highlighter.show();
    this.observe();
    void this.scan([this.doc.body]);
  }

  private stop(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.reportTimer);
  }

  private slicer(): Slicer {
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

  /** Annotate the blocks under `roots` whose text is new or changed since last sent. */
  private async scan(roots: Element[]): Promise<void> {
    const generation = this.generation;
    const slicer = this.slicer();
    this.pending++;
    this.status = 'loading';
    try {
      const groups: BlockText[] = [];
      for (const root of roots) groups.push(...(await collectBlocks(root, slicer)));
      performance.mark('tifa:collected');
      await this.settingsApplied;
      if (generation !== this.generation) return;
      const textOf = new Map<Element, string>();
      for (const g of groups) textOf.set(g.block, (textOf.has(g.block) ? textOf.get(g.block)! + '\u0000' : '') + g.text);
      // Blocks under the roots that held terms but changed or lost their Chinese text.
      const stale = new Set<Element>();
      for (const o of this.model.allOccurrences()) {
        if (roots.some((r) => r.contains(o.block)) && textOf.get(o.block) !== this.sentText.get(o.block)) stale.add(o.block);
      }
      const fresh = groups.filter((g) => textOf.get(g.block) !== this.sentText.get(g.block));
      for (const g of fresh) {
        stale.add(g.block);
        this.sentText.set(g.block, textOf.get(g.block)!);
      }
      if (stale.size) this.highlighter.remove(this.model.removeBlocks(stale));
      await this.annotateChunks(buildChunks(fresh, MAX_CHUNK_CHARS, FIRST_CHUNK_CHARS), generation, slicer);
    } catch (error) {
      if (this.ctx.isValid) {
        this.status = 'error';
        this.error = error instanceof Error ? error.message : String(error);
      }
      return;
    } finally {
      this.pending--;
    }
    if (generation === this.generation && this.pending === 0 && this.status === 'loading') {
      this.status = 'ready';
      // For the browser tests and benchmarks: every chunk answered in full and painted.
      performance.mark('tifa:ready');
    }
    this.scheduleReport();
  }

  private async annotateChunks(chunks: TextChunk[], generation: number, slicer: Slicer): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < chunks.length && generation === this.generation && this.ctx.isValid) {
        const chunk = chunks[next++]!;
        const { result, fromLoader } = await this.answerFor(chunk);
        performance.mark('tifa:received');
        if (generation !== this.generation) return;
        // The reply runs in a task of its own: its work starts a new slice.
        slicer.restart();
        const mapping = performance.now();
        const shown = this.model.addChunk(chunk, result);
        this.highlighter.add(shown);
        // In the same task, so no frame shows the chunk twice or not at all.
        if (fromLoader) this.highlighter.dropEarly();
        noteLongSlice(mapping);
        this.scheduleReport();
        if (result.provisional) {
          performance.mark('tifa:provisional');
          await this.replaceProvisional(chunk, shown);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, chunks.length) }, worker));
    // Switched off (or superseded) mid-way: chunks whose answer was dropped or never asked for
    // must be sent again when highlights come back, so they cannot count as sent.
    if (generation !== this.generation) {
      for (const chunk of chunks) for (const segment of chunk.segments) this.sentText.delete(segment.block);
    }
  }

  /** The engine's answer for a chunk: the loader's, if it already sent this very text. */
  private async answerFor(chunk: TextChunk): Promise<{ result: AnnotateResult; fromLoader: boolean }> {
    const headStart = this.headStart;
    this.headStart = null;
    if (headStart) {
      const head = await headStart.takeFirstChunk();
      if (head?.chunk.text === chunk.text) {
        performance.mark('tifa:head-used');
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
    performance.mark('tifa:sent');
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
        performance.mark('tifa:full');
        noteLongSlice(mapping);
        this.scheduleReport();
      }
    }
  }

  private observe(): void {
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const r of records) {
      if (r.type === 'characterData') this.markDirty(r.target);
      else {
        for (const n of r.addedNodes) this.markDirty(n);
        if (r.removedNodes.length) removed = true;
      }
    }
    if (removed) this.highlighter.remove(this.model.pruneDisconnected());
    if (!this.dirtyRoots.size) return;
    const now = performance.now();
    if (!this.firstDirtyAt) this.firstDirtyAt = now;
    clearTimeout(this.debounceTimer);
    const wait = Math.max(0, Math.min(MUTATION_DEBOUNCE_MS, this.firstDirtyAt + MUTATION_MAX_WAIT_MS - now));
    this.debounceTimer = this.ctx.setTimeout(() => this.flushMutations(), wait);
  }

  private markDirty(node: Node): void {
    if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.nodeType === Node.TEXT_NODE && !(node as Text).data.trim()) return;
    if (!node.isConnected || isInSkippedSubtree(node, this.doc.body)) return;
    this.dirtyRoots.add(closestBlock(node));
  }

  private flushMutations(): void {
    this.firstDirtyAt = 0;
    const roots = [...this.dirtyRoots].filter((r) => r.isConnected);
    this.dirtyRoots.clear();
    // Nested roots are covered by their ancestors.
    const outer = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
    if (outer.length && this.active) void this.scan(outer);
  }

  /** Badge: distinct terms of this frame, sent only when it changes. */
  private scheduleReport(): void {
    clearTimeout(this.reportTimer);
    this.reportTimer = this.ctx.setTimeout(() => {
      const terms = this.active && this.confirmed ? [...this.model.terms.keys()] : [];
      const key = terms.join('\u0000');
      if (key === this.reported || !this.ctx.isValid) return;
      this.reported = key;
      void background.sendMessage('reportTermCount', { terms }).catch(() => undefined);
    }, 150);
  }
}

/** Our own stretches of main-thread work over 16 ms, as measures the benchmark can read. */
function noteLongSlice(start: number): void {
  if (performance.now() - start > 16) performance.measure('tifa:long-slice', { start });
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
