// The human-readable report for one file: what was read, the terms by category (most frequent
// first) with where each explanation comes from, and the explanations the text gives itself.

import type { Annotation, Category, TermHit } from '../core/types';
import { CATEGORY_ORDER } from '../core/categories';
import enMessages from '../public/_locales/en/messages.json';
import zhMessages from '../public/_locales/zh_CN/messages.json';
import { displayName, printable } from './printable';
import { displayWidth, padEnd, truncate, type Style } from './style';

export interface ReportInput {
  file: string;
  /** How the bytes were decoded, e.g. utf-8, gb18030, utf-16le. */
  encoding: string;
  /** Whether the text was extracted from HTML. */
  html: boolean;
  annotation: Annotation;
}

export interface ReportOptions {
  style: Style;
  /** Terminal width; long lines are cut to fit only when this is known. */
  columns?: number;
}

const CATEGORY_KEYS = { formula: 'categoryFormula', enumeration: 'categoryEnumeration', policy: 'categoryPolicy' } as const;
/** The extension's own category names (public/_locales), English then Chinese. */
const CATEGORY_TITLES = Object.fromEntries(
  CATEGORY_ORDER.map((c) => [c, `${enMessages[CATEGORY_KEYS[c]].message} ${zhMessages[CATEGORY_KEYS[c]].message}`]),
) as Record<Category, string>;

export function renderReport(input: ReportInput, { style, columns }: ReportOptions): string {
  const out: string[] = [];
  const { file, encoding, html } = input;
  // Terms, members and summaries come from the input (or a user glossary): never raw to a terminal.
  const { terms, defined } = printableAnnotation(input.annotation);
  const annotation = { ...input.annotation, terms, defined };
  const fromArticle = terms.filter((t) => t.source === 'article').length;
  const occurrences = terms.reduce((n, t) => n + t.occurrences.length, 0);

  out.push(style.bold(displayName(file)));
  out.push(
    style.dim(
      `  ${annotation.chars.toLocaleString('en-US')} chars · ${encoding}${html ? ' · text extracted from HTML' : ''} · ` +
        `${plural(terms.length, 'term')} (${terms.length - fromArticle} glossary, ${fromArticle} article), ` +
        `${plural(occurrences, 'occurrence')} · ${plural(defined.length, 'definition')} in the text`,
    ),
  );

  for (const category of CATEGORY_ORDER) {
    const group = terms.filter((t) => t.category === category).sort(byCountThenPosition);
    if (group.length === 0) continue;
    out.push('', style.bold(`${CATEGORY_TITLES[category]} (${group.length})`));
    out.push(...termLines(group, style, columns));
  }

  if (defined.length > 0) {
    out.push('', style.bold(`Defined in the text (${defined.length})`));
    for (const d of defined) {
      const evidence = `  @${d.evidence.start}–${d.evidence.end}`;
      const prefix = `  ${d.term} = `;
      const members = d.members.join('、');
      const room = columns ? Math.max(10, columns - displayWidth(prefix) - displayWidth(evidence)) : undefined;
      out.push(`  ${style.term(d.term)} = ${room ? truncate(members, room) : members}${style.dim(evidence)}`);
    }
  }
  if (terms.length === 0 && defined.length === 0) out.push('', style.dim('  No terms found.'));
  return `${out.join('\n')}\n`;
}

function printableAnnotation({ terms, defined }: Annotation): Pick<Annotation, 'terms' | 'defined'> {
  return {
    terms: terms.map((t) => ({ ...t, term: printable(t.term), summary: printable(t.summary), surfaces: t.surfaces.map(printable) })),
    defined: defined.map((d) => ({ ...d, term: printable(d.term), members: d.members.map(printable) })),
  };
}

/** Terms wider than this get a line of their own instead of stretching the whole column. */
const MAX_TERM_COLUMN = 18;

function termLines(group: TermHit[], style: Style, columns: number | undefined): string[] {
  const widths = group.map((t) => displayWidth(t.term));
  const termWidth = Math.max(4, ...widths.filter((w) => w <= MAX_TERM_COLUMN));
  const countWidth = Math.max(...group.map((t) => String(t.occurrences.length).length)) + 1;
  const indent = ' '.repeat(2 + termWidth);
  const lines: string[] = [];
  for (const t of group) {
    const count = `×${t.occurrences.length}`.padStart(countWidth);
    const source = padEnd(t.source, 8);
    const used = 2 + termWidth + 2 + countWidth + 2 + 8 + 2;
    const summary = columns ? truncate(t.summary, Math.max(20, columns - used)) : t.summary;
    const sourceStyled = t.source === 'article' ? style.accent(source) : style.dim(source);
    const rest = `  ${count}  ${sourceStyled}  ${summary}`;
    if (displayWidth(t.term) > termWidth) lines.push(`  ${style.term(t.term)}`, indent + rest);
    else lines.push(`  ${style.term(padEnd(t.term, termWidth))}${rest}`);
    const otherSurfaces = t.surfaces.filter((s) => s !== t.term);
    if (otherSurfaces.length > 0) lines.push(style.dim(`${indent}  written as ${otherSurfaces.join('、')}`));
  }
  return lines;
}

function byCountThenPosition(a: TermHit, b: TermHit): number {
  return b.occurrences.length - a.occurrences.length || a.occurrences[0]!.start - b.occurrences[0]!.start;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
