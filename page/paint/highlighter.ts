// Paints occurrences with the CSS Custom Highlight API: no DOM changes, one named highlight per
// category (names and style sheet in highlight-style.ts). Where the API is missing nothing is
// painted; hover still works because hit testing uses the stored ranges.
import type { Category } from '../../core/types';
import type { LoaderPaint } from '../loader/first-paint';
import { categoryHighlights, highlightNames, highlightsSupported, insertHighlightStyle } from './highlight-style';
import type { Occurrence } from '../page-model';
import { pageIsDark } from './page-theme';

/**
 * Ranges in a Text node this long are painted in batches. Each change to a highlight makes the
 * browser repaint the nodes it covers, at a cost that grows with the node: on one node of 5M
 * characters, painting each chunk's answer as it came (250 chunks) kept the page busy for
 * minutes. Such ranges wait, and are painted together every HUGE_NODE_BATCH_MS and when the
 * page is done (flushDeferred).
 */
export const HUGE_NODE_CHARS = 200_000;
const HUGE_NODE_BATCH_MS = 10_000;

export class Highlighter {
  readonly supported = highlightsSupported();
  private byCategory = new Map<Category, Highlight>();
  /** The loader's ranges for the first chunk, shown until this page's own are painted. */
  private loaderRanges: { category: Category; range: Range }[] = [];
  private active: Highlight | null = null;
  private flash: Highlight | null = null;
  private style: HTMLStyleElement | null = null;
  private shown = false;
  /** Decided once, when highlights are first shown (the page has its styles by then). */
  dark: boolean | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** Occurrences in huge Text nodes, not painted yet (see HUGE_NODE_CHARS). */
  private deferred = new Set<Occurrence>();
  private deferTimer: ReturnType<typeof setTimeout> | undefined;

  /** `loaderPaint`: what the loader painted before this script started, adopted as it stands. */
  constructor(private readonly doc: Document, loaderPaint?: LoaderPaint) {
    if (loaderPaint) loaderPaint.closed = true;
    if (!this.supported) return;
    const painted = loaderPaint?.painted;
    if (painted) {
      this.byCategory = painted.byCategory;
      this.style = painted.style;
      this.dark = painted.dark;
      this.loaderRanges = painted.ranges;
    } else {
      this.byCategory = categoryHighlights();
    }
    this.active = new Highlight();
    this.active.priority = 2;
    this.flash = new Highlight();
    this.flash.priority = 3;
    // Already on screen: registering the same objects again changes nothing the reader sees.
    if (painted) this.show();
  }

  /** Painted only where this says so (highlight density); null paints every occurrence. */
  private filter: ((o: Occurrence) => boolean) | null = null;

  add(occurrences: readonly Occurrence[]): void {
    for (const o of occurrences) {
      if (this.filter && !this.filter(o)) continue;
      if ((o.range.startContainer as Text).length > HUGE_NODE_CHARS) this.deferred.add(o);
      else this.byCategory.get(o.category)?.add(o.range);
    }
    if (this.deferred.size && this.deferTimer === undefined) this.deferTimer = setTimeout(() => this.flushDeferred(), HUGE_NODE_BATCH_MS);
  }

  /** Paint exactly `shown` (after a density change, or a scan under a density other than all). */
  paintOnly(shown: readonly Occurrence[], filter: ((o: Occurrence) => boolean) | null): void {
    this.filter = filter;
    for (const h of this.byCategory.values()) h.clear();
    this.loaderRanges = [];
    for (const o of shown) this.byCategory.get(o.category)?.add(o.range);
  }

  remove(occurrences: readonly Occurrence[]): void {
    for (const o of occurrences) {
      this.deferred.delete(o);
      this.byCategory.get(o.category)?.delete(o.range);
    }
  }

  /** Paints the deferred ranges of huge Text nodes now (the page's annotation is complete). */
  flushDeferred(): void {
    clearTimeout(this.deferTimer);
    this.deferTimer = undefined;
    for (const o of this.deferred) this.byCategory.get(o.category)?.add(o.range);
    this.deferred.clear();
  }

  /** The page's own result for the loader's first chunk is painted: the loader's copy goes. */
  dropLoaderPaint(): void {
    for (const { category, range } of this.loaderRanges) this.byCategory.get(category)?.delete(range);
    this.loaderRanges = [];
  }

  show(): void {
    if (!this.supported || this.shown) return;
    this.shown = true;
    if (!this.style || !this.style.isConnected) {
      this.dark ??= pageIsDark(this.doc);
      this.style = insertHighlightStyle(this.doc, this.dark);
    }
    const names = highlightNames();
    for (const [category, h] of this.byCategory) CSS.highlights.set(names[category], h);
    CSS.highlights.set(names.active, this.active!);
    CSS.highlights.set(names.flash, this.flash!);
  }

  hide(): void {
    // Shown again later, the page is scanned afresh: the loader's copy must not come back.
    this.dropLoaderPaint();
    if (!this.supported || !this.shown) return;
    this.shown = false;
    for (const name of Object.values(highlightNames())) CSS.highlights.delete(name);
  }

  /** Mark the term the tooltip is about (hover, keyboard). */
  setActive(range: Range | null): void {
    if (!this.active) return;
    this.active.clear();
    if (range) this.active.add(range);
  }

  /** Briefly light up a range the reader asked to see; falls back to the selection. */
  flashRange(range: Range, ms = 1600): void {
    clearTimeout(this.flashTimer);
    if (this.flash) {
      CSS.highlights.set(highlightNames().flash, this.flash);
      this.flash.clear();
      this.flash.add(range);
      this.flashTimer = setTimeout(() => this.flash?.clear(), ms);
      return;
    }
    const selection = this.doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    clearTimeout(this.deferTimer);
    this.deferred.clear();
    this.hide();
    this.style?.remove();
    this.style = null;
  }
}
