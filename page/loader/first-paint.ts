// The loader paints the answer for the page's first chunk itself, before it imports the page
// script (unless the answer is so late that the page script started first: then the page
// script paints it). The page script's Highlighter adopts these highlights, so the page never
// shows a frame without them, and drops the loader's ranges in the task that paints its own.
import type { Category } from '../../core/types';
import type { AnnotateResult } from '../../lib/protocol';
import { type TextChunk } from '../text/chunks';
import { spanToRange } from '../text/span-range';
import { highlightNames, categoryHighlights, highlightsSupported, insertHighlightStyle } from '../paint/highlight-style';
import { pageIsDark } from '../paint/page-theme';
import { mark } from '../../lib/debug';

export interface LoaderPaint {
  /** Set by the page script when it takes over: from then on the loader paints nothing. */
  closed: boolean;
  /** Null until the loader painted. */
  painted: {
    byCategory: Map<Category, Highlight>;
    style: HTMLStyleElement;
    dark: boolean;
    ranges: { category: Category; range: Range }[];
  } | null;
}

export function paintFirstChunk(paint: LoaderPaint, doc: Document, chunk: TextChunk, result: AnnotateResult): void {
  if (paint.closed || paint.painted || !highlightsSupported()) return;
  const ranges: { category: Category; range: Range }[] = [];
  for (const hit of result.annotation.terms) {
    for (const span of hit.occurrences) {
      const mapped = spanToRange(chunk, span.start, span.end);
      // Text edited since it was collected: leave it to the page script.
      if (mapped && mapped.range.toString() === chunk.text.slice(span.start, span.end)) ranges.push({ category: hit.category, range: mapped.range });
    }
  }
  if (!ranges.length) return;
  const dark = pageIsDark(doc);
  const style = insertHighlightStyle(doc, dark);
  const byCategory = categoryHighlights();
  for (const { category, range } of ranges) byCategory.get(category)!.add(range);
  for (const [category, h] of byCategory) CSS.highlights.set(highlightNames()[category], h);
  paint.painted = { byCategory, style, dark, ranges };
  mark('loader-paint');
}
