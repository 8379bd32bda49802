// Builds the public Definition value from spans found on the normalised text, slicing the
// ORIGINAL text so members and items come back exactly as written (traditional, full-width).
import type { Definition, Span } from '../types';
import { leadingClause } from './clause';
import { definitionConfidence } from './confidence';
import type { Cue, Found } from './found';
import { refineMembers } from './members';

/** A label that opens with its count (三个方面, 4个“一起”, 一个中心); 第N个 is an ordinal, not a count. */
const COUNTED = /^[一二两三四五六七八九十\d]/;
const UNCOUNTED_PATTERNS = new Set(['term-gloss', 'ordinal-gloss', 'priority-gloss', 'uncounted-after', 'uncounted-deng', 'uncounted-before', 'uncounted-list']);

export function toDefinition(original: string, norm: string, f: Found): Definition | undefined {
  const cues = [...(f.cues ?? [])];
  const raw = f.members ?? f.items.map((it) => leadingClause(norm, it));
  if (f.items.length !== f.label.count || raw.length !== f.label.count) return undefined;
  const memberSpans = refineMembers(norm, raw, cues);
  // An item that began where its member began begins where the member now does (a glued subject cut off).
  const items = f.items.map((it, i) => (it.start === raw[i]!.start && memberSpans[i]!.start > it.start && memberSpans[i]!.start < it.end ? { start: memberSpans[i]!.start, end: it.end } : it));
  f = { ...f, items };
  if (memberSpans.some((m) => m.end <= m.start) || f.items.some((it) => it.end <= it.start)) return undefined;
  const starts = [f.label.start, ...f.items.map((s) => s.start)];
  const ends = [f.label.end, ...f.items.map((s) => s.end)];
  const members = memberSpans.map((s) => original.slice(s.start, s.end));
  // A member that restates the label (两个维护”指坚决维护…) belongs to another passage defining it.
  const term = norm.slice(f.label.start, f.label.end);
  if (memberSpans.some((m) => norm.slice(m.start, m.end).includes(term))) return undefined;
  // The same member twice means the list was misread (一起谋划、一起谋划 is not a definition).
  if (new Set(members).size !== members.length) return undefined;
  return {
    term: original.slice(f.label.start, f.label.end),
    label: { start: f.label.start, end: f.label.end },
    members,
    memberSpans,
    items: f.items.map((s) => original.slice(s.start, s.end)),
    itemSpans: f.items,
    evidence: { start: Math.min(...starts), end: Math.max(...ends) },
    pattern: f.pattern,
    counted: COUNTED.test(norm.slice(f.label.start, f.label.end)) && !UNCOUNTED_PATTERNS.has(f.pattern),
    confidence: definitionConfidence(norm, f, memberSpans.map((s) => norm.slice(s.start, s.end)), new Set(cues)),
  };
}
