// The --json contract other tools parse: one object per file, one line each, keys in exactly
// this order and nothing else. Built field by field (not by spreading engine objects) so a new
// field in the core's types can never leak into the output.

import type { Annotation } from '../core/types';

export interface JsonSpan {
  start: number;
  end: number;
}

export interface JsonTerm {
  term: string;
  surfaces: string[];
  count: number;
  occurrences: JsonSpan[];
  source: 'glossary' | 'article';
  summary: string;
}

export interface JsonDefinition {
  term: string;
  members: string[];
  evidence: JsonSpan;
}

export interface JsonReport {
  file: string;
  chars: number;
  terms: JsonTerm[];
  defined: JsonDefinition[];
}

export function toJsonReport(file: string, annotation: Annotation): JsonReport {
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
    })),
    defined: annotation.defined.map((d) => ({
      term: d.term,
      members: [...d.members],
      evidence: span(d.evidence),
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
