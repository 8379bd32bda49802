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

interface SearchKeys {
  /** Term and variants, normalised (simplified, half-width). */
  forms: string[];
  /** Per form: toneless full pinyin joined (sigeyishi) and initials (sgys). */
  pinyinFull: string[];
  pinyinInitials: string[];
  english: string;
  /** Members, member details and summary, normalised. */
  body: string;
}

// Keys are derived once per glossary object; the glossary is replaced, not mutated, on import.
const keyCache = new WeakMap<Glossary, SearchKeys[]>();

function toneless(syllables: string[]): string[] {
  // pinyin-pro writes ü (lüe); people type v or u.
  return syllables.map((s) => s.toLowerCase().replace(/ü/g, 'v'));
}

const NOT_HAN = new RegExp(`[^${HAN_RANGES}]`, 'g');

function hanOnly(text: string): string {
  return text.replace(NOT_HAN, '');
}

function keysFor(entry: GlossaryEntry): SearchKeys {
  const forms = [entry.term, ...entry.variants].map((f) => normalize(f));
  const simplified = [...new Set(forms.map(hanOnly).filter((f) => f.length > 0))];
  const full: string[] = [];
  const initials: string[] = [];
  for (const form of simplified) {
    const syllables = toneless(pinyin(form, { toneType: 'none', type: 'array' }));
    full.push(syllables.join(''));
    initials.push(syllables.map((s) => s[0] ?? '').join(''));
  }
  const body = normalize(
    [...entry.members.flatMap((m) => [m.text, m.detail ?? '']), entry.summary].join('\n'),
  );
  return {
    forms,
    pinyinFull: full,
    pinyinInitials: initials,
    english: (entry.english ?? '').toLowerCase(),
    body,
  };
}

function keysOf(glossary: Glossary): SearchKeys[] {
  let keys = keyCache.get(glossary);
  if (!keys) {
    keys = glossary.entries.map(keysFor);
    keyCache.set(glossary, keys);
  }
  return keys;
}

function rankOf(keys: SearchKeys, query: string, latinQuery: string | null): Rank | null {
  if (keys.forms.some((f) => f === query)) return Rank.ExactTerm;
  if (keys.forms.some((f) => f.startsWith(query))) return Rank.TermPrefix;
  if (keys.forms.some((f) => f.includes(query))) return Rank.TermContains;
  if (latinQuery) {
    const q = latinQuery;
    if (keys.pinyinFull.some((p) => p.startsWith(q)) || keys.pinyinInitials.some((p) => p.startsWith(q))) {
      return Rank.Pinyin;
    }
    if (keys.english.includes(query.toLowerCase())) return Rank.English;
  }
  if (keys.body.includes(query)) return Rank.MemberOrSummary;
  return null;
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
  const keys = keysOf(glossary);
  const found: { entry: GlossaryEntry; rank: Rank; index: number }[] = [];
  glossary.entries.forEach((entry, index) => {
    const rank = rankOf(keys[index]!, q, latinQuery);
    if (rank !== null) found.push({ entry, rank, index });
  });
  found.sort(
    (a, b) => a.rank - b.rank || a.entry.term.length - b.entry.term.length || a.index - b.index,
  );
  return found.slice(0, limit).map((f) => f.entry);
}
