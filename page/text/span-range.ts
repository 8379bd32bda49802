// Engine offsets → DOM Ranges: a chunk's segments are sorted by start, so a span maps to its
// Text nodes by binary search, without touching the page.
import type { TextChunk } from './chunks';

/** Segment index holding chunk offset `offset`; `edge` picks the node a boundary belongs to. */
export function segmentAt(chunk: TextChunk, offset: number, edge: 'start' | 'end'): number {
  const segs = chunk.segments;
  let lo = 0;
  let hi = segs.length - 1;
  // Last segment whose start is < offset (end edge) or <= offset (start edge).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segs[mid]!.start;
    if (edge === 'start' ? s <= offset : s < offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM Range for chunk span [start, end), plus the Text nodes it covers. */
export function spanToRange(chunk: TextChunk, start: number, end: number): { range: Range; nodes: Text[]; block: Element } | null {
  if (chunk.segments.length === 0 || end <= start) return null;
  const a = segmentAt(chunk, start, 'start');
  const b = segmentAt(chunk, end, 'end');
  const first = chunk.segments[a]!;
  const last = chunk.segments[b]!;
  // Text.length, never .data.length: .data copies the node's whole text on every call.
  const startOffset = Math.min(Math.max(start - first.start, 0), first.node.length);
  const endOffset = Math.min(Math.max(end - last.start, 0), last.node.length);
  const range = new Range();
  try {
    range.setStart(first.node, startOffset);
    range.setEnd(last.node, endOffset);
  } catch {
    return null; // the node changed under us since collection
  }
  const nodes: Text[] = [];
  for (let i = a; i <= b; i++) nodes.push(chunk.segments[i]!.node);
  return { range, nodes, block: first.block };
}
