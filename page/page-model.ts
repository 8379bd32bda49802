// What the page holds: terms, their occurrences as live DOM Ranges, and the definitions the
// page gives. Built from engine results chunk by chunk; blocks can be dropped and redone when
// the page changes them.
import { explain, explainedByPage, heldDefinitions, type Explanation, type HeldDefinition, type RememberedDefinition, type TermFacts } from '../core/explain';
import type { Category, GlossaryEntry } from '../core/types';
import type { AnnotateResult, PageTerm } from '../lib/protocol';
import { type TextChunk } from './text/chunks';
import { spanToRange } from './text/span-range';

export interface TermInfo extends TermFacts {
  pinyin: string;
  entry?: GlossaryEntry;
}

export interface Occurrence {
  term: string;
  category: Category;
  range: Range;
  block: Element;
}

/** A definition the page gives, linked by the core to the term it explains, held as DOM Ranges. */
export interface PageDefinition extends HeldDefinition<Range> {
  block: Element;
}

export class PageModel {
  readonly terms = new Map<string, TermInfo>();
  private occurrences: Occurrence[] = [];
  private definitions: PageDefinition[] = [];
  private byNode = new WeakMap<Node, Occurrence[]>();
  /** Removed occurrences still listed in byNode (cheaper to skip on lookup than to unlink). */
  private gone = new WeakSet<Occurrence>();
  private sorted: Occurrence[] | null = null;
  /** What earlier pages explained of this page's terms (the browser's memory), newest first. */
  private remembered: RememberedDefinition[] = [];

  /** Adds one chunk's result; returns the new occurrences. */
  addChunk(chunk: TextChunk, result: AnnotateResult): Occurrence[] {
    const added: Occurrence[] = [];
    const { annotation } = result;
    for (const hit of annotation.terms) {
      const entry = hit.entryId === undefined ? undefined : result.entries[hit.entryId];
      if (!this.terms.has(hit.term)) {
        this.terms.set(hit.term, {
          term: hit.term,
          ...(hit.entryId !== undefined ? { entryId: hit.entryId } : {}),
          category: hit.category,
          source: hit.source,
          summary: hit.summary,
          pinyin: result.pinyin[hit.term] ?? '',
          ...(entry ? { entry } : {}),
        });
      }
      for (const span of hit.occurrences) {
        const mapped = spanToRange(chunk, span.start, span.end);
        // A node edited between collection and now would misplace the range: drop it, the
        // mutation observer brings that block back.
        if (!mapped || mapped.range.toString() !== chunk.text.slice(span.start, span.end)) continue;
        const occ: Occurrence = { term: hit.term, category: hit.category, range: mapped.range, block: mapped.block };
        for (const node of mapped.nodes) {
          const list = this.byNode.get(node);
          if (list) list.push(occ);
          else this.byNode.set(node, [occ]);
        }
        added.push(occ);
      }
    }
    for (const d of heldDefinitions(annotation.defined)) {
      const mapped = spanToRange(chunk, d.evidence.start, d.evidence.end);
      if (mapped) this.definitions.push({ ...d, evidence: mapped.range, block: mapped.block });
    }
    this.occurrences.push(...added);
    this.sorted = null;
    return added;
  }

  /** Forget everything found in these blocks (they are about to be annotated again). */
  removeBlocks(blocks: ReadonlySet<Element>): Occurrence[] {
    return this.removeWhere((o) => blocks.has(o.block), (d) => blocks.has(d.block));
  }

  /** Forget exactly these occurrences (a provisional result being replaced); returns those it held. */
  removeOccurrences(list: readonly Occurrence[]): Occurrence[] {
    const gone = new Set(list);
    return this.removeWhere((o) => gone.has(o), () => false);
  }

  /** Forget what the page has removed from the document. */
  pruneDisconnected(): Occurrence[] {
    return this.removeWhere((o) => !o.range.startContainer.isConnected, (d) => !d.evidence.startContainer.isConnected);
  }

  private removeWhere(occ: (o: Occurrence) => boolean, def: (d: PageDefinition) => boolean): Occurrence[] {
    const removed = this.occurrences.filter(occ);
    for (const o of removed) this.gone.add(o);
    if (removed.length) {
      this.occurrences = this.occurrences.filter((o) => !occ(o));
      this.sorted = null;
    }
    this.definitions = this.definitions.filter((d) => !def(d));
    const live = new Set(this.occurrences.map((o) => o.term));
    for (const term of this.terms.keys()) if (!live.has(term)) this.terms.delete(term);
    return removed;
  }

  allOccurrences(): readonly Occurrence[] {
    return this.occurrences;
  }

  /** Occurrences in document order. */
  inDocumentOrder(): readonly Occurrence[] {
    this.sorted ??= [...this.occurrences].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return this.sorted;
  }

  occurrencesOf(term: string): Occurrence[] {
    return this.inDocumentOrder().filter((o) => o.term === term);
  }

  /** Occurrences painted under the reader's density (null: all); only these open the card. */
  shown: WeakSet<Occurrence> | null = null;

  occurrencesInNode(node: Node): readonly Occurrence[] {
    return (this.byNode.get(node) ?? []).filter((o) => !this.gone.has(o) && (!this.shown || this.shown.has(o)));
  }

  /** The term's explanations, best first (core/explain.ts decides), with the page's as Ranges. */
  explanationsOf(term: string): Explanation<Range>[] {
    const info = this.terms.get(term);
    if (!info) return [];
    return explain(info, { definitions: this.definitions, remembered: this.remembered, ...(info.entry ? { entry: info.entry } : {}) });
  }

  setRemembered(list: RememberedDefinition[]): void {
    this.remembered = list;
  }

  /** The page's definitions at or above `minConfidence`, as the memory keeps them (no Ranges). */
  definitionsToRemember(minConfidence: number): { explains: string; label: string; members: string[] }[] {
    return this.definitions
      .filter((d) => d.confidence >= minConfidence && d.members.length >= 2)
      .map((d) => ({ explains: d.explains, label: d.label, members: d.members }));
  }

  /**
   * The page's terms in the order they first occur in the document, so the popup's list is the
   * same on every run whichever chunk the worker answered first.
   */
  pageTerms(): PageTerm[] {
    const counts = new Map<string, number>();
    for (const o of this.inDocumentOrder()) counts.set(o.term, (counts.get(o.term) ?? 0) + 1);
    return [...counts.keys()]
      .map((term) => this.terms.get(term))
      .filter((t): t is TermInfo => t !== undefined)
      .map((t) => ({
        term: t.term,
        ...(t.entryId !== undefined ? { entryId: t.entryId } : {}),
        source: t.source,
        category: t.category,
        summary: t.summary,
        count: counts.get(t.term)!,
        definedOnPage: explainedByPage(this.explanationsOf(t.term)),
      }));
  }
}
