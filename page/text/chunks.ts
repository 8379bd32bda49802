// Blocks of page text → chunks for the engine: a chunk joins whole blocks with '\n' (a block
// longer than a chunk is cut at sentence ends), and each Text node is one segment, so an engine
// offset maps back to (Text node, offset) by binary search (span-range.ts).
import type { BlockText, Slicer } from './collect-text';

/** Stay far below the engine's comfort zone; the background handles one chunk per message. */
export const MAX_CHUNK_CHARS = 20_000;

export interface TextSegment {
  node: Text;
  /** Offset of node.data[0] in the chunk text (negative when a long block was cut inside it). */
  start: number;
  block: Element;
}

export interface TextChunk {
  text: string;
  /** Sorted by start; separators ('\n') between blocks belong to no segment. */
  segments: TextSegment[];
}

/**
 * The first chunk is small, so the first highlights (top of the page, where the reader is)
 * come back from a quick round trip; the rest go in large chunks.
 */
export const FIRST_CHUNK_CHARS = 1_500;

/** Where a block longer than `max` is cut: after the last sentence end before the limit. */
const SENTENCE_END = /[。！？；!?;\n]/;

function splitPoints(text: string, max: number): number[] {
  const points: number[] = [];
  let from = 0;
  while (text.length - from > max) {
    let cut = from + max;
    // Terms never span a sentence end, so cutting after one cannot split a term.
    for (let i = from + max - 1; i > from + max / 2; i--) {
      if (SENTENCE_END.test(text[i]!)) {
        cut = i + 1;
        break;
      }
    }
    points.push(cut);
    from = cut;
  }
  return points;
}

/**
 * Join blocks into chunks of at most `maxChars` (the first at most `firstMaxChars`), breaking
 * between blocks; a single block longer than `maxChars` is cut at sentence ends into chunks of
 * its own, so no message and no mapping step ever handles more than `maxChars`.
 */
export function buildChunks(blocks: readonly BlockText[], maxChars = MAX_CHUNK_CHARS, firstMaxChars = maxChars): TextChunk[] {
  const steps = chunkSteps(blocks, maxChars, firstMaxChars);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** buildChunks in slices: on 50k blocks of 200k Text nodes it is too long for one task. */
export async function buildChunksSliced(blocks: readonly BlockText[], slicer: Slicer, maxChars = MAX_CHUNK_CHARS, firstMaxChars = maxChars): Promise<TextChunk[]> {
  const steps = chunkSteps(blocks, maxChars, firstMaxChars);
  for (let step = steps.next(), i = 1; ; step = steps.next(), i++) {
    if (step.done) return step.value;
    if (i % 512 === 0) await slicer.maybeYield();
  }
}

/** The work of buildChunks, one block per step. */
function* chunkSteps(blocks: readonly BlockText[], maxChars: number, firstMaxChars: number): Generator<void, TextChunk[]> {
  const chunks: TextChunk[] = [];
  let parts: string[] = [];
  let segments: TextSegment[] = [];
  let length = 0;
  const limit = () => (chunks.length === 0 ? firstMaxChars : maxChars);
  const flush = () => {
    if (parts.length) chunks.push({ text: parts.join('\n'), segments });
    parts = [];
    segments = [];
    length = 0;
  };
  for (const b of blocks) {
    yield;
    if (b.text.length > maxChars) {
      flush();
      chunks.push(...splitBlock(b, maxChars));
      continue;
    }
    if (length > 0 && length + 1 + b.text.length > limit()) flush();
    if (length > 0) length += 1;
    for (const node of b.nodes) {
      segments.push({ node, start: length, block: b.block });
      length += node.length;
    }
    parts.push(b.text);
  }
  flush();
  return chunks;
}

/** Pieces of one long block; a Text node cut in two starts before its piece (negative start). */
function splitBlock(b: BlockText, maxChars: number): TextChunk[] {
  const bounds = [0, ...splitPoints(b.text, maxChars), b.text.length];
  const starts: number[] = [];
  let offset = 0;
  for (const node of b.nodes) {
    starts.push(offset);
    offset += node.length;
  }
  const pieces: TextChunk[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    const segments: TextSegment[] = [];
    b.nodes.forEach((node, i) => {
      const start = starts[i]!;
      if (start < to && start + node.length > from) segments.push({ node, start: start - from, block: b.block });
    });
    pieces.push({ text: b.text.slice(from, to), segments });
  }
  return pieces;
}
