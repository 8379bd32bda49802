// Search over a whole glossary for the popup's search box. DOM-free so it runs in the
// background (which owns the merged glossary) and in unit tests alike.
//
// A reader types what they half-remember: the term itself, a traditional form (四個意識), a
// member (看齐意识), an English gloss, or pinyin without tones — full (sige) or initials (sgys).
// Results are ranked so the entry the reader most likely means comes first.
import { pinyin } from 'pinyin-pro';
import { normalize } from './normalize';
import type { Glossary, GlossaryEntry } from './types';
import { HAN_RANGES } from './han';

/** Lower rank = better match. */
const Rank = {
  ExactTerm: 0,
  TermPrefix: 1,
  TermContains: 2,
  Pinyin: 3,
  English: 4,
  MemberOrSummary: 5,
} as const;
type Rank = (typeof Rank)[keyof typeof Rank];

/**
 * Each kind of key of every entry, joined into one string with a line break after each piece,
 * and the offset where each piece starts. A search is then a few indexOf scans over long
 * strings, and building the index is one normalize() call per kind instead of one per entry:
 * at 60,000 entries a first search took 3 s with per-entry keys (pinyin most of it).
 */
interface Haystack {
  text: string;
  /** starts[k] = offset of piece k; starts[pieces] = text.length. */
  starts: Int32Array;
  /** The entry each piece belongs to. */
  entryOf: Int32Array;
}

interface SearchIndex {
  /** Term and variants, normalised (simplified, half-width). */
  forms: Haystack;
  /** Lower-cased English gloss, one piece per entry. */
  english: Haystack;
  /** Members, member details and summary, normalised, one piece per entry. */
  body: Haystack;
  /** Per form: toneless full pinyin (sigeyishi) and initials (sgys); built on the first latin query. */
  pinyin?: Haystack;
}

// Built once per glossary object; the glossary is replaced, not mutated, on import.
const indexCache = new WeakMap<Glossary, SearchIndex>();

function toneless(syllables: string[]): string[] {
  // pinyin-pro writes ü (lüe); people type v or u.
  return syllables.map((s) => s.toLowerCase().replace(/ü/g, 'v'));
}

const NOT_HAN = new RegExp(`[^${HAN_RANGES}]`, 'g');

function hanOnly(text: string): string {
  return text.replace(NOT_HAN, '');
}

/**
 * Pieces are joined with a line break: normalize() restarts its quote pairing at each line, so
 * normalising the joined text equals normalising each piece on its own. A piece's own line
 * breaks stay inside it (lookups map offsets to pieces by position, not by splitting).
 */
function haystack(pieces: string[], entryOf: number[], transform: (text: string) => string = (t) => t): Haystack {
  const starts = new Int32Array(pieces.length + 1);
  let at = 0;
  pieces.forEach((piece, k) => {
    starts[k] = at;
    at += piece.length + 1;
  });
  starts[pieces.length] = at;
  return { text: transform(`${pieces.join('\n')}\n`), starts, entryOf: Int32Array.from(entryOf) };
}

function indexOf(glossary: Glossary): SearchIndex {
  let index = indexCache.get(glossary);
  if (!index) {
    const forms: string[] = [];
    const formEntry: number[] = [];
    glossary.entries.forEach((entry, i) => {
      forms.push(entry.term);
      formEntry.push(i);
      for (const variant of entry.variants) {
        forms.push(variant);
        formEntry.push(i);
      }
    });
    const each = glossary.entries.map((_, i) => i);
    index = {
      forms: haystack(forms, formEntry, normalize),
      english: haystack(glossary.entries.map((e) => (e.english ?? '').toLowerCase()), each),
      body: haystack(
        glossary.entries.map((e) => (e.members.length ? `${e.members.map((m) => `${m.text}\n${m.detail ?? ''}`).join('\n')}\n${e.summary}` : e.summary)),
        each,
        normalize,
      ),
    };
    indexCache.set(glossary, index);
  }
  return index;
}

/**
 * Builds the search index of `glossary` ahead of the first search (the pinyin too when it was
 * seeded for every entry; otherwise it waits for a latin query): the worker calls it once its
 * engine is ready.
 */
export function prepareSearch(glossary: Glossary): void {
  const index = indexOf(glossary);
  // Pinyin seeded for every entry costs only the join here; computing it could take seconds.
  if (glossary.entries.every((entry) => knownPinyin.has(entry))) pinyinOf(glossary, index);
}

