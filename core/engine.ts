// The DOM-free pipeline: normalise → segment → match glossary → unknown numbered terms →
// definitions the text gives → one Annotation whose offsets index the caller's original text.
import type { Annotation, Definition, Glossary, GlossaryEntry, JiebaApi, LinkedDefinition, Span, TermHit } from './types';
import { normalize } from './normalize';
import { createSegmenter, SINGLE_TOKEN_CAPABLE, type Segmentation } from './segmenter';
import { createMatcher, type Match } from './matcher';
import { findNumberedTerms, type WordTagger } from './numbered-terms';
import { mineNormalized } from './miner';
import { definedLabelSummary, definitionKey, glossedTermSummary, isShownDefinition, UNKNOWN_FORMULA_SUMMARY } from './explain';
import { termConfidence } from './numbered/confidence';
import { ARTICLE_TERM_MIN_CONFIDENCE } from './confidence';

export interface AnnotateOptions {
  /** Mine the definitions the text gives (default true). */
  mine?: boolean;
}

export interface Engine {
  glossary: Glossary;
  annotate(text: string, opts?: AnnotateOptions): Annotation;
}

/** jieba-wasm has tag() in both builds; JiebaApi keeps it optional so fakes stay small. */
type JiebaWithTag = JiebaApi & {
  tag?(text: string, hmm?: boolean | null): { word: string; tag: string }[];
};

// Per glossary object (replaced, never mutated): the quick matcher and the engine of one
// worker start share one pass of normalize() over every form (120,000 forms at 60,000 entries).
const keysCache = new WeakMap<Glossary, { key: string; value: GlossaryEntry }[]>();

/**
 * Every normalised surface form (term and variants) of the entries that match on their own.
 * definedOnly entries (an article's own list labels) never do: see definedEntryFor.
 */
function surfaceKeys(glossary: Glossary): { key: string; value: GlossaryEntry }[] {
  let keys = keysCache.get(glossary);
  if (!keys) {
    keys = glossary.entries
      .filter((entry) => !entry.definedOnly)
      .flatMap((entry) => [entry.term, ...entry.variants].map((v) => ({ key: normalize(v), value: entry })));
    keysCache.set(glossary, keys);
  }
  return keys;
}

/**
 * Keys this long match without the boundary rule. jieba's own dictionary words can beat an
 * added term (推进改革/开放, 深化改革/开放, 开展调查/研究 hide 改革开放 and 调查研究), and a
 * four-character policy term is too specific to sit inside an unrelated longer word; the risk the
 * boundary rule guards against is with short keys (四风 in 防范四风险).
 */
export const ANYWHERE_MIN_CHARS = 4;

/** The normalised forms the engine looks for; the caller of `wordsAdded` adds these to jieba. */
export function glossaryForms(glossary: Glossary): string[] {
  return surfaceKeys(glossary).map((k) => k.key);
}

export interface EngineOptions {
  jieba: JiebaApi;
  glossary: Glossary;
  /** The glossary's forms jieba splits are already in its dictionary (see core/segmenter.ts). */
  wordsAdded?: boolean;
}

export function createEngine({ jieba, glossary, wordsAdded = false }: EngineOptions): Engine {
  const keys = surfaceKeys(glossary).map((k) => ({
    ...k,
    anywhere: !SINGLE_TOKEN_CAPABLE.test(k.key) || k.key.length >= ANYWHERE_MIN_CHARS,
  }));
  const segmenter = createSegmenter(
    jieba,
    keys.map((k) => k.key),
    { wordsAdded },
  );
  const glossaryMatcher = createMatcher(keys);
  const byKey = new Map(keys.map((k) => [k.key, k.value]));
  const definedOnly = new Map<string, GlossaryEntry[]>();
  for (const entry of glossary.entries.filter((e) => e.definedOnly)) {
    for (const form of [entry.term, ...entry.variants]) {
      const key = normalize(form);
      definedOnly.set(key, [...(definedOnly.get(key) ?? []), entry]);
    }
  }
  const definedEntryFor = (d: Definition, key: string, text: string): GlossaryEntry | undefined =>
    definedOnly.get(key)?.find((entry) => sameList(entry, d, text));
  const tagOf = createTagger(jieba as JiebaWithTag);
  const link = (d: Definition, norm: string): LinkedDefinition => ({
    ...d,
    explains: definitionKey(norm.slice(d.label.start, d.label.end), (key) => byKey.get(key)?.term),
  });

  return {
    glossary,
    annotate(text, opts = {}) {
      const norm = normalize(text);
      const seg = segmenter.segment(norm);
      const known = glossaryMatcher.findAll(norm, seg.isBoundary);
      const defined = (opts.mine === false ? [] : mineNormalized(text, norm)).map((d) => link(d, norm));

      const hits = new Map<string, TermHit>();
      for (const m of known) addOccurrence(hits, glossaryHit(m.value), m, text);
      for (const hit of articleTerms(text, seg, known, defined, byKey, definedEntryFor, tagOf)) hits.set(hit.term, hit);

      const terms = [...hits.values()].sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start);
      return { chars: text.length, terms, defined };
    },
  };
}

