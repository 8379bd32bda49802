// Remembered explanations: definitions earlier pages gave with high confidence, kept locally so
// a later page that uses the term without explaining it can cite them. Bounded (the newest
// MAX_REMEMBERED), clearable in the options page, never recorded from a switched-off site or a
// private window (the worker checks both). Pure rules here; storage in remembered.ts.
import { listKey, type RememberedDefinition } from '../core/explain';

export type { RememberedDefinition } from '../core/explain';

export const MAX_REMEMBERED = 2_000;

function sameList(a: RememberedDefinition, b: RememberedDefinition): boolean {
  return listKey(a) === listKey(b);
}

/** Newest first; the same term with the same members read again replaces the older record. */
export function withRemembered(list: readonly RememberedDefinition[], fresh: readonly RememberedDefinition[]): RememberedDefinition[] {
  const kept = list.filter((old) => !fresh.some((f) => sameList(f, old)));
  return [...fresh, ...kept].slice(0, MAX_REMEMBERED);
}

/** What earlier pages explained of these terms; never the page asking (it has its own). */
export function recall(list: readonly RememberedDefinition[], terms: readonly string[], url: string): RememberedDefinition[] {
  const wanted = new Set(terms);
  return list.filter((m) => wanted.has(m.explains) && m.url !== url);
}

export function coerceRemembered(value: unknown): RememberedDefinition[] {
  if (!Array.isArray(value)) return [];
  const out: RememberedDefinition[] = [];
  for (const v of value) {
    if (!v || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    const s = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : '');
    const members = Array.isArray(o.members) ? o.members.filter((m): m is string => typeof m === 'string' && m.length > 0) : [];
    if (!s('explains') || members.length < 2 || !s('url')) continue;
    out.push({ explains: s('explains'), label: s('label') || s('explains'), members, title: s('title'), url: s('url'), date: s('date') });
  }
  return out;
}
