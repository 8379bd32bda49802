// The --json contract other tools parse: one object per file, one line each, keys in exactly
// this order and nothing else. Built field by field (not by spreading engine objects) so a new
// field in the core's types can never leak into the output.

import { explain, heldDefinitions, type ExplanationSource } from '../core/explain';
import type { Annotation, TermSource } from '../core/types';

export interface JsonSpan {
  start: number;
  end: number;
}

export interface JsonTerm {
  term: string;
  surfaces: string[];
  count: number;
  occurrences: JsonSpan[];
  source: TermSource;
  summary: string;
  /** What explains it first (core/explain.ts): the page itself, the glossary, or neither. */
  explanation: ExplanationSource;
}

export interface JsonDefinition {
  term: string;
  members: string[];
  evidence: JsonSpan;
  /** The term (terms[].term) this definition explains. */
  explains: string;
  /** 0–1, from the evidence; below the threshold it is not shown as the page's explanation. */
  confidence: number;
}

export interface JsonReport {
  file: string;
  chars: number;
  terms: JsonTerm[];
  defined: JsonDefinition[];
}

export function toJsonReport(file: string, annotation: Annotation): JsonReport {
  const held = heldDefinitions(annotation.defined);
  return {
    file,
    chars: annotation.chars,
    terms: annotation.terms.map((t) => ({
      term: t.term,
      surfaces: [...t.surfaces],
      count: t.occurrences.length,
      occurrences: t.occurrences.map(span),
      source: t.source,
      summary: oneLine(t.summary),
      explanation: explain(t, { definitions: held })[0]!.from,
    })),
    defined: held.map((d) => ({
      term: d.label,
      members: [...d.members],
      evidence: span(d.evidence),
      explains: d.explains,
      confidence: d.confidence,
    })),
  };
}

/** The line printed for one file (without the trailing newline). */
export function toJsonLine(file: string, annotation: Annotation): string {
  return JSON.stringify(toJsonReport(file, annotation));
}

function span(s: JsonSpan): JsonSpan {
  return { start: s.start, end: s.end };
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
