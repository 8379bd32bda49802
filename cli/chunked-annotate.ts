// Annotates a text of any size in pieces. jieba-wasm fails ("unreachable") once one call gets
// ~17M characters, and the engine's working memory grows with the text it is given; cut at
// paragraph (else sentence, else any) boundaries into pieces of at most `maxChars`, annotated
// one after another, memory is bounded by the piece and time is linear in the text.
//
// Each piece is annotated on its own: offsets are re-based to index the whole text, terms are
// merged by name, and definitions are mined per piece (a definition never spans paragraphs
// cut apart, since pieces end at line ends whenever a line end is within reach).

import type { Engine } from '../core/engine';
import type { Annotation, LinkedDefinition, Span, TermHit } from '../core/types';

/** Texts up to this many UTF-16 units are annotated in one call, exactly as before chunking. */
export const DEFAULT_CHUNK_CHARS = 1_000_000;

/** The piece size, from TIFA_CHUNK_CHARS when set (tests use small pieces to stay fast). */
export function chunkCharsFromEnv(env: Record<string, string | undefined>): number {
  const value = Number(env.TIFA_CHUNK_CHARS);
  return Number.isSafeInteger(value) && value >= MIN_CHUNK_CHARS ? value : DEFAULT_CHUNK_CHARS;
}

/** Smaller pieces would cut through ordinary sentences. */
export const MIN_CHUNK_CHARS = 200;

const LINE_END = /\n/;
const SENTENCE_END = /[。！？；!?;]/;

/**
 * Where the text is cut: the ends of consecutive pieces, each piece at most maxChars long.
 * A piece ends after the last line break in its second half, else after the last sentence
 * end there, else at maxChars (never inside a surrogate pair).
 */
export function chunkEnds(text: string, maxChars: number): number[] {
  const size = Math.max(MIN_CHUNK_CHARS, maxChars);
  const ends: number[] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const floor = start + Math.floor(size / 2);
    let end = lastMatchEnd(text, floor, limit, LINE_END);
    if (end <= floor) end = lastMatchEnd(text, floor, limit, SENTENCE_END);
    if (end <= floor) end = isLowSurrogate(text.charCodeAt(limit)) ? limit - 1 : limit;
    ends.push(end);
    start = end;
  }
  ends.push(text.length);
  return ends;
}

/** Just after the last character in [floor, limit) that `mark` matches, or -1: looks no further back than floor. */
function lastMatchEnd(text: string, floor: number, limit: number, mark: RegExp): number {
  for (let i = limit - 1; i >= floor; i--) if (mark.test(text[i]!)) return i + 1;
  return -1;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function annotateInChunks(engine: Engine, text: string, maxChars: number = DEFAULT_CHUNK_CHARS): Annotation {
  if (text.length <= maxChars) return engine.annotate(text);
  const terms = new Map<string, TermHit>();
  const defined: LinkedDefinition[] = [];
  let start = 0;
  for (const end of chunkEnds(text, maxChars)) {
    const piece = engine.annotate(text.slice(start, end));
    for (const hit of piece.terms) mergeHit(terms, hit, start);
    for (const d of piece.defined) defined.push(shiftDefinition(d, start));
    start = end;
  }
  // Pieces come in text order and each piece's terms are sorted by first occurrence, so the
  // map's insertion order is already the order of first occurrence over the whole text.
  return { chars: text.length, terms: [...terms.values()], defined };
}

function mergeHit(terms: Map<string, TermHit>, hit: TermHit, offset: number): void {
  const occurrences = hit.occurrences.map((o) => shift(o, offset));
  const known = terms.get(hit.term);
  if (!known) {
    terms.set(hit.term, { ...hit, surfaces: [...hit.surfaces], occurrences });
    return;
  }
  for (const s of hit.surfaces) if (!known.surfaces.includes(s)) known.surfaces.push(s);
  for (const o of occurrences) known.occurrences.push(o);
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

function shiftDefinition(d: LinkedDefinition, by: number): LinkedDefinition {
  return {
    ...d,
    label: shift(d.label, by),
    memberSpans: d.memberSpans.map((s) => shift(s, by)),
    itemSpans: d.itemSpans.map((s) => shift(s, by)),
    evidence: shift(d.evidence, by),
  };
}