/**
 * Search pinyin of one entry: for each distinct Han-only form (normalised), its toneless full
 * pinyin (sigeyishi) then its initials (sgys). pinyin-pro costs ~10 µs a form, 1–3 s over a
 * glossary of 60,000 entries: the bundled glossary's are computed at build time
 * (scripts/compile-glossary.ts) and handed over with seedPinyin.
 */
export function entryPinyin(entry: GlossaryEntry): string[] {
  const simplified = new Set<string>();
  for (const form of [entry.term, ...entry.variants]) {
    const han = hanOnly(normalize(form));
    if (han) simplified.add(han);
  }
  const out: string[] = [];
  for (const form of simplified) {
    const syllables = toneless(pinyin(form, { toneType: 'none', type: 'array' }));
    out.push(syllables.join(''), syllables.map((s) => s[0] ?? '').join(''));
  }
  return out;
}

// By entry object: a merged glossary keeps the bundled entries' objects, so their pinyin holds.
const knownPinyin = new WeakMap<GlossaryEntry, readonly string[]>();

/** Pinyin computed ahead of time (entryPinyin's output, entry by entry). */
export function seedPinyin(entries: readonly GlossaryEntry[], pinyins: readonly (readonly string[])[]): void {
  entries.forEach((entry, i) => {
    const known = pinyins[i];
    if (known) knownPinyin.set(entry, known);
  });
}

/** Every entry's search pinyin as one haystack, built on the first latin query. */
function pinyinOf(glossary: Glossary, index: SearchIndex): Haystack {
  if (index.pinyin) return index.pinyin;
  const pieces: string[] = [];
  const entryOf: number[] = [];
  glossary.entries.forEach((entry, i) => {
    for (const piece of knownPinyin.get(entry) ?? entryPinyin(entry)) {
      pieces.push(piece);
      entryOf.push(i);
    }
  });
  return (index.pinyin = haystack(pieces, entryOf));
}

/** The piece that holds offset `at` (binary search over starts). */
function pieceAt(h: Haystack, at: number): number {
  let lo = 0;
  let hi = h.entryOf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (h.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Calls `found(piece, offsetInPiece, pieceLength)` for every occurrence of `query` that lies
 * inside one piece.
 */
function eachOccurrence(h: Haystack, query: string, found: (piece: number, offset: number, length: number) => void): void {
  for (let at = h.text.indexOf(query); at !== -1; at = h.text.indexOf(query, at + 1)) {
    const k = pieceAt(h, at);
    const length = h.starts[k + 1]! - 1 - h.starts[k]!;
    const offset = at - h.starts[k]!;
    if (offset + query.length <= length) found(k, offset, length);
  }
}

/**
 * Entries matching `query`, best first: exact term > term prefix > term contains > pinyin >
 * English > member/summary. Ties keep the shorter term first, then glossary order.
 */
export function searchGlossary(glossary: Glossary, query: string, limit = 20): GlossaryEntry[] {
  const q = normalize(query.trim());
  if (!q || limit <= 0) return [];
  // Pinyin is only tried for a query of latin letters (spaces and apostrophes ignored: "si ge").
  const latin = q.toLowerCase().replace(/[\s']/g, '').replace(/ü/g, 'v');
  const latinQuery = /^[a-z]+$/.test(latin) ? latin : null;
  const index = indexOf(glossary);
  const rank = new Map<number, Rank>();
  const better = (entry: number, r: Rank) => {
    const was = rank.get(entry);
    if (was === undefined || r < was) rank.set(entry, r);
  };
  eachOccurrence(index.forms, q, (k, offset, length) =>
    better(index.forms.entryOf[k]!, offset > 0 ? Rank.TermContains : length === q.length ? Rank.ExactTerm : Rank.TermPrefix),
  );
  if (latinQuery) {
    eachOccurrence(pinyinOf(glossary, index), latinQuery, (k, offset) => {
      if (offset === 0) better(index.pinyin!.entryOf[k]!, Rank.Pinyin);
    });
    eachOccurrence(index.english, q.toLowerCase(), (k) => better(index.english.entryOf[k]!, Rank.English));
  }
  eachOccurrence(index.body, q, (k) => better(index.body.entryOf[k]!, Rank.MemberOrSummary));
  const found = [...rank].map(([i, r]) => ({ entry: glossary.entries[i]!, rank: r, index: i }));
  found.sort(
    (a, b) => a.rank - b.rank || a.entry.term.length - b.entry.term.length || a.index - b.index,
  );
  return found.slice(0, limit).map((f) => f.entry);
}
