// The one owner of "what explains this term, and in which order". The engine links each
// definition to the term it explains (definitionKey); the card, the popup and the CLI all call
// explain() and show its list in order. Nothing downstream re-derives which definition belongs
// to which term or which explanation comes first.
//
// Order, by how much the reader can trust it about THIS text:
//   1. the page's own definition, when the evidence is strong (confidence ≥ the threshold);
//   2. the checked glossary entry;
//   3. for a term only this article knows: what the engine found (an unknown numbered formula);
//   4. when this page does not explain the term itself: what an earlier page the reader read
//      explained with high confidence ("remembered"), cited as that page (title, site, date) —
//      after the glossary, because it is another article's wording, not a checked entry;
//   5. weak page evidence says less: "mentioned in this article", with the passage, never the
//      members it might have guessed.
import { PAGE_DEFINITION_MIN_CONFIDENCE } from './confidence';
import type { GlossaryEntry, LinkedDefinition, Span, TermHit } from './types';

/** What a reader of an explanation needs to know about the term itself. */
export type TermFacts = Pick<TermHit, 'term' | 'entryId' | 'source' | 'category' | 'summary'>;

/**
 * A page definition as its holder keeps it: the core and the CLI hold its evidence as a Span of
 * the text, the page as a live DOM Range.
 */
export interface HeldDefinition<E = Span> {
  /** TermHit.term of the term it explains (definitionKey). */
  explains: string;
  /** The label as the page writes it (maybe traditional). */
  label: string;
  members: string[];
  items: string[];
  evidence: E;
  confidence: number;
}

/** A definition an earlier page gave, kept by the reader's browser (never from this page). */
export interface RememberedDefinition {
  /** The canonical key of the term it explains (definitionKey on that page). */
  explains: string;
  label: string;
  members: string[];
  /** The page it was read on. */
  title: string;
  url: string;
  /** YYYY-MM-DD it was read. */
  date: string;
}

/** At most this many remembered explanations per term: the most recent ones. */
export const MAX_REMEMBERED_SHOWN = 2;

export type Explanation<E = Span> =
  | { from: 'page'; definition: HeldDefinition<E> }
  | { from: 'remembered'; memory: RememberedDefinition }
  /** A glossary hit; `entry` is there when the holder has the entry itself (the page, not the CLI). */
  | { from: 'glossary'; entryId: string; entry?: GlossaryEntry }
  | { from: 'article'; summary: string }
  | { from: 'mention'; evidence: E };

export type ExplanationSource = Explanation['from'];

export const UNKNOWN_FORMULA_SUMMARY = '文中出现的数字提法，词典未收录';

/** The one-line summary of a label the text defines for itself (popup list, CLI report). */
export function definedLabelSummary(members: readonly string[]): string {
  return `文中列举：${members.join('、')}`;
}

/** The one-line summary of a term the page glosses in a sentence (中国式现代化是…的现代化). */
export function glossedTermSummary(gloss: string): string {
  return `文中解释：${gloss}`;
}

/** Whether a mined definition is strong enough to be shown as the page's own explanation. */
export function isShownDefinition(d: { confidence: number }): boolean {
  return d.confidence >= PAGE_DEFINITION_MIN_CONFIDENCE;
}

/**
 * The canonical key a definition's label is linked by: the glossary term when the label is a
 * glossary form (兩個維護, a listed variant), else the label as normalised (simplified, unified
 * quotes) — exactly the key the engine gives the label's own TermHit.
 */
export function definitionKey(normalizedLabel: string, glossaryTermOf: (key: string) => string | undefined): string {
  return glossaryTermOf(normalizedLabel) ?? normalizedLabel;
}

export interface ExplainContext<E> {
  /** Every definition the page holds for this term (definitionsFor / definitionsExplaining). */
  definitions: readonly HeldDefinition<E>[];
  /** The glossary entry of a glossary hit, when the holder has it. */
  entry?: GlossaryEntry;
  /** Definitions earlier pages gave (the browser's memory), newest first. */
  remembered?: readonly RememberedDefinition[];
}

/** The explanations of one term, best first. Never empty. */
export function explain<E>(term: TermFacts, { definitions, entry, remembered = [] }: ExplainContext<E>): Explanation<E>[] {
  const own = definitions.filter((d) => d.explains === term.term);
  const strong = distinctLists(own.filter(isShownDefinition).sort((a, b) => b.confidence - a.confidence));
  const out: Explanation<E>[] = strong.map((definition) => ({ from: 'page', definition }));
  if (term.entryId !== undefined) out.push({ from: 'glossary', entryId: term.entryId, ...(entry ? { entry } : {}) });
  // Another page's explanation only where this one gives none of its own.
  if (strong.length === 0) {
    for (const memory of distinctLists(remembered.filter((m) => m.explains === term.term)).slice(0, MAX_REMEMBERED_SHOWN)) {
      out.push({ from: 'remembered', memory });
    }
  }
  const weak = own.find((d) => !isShownDefinition(d));
  if (out.length > 0) {
    // What this page says of it still counts where only another page's wording came first.
    if (weak && term.entryId === undefined) out.push({ from: 'mention', evidence: weak.evidence });
    return out;
  }
  if (weak) return [{ from: 'mention', evidence: weak.evidence }];
  return [{ from: 'article', summary: term.summary }];
}

/** Whether the page itself explains the term (the popup's mark, the CLI's "page"). */
export function explainedByPage(explanations: readonly Explanation<unknown>[]): boolean {
  return explanations[0]?.from === 'page';
}

/** The definitions of one text (the core's Span form), linked for explain(). */
export function heldDefinitions(defined: readonly LinkedDefinition[]): HeldDefinition[] {
  return defined.map((d) => ({
    explains: d.explains,
    label: d.term,
    members: d.members,
    items: d.items,
    evidence: d.evidence,
    confidence: d.confidence,
  }));
}

/** A page that states the same list twice (summary, then body) shows it once: the first kept. */
/** What makes two explanations the same list: the term they explain and their members. */
export function listKey(d: { explains: string; members: readonly string[] }): string {
  return `${d.explains}\u0000${d.members.join('\u0000')}`;
}

function distinctLists<T extends { explains: string; members: string[] }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = listKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