/** Keys shorter than this are too likely to sit inside a longer word to match without jieba. */
export const QUICK_MATCH_MIN_CHARS = 3;

export interface QuickMatcher {
  /**
   * Glossary terms found without segmentation (every position counts as a token boundary), for
   * a first highlight while jieba is still building its dictionary. Only keys of at least
   * QUICK_MATCH_MIN_CHARS characters take part, so a boundary error is rare; the full
   * annotate() result must replace this one. No numbered terms, no definitions.
   */
  annotate(text: string): Annotation;
}

/** Needs no jieba at all: usable before the wasm is compiled or the dictionary is built. */
export function createQuickMatcher(glossary: Glossary): QuickMatcher {
  const keys = surfaceKeys(glossary).filter((k) => k.key.length >= QUICK_MATCH_MIN_CHARS);
  const matcher = createMatcher(keys);
  return {
    annotate(text) {
      const norm = normalize(text);
      const everywhere = new Uint8Array(norm.length + 1).fill(1);
      const hits = new Map<string, TermHit>();
      for (const m of matcher.findAll(norm, everywhere)) addOccurrence(hits, glossaryHit(m.value), m, text);
      return { chars: text.length, terms: [...hits.values()], defined: [] };
    },
  };
}

function glossaryHit(entry: GlossaryEntry): TermHit {
  return {
    term: entry.term,
    entryId: entry.id,
    source: 'glossary',
    category: entry.category,
    summary: entry.summary,
    surfaces: [],
    occurrences: [],
  };
}

function addOccurrence(hits: Map<string, TermHit>, fresh: TermHit, span: Span, text: string): void {
  let hit = hits.get(fresh.term);
  if (!hit) hits.set(fresh.term, (hit = fresh));
  hit.occurrences.push({ start: span.start, end: span.end });
  const surface = text.slice(span.start, span.end);
  if (!hit.surfaces.includes(surface)) hit.surfaces.push(surface);
}

/**
 * Terms only this text knows: unknown numbered formulas and the labels it defines itself.
 * Once found anywhere (in quotes, in a defining passage), every other occurrence of the same
 * form is reported too. A glossary match always wins an overlap: a checked entry (三个代表)
 * tells the reader more than an unknown longer form around it (“三个代表重要思想”).
 */
