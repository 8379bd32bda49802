// A term the reader saved (the card's star), and the pure rules over the saved list. Free of
// `browser`/WXT, so the card, the options page and the tests share exactly this logic.
import type { Category } from '../core/types';
import { isCategory } from '../core/categories';

export interface SavedTerm {
  term: string;
  pinyin: string;
  category: Category;
  english?: string;
  /** The document of an official English rendering; absent when the English is Tifa's own. */
  englishSource?: string;
  /** The explanation shown first on the card: the page's own members, or the glossary summary. */
  explanation: string;
  /** Where that explanation comes from: 'page' (the article saved from), 'glossary', 'article' or 'user'. */
  explainedBy: 'page' | 'glossary' | 'article' | 'user';
  /** The glossary entry's source citations (one line each); empty for a page explanation. */
  sources: string[];
  pageTitle: string;
  url: string;
  /** ISO 8601 date (YYYY-MM-DD) the term was saved. */
  date: string;
}

/** Saved terms are bounded so storage.local stays small; the oldest go first. */
export const MAX_SAVED_TERMS = 5_000;

/** The identity of a saved term: the same term saved from the same page is one entry. */
export function savedKey(t: Pick<SavedTerm, 'term' | 'url'>): string {
  return `${t.term}\u0000${t.url}`;
}

/** Add (or replace, moving to the front) one saved term; newest first. */
export function withSaved(list: readonly SavedTerm[], item: SavedTerm): SavedTerm[] {
  const key = savedKey(item);
  return [item, ...list.filter((x) => savedKey(x) !== key)].slice(0, MAX_SAVED_TERMS);
}

export function withoutSaved(list: readonly SavedTerm[], key: string): SavedTerm[] {
  return list.filter((x) => savedKey(x) !== key);
}

/** Merge imported terms into the list: an imported term replaces the saved one with its key. */
export function withImported(list: readonly SavedTerm[], imported: readonly SavedTerm[]): SavedTerm[] {
  let out = [...list];
  for (const item of [...imported].reverse()) out = withSaved(out, item);
  return out;
}

/** The saved terms matching a search (term, pinyin, English, explanation or page title). */
export function searchSaved(list: readonly SavedTerm[], query: string): SavedTerm[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...list];
  const bare = q.replace(/\s+/g, '');
  return list.filter((t) =>
    [t.term, t.english ?? '', t.explanation, t.pageTitle].some((f) => f.toLowerCase().includes(q)) ||
    stripTones(t.pinyin).replace(/\s+/g, '').includes(stripTones(bare)),
  );
}

function stripTones(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Anything stored (older build, hand edit) repaired into valid saved terms; the rest dropped. */
export function coerceSavedTerms(value: unknown): SavedTerm[] {
  if (!Array.isArray(value)) return [];
  const out: SavedTerm[] = [];
  for (const v of value) {
    const t = coerceSavedTerm(v);
    if (t) out.push(t);
  }
  return out;
}

const SOURCES: readonly SavedTerm['explainedBy'][] = ['page', 'glossary', 'article', 'user'];

export function coerceSavedTerm(v: unknown): SavedTerm | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : '');
  if (!str('term').trim()) return null;
  const category = isCategory(o.category) ? o.category : 'policy';
  const explainedBy = SOURCES.includes(o.explainedBy as SavedTerm['explainedBy']) ? (o.explainedBy as SavedTerm['explainedBy']) : 'glossary';
  return {
    term: str('term').trim(),
    pinyin: str('pinyin'),
    category,
    ...(str('english') ? { english: str('english') } : {}),
    ...(str('englishSource') ? { englishSource: str('englishSource') } : {}),
    explanation: str('explanation'),
    explainedBy,
    sources: Array.isArray(o.sources) ? o.sources.filter((s): s is string => typeof s === 'string' && s.length > 0) : [],
    pageTitle: str('pageTitle'),
    url: str('url'),
    date: /^\d{4}-\d{2}-\d{2}$/.test(str('date')) ? str('date') : '',
  };
}
