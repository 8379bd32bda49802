// Terms the reader adds (context menu "Add to my glossary" → the form in the options page).
// Kept apart from the bundled glossary and from an imported glossary file, so an update of
// either leaves them as they are; turned into glossary entries only when the worker builds its
// glossary. Pure (no `browser`): the rules are unit-tested.
import { GlossaryError, mergeGlossaries } from '../core/glossary-schema';
import { normalize } from '../core/normalize';
import type { Category, Glossary, GlossaryEntry } from '../core/types';
import { isCategory } from '../core/categories';

export interface UserTerm {
  term: string;
  category: Category;
  /** One line, the reader's own explanation. */
  summary: string;
  english?: string;
  /** What the reader cites: a document, an article, a book. */
  source: string;
  /** The page the term was added from, when it came from the context menu. */
  url?: string;
  /** YYYY-MM-DD the term was added or last edited. */
  date: string;
}

export const MAX_USER_TERMS = 2_000;

/** A term of 2–30 characters on one line: what the matcher can find again in a page. */
export function userTermProblem(t: Pick<UserTerm, 'term' | 'summary'>): string | null {
  const term = t.term.trim();
  if (term.length < 2 || term.length > 30) return 'term: 2 to 30 characters';
  if (/[\r\n]/.test(term)) return 'term: one line';
  if (!t.summary.trim() || /[\r\n]/.test(t.summary)) return 'explanation: one line, not empty';
  return null;
}

/** Stable ascii id from the term's characters (ids must be kebab-case ascii). */
export function userEntryId(term: string): string {
  return `user-${[...normalize(term)].map((c) => c.codePointAt(0)!.toString(36)).join('-')}`;
}

/** Add or replace (same normalised term) one user term; newest first, bounded. */
export function withUserTerm(list: readonly UserTerm[], item: UserTerm): UserTerm[] {
  const key = normalize(item.term.trim());
  return [{ ...item, term: item.term.trim(), summary: item.summary.trim() }, ...list.filter((t) => normalize(t.term) !== key)].slice(0, MAX_USER_TERMS);
}

export function withoutUserTerm(list: readonly UserTerm[], term: string): UserTerm[] {
  const key = normalize(term);
  return list.filter((t) => normalize(t.term) !== key);
}

function entryOf(t: UserTerm, existing: GlossaryEntry | undefined): GlossaryEntry {
  const source = { kind: 'reference' as const, document: t.source.trim() || 'Tifa user', date: t.date, ...(t.url ? { note: t.url } : {}) };
  return {
    // A term the glossary already has is the reader's edit of that entry: same id (it replaces
    // it), its other forms and members kept, the reader's wording and source first.
    id: existing?.id ?? userEntryId(t.term),
    term: existing?.term ?? t.term,
    variants: existing?.variants ?? [],
    category: t.category,
    members: existing?.members ?? [],
    summary: t.summary,
    ...(t.english ? { english: t.english } : existing?.english ? { english: existing.english } : {}),
    related: existing?.related ?? [],
    sources: [source, ...(existing?.sources ?? [])],
  };
}

/**
 * The reader's glossary: the imported one (if any) plus the user terms, ready for
 * mergeGlossaries(bundled, ·). A user term that would clash with another entry's form is left
 * out (and reported), never allowed to break the whole glossary.
 */
export function readerGlossary(bundled: Glossary, imported: Glossary | null, terms: readonly UserTerm[]): { glossary: Glossary | null; skipped: string[] } {
  const skipped: string[] = [];
  let extra: Glossary | null = imported;
  const base = imported ? safeMerge(bundled, imported) ?? bundled : bundled;
  const byForm = new Map<string, GlossaryEntry>();
  for (const e of base.entries) for (const f of [e.term, ...e.variants]) byForm.set(normalize(f), e);
  for (const t of [...terms].reverse()) {
    if (userTermProblem(t)) {
      skipped.push(t.term);
      continue;
    }
    const entry = entryOf(t, byForm.get(normalize(t.term)));
    const next: Glossary = { version: extra?.version ?? 1, ...(extra?.articles ? { articles: extra.articles } : {}), entries: [...(extra?.entries ?? []).filter((e) => e.id !== entry.id), entry] };
    if (safeMerge(bundled, next)) extra = next;
    else skipped.push(t.term);
  }
  return { glossary: extra, skipped };
}

function safeMerge(a: Glossary, b: Glossary): Glossary | null {
  try {
    return mergeGlossaries(a, b);
  } catch (error) {
    if (error instanceof GlossaryError) return null;
    throw error;
  }
}

export function coerceUserTerms(value: unknown): UserTerm[] {
  if (!Array.isArray(value)) return [];
  const out: UserTerm[] = [];
  for (const v of value) {
    if (!v || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    const s = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : '');
    const category = isCategory(o.category) ? o.category : 'policy';
    const t: UserTerm = { term: s('term').trim(), category, summary: s('summary').trim(), source: s('source'), date: /^\d{4}-\d{2}-\d{2}$/.test(s('date')) ? s('date') : '2000-01-01', ...(s('english') ? { english: s('english') } : {}), ...(s('url') ? { url: s('url') } : {}) };
    if (!userTermProblem(t)) out.push(t);
  }
  return out;
}

/** The user terms as a glossary file the options page's "Your glossary" import reads back. */
export function userTermsFile(bundled: Glossary, terms: readonly UserTerm[]): Glossary {
  const entries = readerGlossary(bundled, null, terms).glossary?.entries ?? [];
  // A file is checked on its own when imported: it may only relate entries it holds.
  const ids = new Set(entries.map((e) => e.id));
  return { version: 1, entries: entries.map((e) => ({ ...e, related: e.related.filter((id) => ids.has(id)) })) };
}
