// Saved terms out and back in: a citation a translator can paste, CSV (which imports back),
// Markdown with citations, and a tab-separated file Anki imports as notes (front: term; back:
// pinyin, English, explanation, citation). Pure functions: the formats are unit-tested.
import { coerceSavedTerm, type SavedTerm } from './saved-terms-model';
import type { Result } from '../core/glossary-file';

/** The one-line citation of where the reader met the term: 《title》 (site, date), URL. */
export function pageCitation(t: Pick<SavedTerm, 'pageTitle' | 'url' | 'date'>): string {
  const site = siteName(t.url);
  const title = t.pageTitle ? `《${t.pageTitle}》` : '';
  const where = [site, t.date].filter(Boolean).join(', ');
  return [title + (where ? ` (${where})` : ''), t.url].filter(Boolean).join(' ').trim();
}

function siteName(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The English line: the rendering and whether it is official (with its document). */
export function englishLine(t: Pick<SavedTerm, 'english' | 'englishSource'>): string {
  if (!t.english) return '';
  return t.englishSource ? `${t.english} [official: ${t.englishSource}]` : `${t.english} [Tifa's rendering]`;
}

/** What "copy" puts on the clipboard: the entry, then where it comes from. */
export function citationText(t: SavedTerm): string {
  const lines = [`${t.term} (${t.pinyin})`.replace(' ()', '')];
  const english = englishLine(t);
  if (english) lines.push(english);
  if (t.explanation) lines.push(t.explanation);
  for (const s of t.sources) lines.push(`Source: ${s}`);
  const page = pageCitation(t);
  if (page) lines.push(t.explainedBy === 'page' ? `Explained in: ${page}` : `Seen in: ${page}`);
  return lines.join('\n');
}

export const CSV_COLUMNS = ['term', 'pinyin', 'category', 'english', 'englishSource', 'explanation', 'explainedBy', 'sources', 'pageTitle', 'url', 'date'] as const;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(list: readonly SavedTerm[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const t of list) {
    rows.push(
      CSV_COLUMNS.map((c) => csvField(c === 'sources' ? t.sources.join('\n') : String(t[c] ?? ''))).join(','),
    );
  }
  // A BOM so spreadsheet programs read the Chinese as UTF-8.
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** RFC 4180 CSV into rows of fields (quoted fields may hold commas, quotes and newlines). */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ''));
}

/** Saved terms back from a CSV this module wrote (its header names the columns). */
export function fromCsv(text: string): Result<SavedTerm[]> {
  const [header, ...rows] = parseCsvRows(text);
  if (!header || !header.includes('term')) return { ok: false, error: 'not a Tifa CSV export: no "term" column in the first line' };
  const out: SavedTerm[] = [];
  for (const [n, row] of rows.entries()) {
    const o: Record<string, unknown> = {};
    header.forEach((name, i) => (o[name] = row[i] ?? ''));
    o.sources = String(o.sources ?? '').split('\n').filter(Boolean);
    const t = coerceSavedTerm(o);
    if (!t) return { ok: false, error: `line ${n + 2}: no term` };
    out.push(t);
  }
  return { ok: true, value: out };
}

function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]|])/g, '\\$1');
}

export function toMarkdown(list: readonly SavedTerm[], heading = 'My terms — Tifa'): string {
  const out = [`# ${heading}`, ''];
  for (const t of list) {
    out.push(`## ${mdEscape(t.term)}${t.pinyin ? ` (${mdEscape(t.pinyin)})` : ''}`, '');
    const english = englishLine(t);
    if (english) out.push(`*${mdEscape(english)}*`, '');
    if (t.explanation) out.push(mdEscape(t.explanation), '');
    for (const s of t.sources) out.push(`- Source: ${mdEscape(s)}`);
    if (t.url) {
      const label = t.pageTitle ? `《${mdEscape(t.pageTitle)}》` : mdEscape(t.url);
      const where = [siteName(t.url), t.date].filter(Boolean).join(', ');
      out.push(`- ${t.explainedBy === 'page' ? 'Explained in' : 'Seen in'}: [${label}](${t.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})${where ? ` (${where})` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function tsvField(s: string): string {
  // Anki's tab-separated import: no tabs or raw newlines inside a field; <br> is a line break.
  return s.replace(/\t/g, ' ').replace(/\r?\n/g, '<br>');
}

/**
 * Anki's plain-text import: `#separator:tab` and `#html:true` headers, then one note per line,
 * Front = the term, Back = pinyin, English, explanation and citations, Tags = tifa + category.
 */
export function toAnkiTsv(list: readonly SavedTerm[]): string {
  const out = ['#separator:tab', '#html:true', '#tags column:3'];
  for (const t of list) {
    const back = [t.pinyin, englishLine(t), t.explanation, ...t.sources.map((s) => `Source: ${s}`), pageCitation(t)]
      .filter(Boolean)
      .map((s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
      .join('<br>');
    out.push([tsvField(t.term), tsvField(back), `tifa tifa::${t.category}`].join('\t'));
  }
  return `${out.join('\n')}\n`;
}