function articleTerms(
  text: string,
  seg: Segmentation,
  known: Match<GlossaryEntry>[],
  defined: Definition[],
  byKey: Map<string, GlossaryEntry>,
  definedEntryFor: (d: Definition, key: string, text: string) => GlossaryEntry | undefined,
  tagOf: WordTagger,
): TermHit[] {
  const norm = seg.text;
  const found = new Map<string, TermHit>();
  const anchors: { key: string; span: Span }[] = [];
  // Best single sighting of each term; repetition is added once occurrences are known.
  const sighting = new Map<string, number>();
  const see = (key: string, c: number): void => void sighting.set(key, Math.max(sighting.get(key) ?? 0, c));
  for (const t of findNumberedTerms(seg, tagOf)) {
    if (byKey.has(t.term)) continue;
    anchors.push({ key: t.term, span: t });
    see(t.term, t.confidence);
    if (!found.has(t.term)) found.set(t.term, articleHit(t.term, 'formula', UNKNOWN_FORMULA_SUMMARY));
  }
  for (const d of defined) {
    // A definition too weak to show does not make its label a term of this article either.
    if (!isShownDefinition(d)) continue;
    // A label without a count (原则, 几点) is a plain noun elsewhere: no term. A term the page glosses
    // (“两个确立”是…, 中国式现代化是…的现代化, 第二个答案，这就是…) is one it explains: a term of this
    // article, sure as its gloss. Neither is an enumeration label.
    if (d.counted === false) {
      const glossKey = norm.slice(d.label.start, d.label.end);
      const glossed = d.pattern === 'term-gloss' || d.pattern === 'ordinal-gloss';
      if (!glossed || byKey.has(glossKey)) continue;
      anchors.push({ key: glossKey, span: d.label });
      see(glossKey, d.confidence);
      const gloss = glossedTermSummary(d.members[0]!);
      const seen = found.get(glossKey);
      // A formula the numbered rules found (“两个确立”) keeps its category and gains the page's gloss.
      // 第二个答案 is an ordinal formula; any other glossed term a policy term of this page.
      if (!seen) found.set(glossKey, articleHit(glossKey, d.pattern === 'ordinal-gloss' ? 'formula' : 'policy', gloss));
      else if (seen.summary === UNKNOWN_FORMULA_SUMMARY) found.set(glossKey, { ...seen, summary: gloss });
      continue;
    }
    const key = norm.slice(d.label.start, d.label.end);
    if (byKey.has(key)) continue; // the glossary entry keeps its source; the definition is in `defined`
    anchors.push({ key, span: d.label });
    // A label the text gives its list for is as sure as that (shown) list.
    see(key, d.confidence);
    // The glossary knows this article's own list: same label, same members.
    const entry = definedEntryFor(d, key, text);
    if (entry) found.set(key, { ...glossaryHit(entry), term: key });
    // A defined label is an enumeration even when the numbered rules also saw it.
    else found.set(key, articleHit(key, 'enumeration', definedLabelSummary(d.members)));
  }
  if (found.size === 0) return [];

  const taken = new Uint8Array(norm.length + 1);
  for (const m of known) taken.fill(1, m.start, m.end);
  const free = (s: Span): boolean => taken.subarray(s.start, s.end).every((x) => x === 0);

  const spans = createMatcher([...found.keys()].map((key) => ({ key, value: key }))).findAll(norm, seg.isBoundary);
  // A label the rules or the miner located off a token boundary still counts where it was seen.
  const seen = new Set(spans.map((s) => s.start));
  for (const a of anchors) if (!seen.has(a.span.start)) spans.push({ value: a.key, start: a.span.start, end: a.span.end });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);

  let lastEnd = 0;
  for (const s of spans) {
    if (s.start < lastEnd || !free(s)) continue;
    lastEnd = s.end;
    addOccurrence(found, found.get(s.value)!, s, text);
  }
  return [...found.values()]
    .map((h) => (h.source === 'article' ? { ...h, confidence: termConfidence(sighting.get(h.term) ?? 0, h.occurrences.length) } : h))
    .filter((h) => h.occurrences.length > 0 && (h.confidence ?? 1) >= ARTICLE_TERM_MIN_CONFIDENCE);
}

/**
 * Whether a definition the text gives is the list a definedOnly entry records: as many items,
 * and each entry member found in the corresponding item (the miner may cut a member shorter or
 * longer than the glossary's wording, so containment either way counts).
 */
function sameList(entry: GlossaryEntry, d: Definition, text: string): boolean {
  if (entry.members.length !== d.members.length) return false;
  return entry.members.every((m, i) => {
    const want = normalize(m.text);
    const item = normalize(text.slice(d.itemSpans[i]!.start, d.itemSpans[i]!.end));
    const member = normalize(d.members[i]!);
    return item.includes(want) || want.includes(member);
  });
}

function articleHit(term: string, category: TermHit['category'], summary: string): TermHit {
  return { term, source: 'article', category, summary, surfaces: [], occurrences: [] };
}

/** Tags single words with jieba's dictionary tag, cached: the rules ask about few distinct words. */
function createTagger(jieba: JiebaWithTag): WordTagger {
  const cache = new Map<string, string>();
  return (word) => {
    let tag = cache.get(word);
    if (tag === undefined) {
      const tagged = jieba.tag?.(word, true);
      // Unknown to the dictionary (or split when alone): jieba's own tag for new words is 'x'.
      tag = tagged && tagged.length === 1 ? tagged[0]!.tag : 'x';
      if (cache.size > 100_000) cache.clear();
      cache.set(word, tag);
    }
    return tag;
  };
}
