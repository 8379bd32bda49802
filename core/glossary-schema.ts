// Validation of glossary data (the bundled glossary.json and user-imported files). A glossary
// is edited by hand, so every error names the exact place (entries[3].sources[0].quote) and the
// problem in words; structural checks come from valibot, cross-entry checks (unique ids, one
// owner per surface form, related ids that exist) are done here after the shape is known.
import * as v from 'valibot';
import { normalize } from './normalize';
import type { Glossary, GlossaryArticle, GlossaryEntry } from './types';
import { CATEGORY_ORDER } from './categories';

export class GlossaryError extends Error {
  /** One readable line per problem, each starting with its path. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      problems.length === 1
        ? `invalid glossary: ${problems[0]}`
        : `invalid glossary (${problems.length} problems):\n  ${problems.join('\n  ')}`,
    );
    this.name = 'GlossaryError';
    this.problems = problems;
  }
}

const nonEmptyString = v.pipe(
  v.string('expected a non-empty string'),
  v.check((s) => s.trim().length > 0, 'expected a non-empty string'),
);

function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  // Day 0 of the next month is the last day of this one.
  return d >= 1 && d <= new Date(Date.UTC(y!, m, 0)).getUTCDate();
}

const dateSchema = v.pipe(
  v.string('expected a date string'),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealDate, 'expected a real calendar date (month 01-12, day within the month)'),
);

const articleSourceSchema = v.strictObject({
  kind: v.literal('article'),
  article: v.pipe(
    nonEmptyString,
    v.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an article id (file name under glossary/articles/ without .txt)'),
  ),
  quote: nonEmptyString,
  line: v.pipe(
    v.number('expected a line number'),
    v.integer('expected a whole line number'),
    v.minValue(1, 'expected a 1-based line number (at least 1)'),
  ),
  citation: v.optional(nonEmptyString),
});

const articleSchema = v.strictObject({
  title: nonEmptyString,
  author: v.optional(nonEmptyString),
  date: dateSchema,
});

const referenceSourceSchema = v.strictObject({
  kind: v.literal('reference'),
  document: nonEmptyString,
  date: dateSchema,
  note: v.optional(nonEmptyString),
});

const sourceSchema = v.variant(
  'kind',
  [articleSourceSchema, referenceSourceSchema],
  'expected kind "article" or "reference"',
);

const memberSchema = v.strictObject({
  text: nonEmptyString,
  detail: v.optional(nonEmptyString),
});

const entrySchema = v.strictObject({
  id: v.pipe(
    v.string('expected a string id'),
    v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case ascii id such as si-ge-yishi'),
  ),
  term: nonEmptyString,
  variants: v.array(nonEmptyString, 'expected an array of strings'),
  category: v.picklist(CATEGORY_ORDER, `expected one of ${CATEGORY_ORDER.join('|')}`),
  members: v.array(memberSchema, 'expected an array of members'),
  summary: v.pipe(nonEmptyString, v.check((s) => !/[\r\n]/.test(s), 'expected a single line')),
  english: v.optional(nonEmptyString),
  englishSource: v.optional(referenceSourceSchema),
  related: v.array(nonEmptyString, 'expected an array of entry ids'),
  sources: v.pipe(
    v.array(sourceSchema, 'expected an array of sources'),
    v.minLength(1, 'at least one source required'),
  ),
  definedOnly: v.optional(v.boolean('expected true or false')),
});

const glossarySchema = v.strictObject({
  version: v.pipe(
    v.number('expected a version number'),
    v.integer('expected a whole number'),
    v.minValue(1, 'expected at least 1'),
  ),
  articles: v.optional(v.record(v.string(), articleSchema, 'expected an object of articles by id')),
  entries: v.array(entrySchema, 'expected an array of entries'),
});

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function describe(issue: v.BaseIssue<unknown>): string {
  // Optional fields never raise issues when absent, so an undefined input means a missing field.
  if (issue.input === undefined && issue.path) return 'missing required field';
  if (!issue.path) return 'expected a glossary object { "version": 1, "entries": [...] }';
  // Strict objects report an unknown key as expecting "never": usually a typo such as "variant".
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return 'unexpected field (allowed fields are listed in glossary/README.md)';
  }
  return issue.message;
}

/** Structural problems, one line each. */
function shapeProblems(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `${pathOf(issue)}: ${describe(issue)}`);
}

/** Problems that involve more than one entry. */
function crossEntryProblems(entries: readonly GlossaryEntry[], label = 'entries'): string[] {
  const problems: string[] = [];
  const idAt = new Map<string, number>();
  entries.forEach((entry, i) => {
    const first = idAt.get(entry.id);
    if (first === undefined) idAt.set(entry.id, i);
    else problems.push(`${label}[${i}].id "${entry.id}" is used twice (also ${label}[${first}])`);
  });

  // The matcher compares normalised text, so 兩個維護 and 两个维护 are the same surface form.
  const owner = new Map<string, { index: number; id: string; written: string }>();
  entries.forEach((entry, i) => {
    const forms = [entry.term, ...entry.variants];
    const seenHere = new Set<string>();
    forms.forEach((form, j) => {
      const key = normalize(form);
      const where = j === 0 ? `${label}[${i}].term` : `${label}[${i}].variants[${j - 1}]`;
      if (seenHere.has(form)) {
        problems.push(`${where} "${form}" is listed twice in the same entry`);
        return;
      }
      seenHere.add(form);
      const prior = owner.get(key);
      if (prior && prior.index !== i) {
        problems.push(
          `${where} "${form}" is also a term or variant of ${label}[${prior.index}] ("${prior.id}", as "${prior.written}")`,
        );
      } else if (!prior) {
        owner.set(key, { index: i, id: entry.id, written: form });
      }
    });
  });

  entries.forEach((entry, i) => {
    entry.related.forEach((id, j) => {
      if (!idAt.has(id)) problems.push(`${label}[${i}].related[${j}]: unknown related id "${id}"`);
      else if (id === entry.id) problems.push(`${label}[${i}].related[${j}]: an entry cannot be related to itself`);
    });
  });
  return problems;
}

/** Article sources must name an article the glossary describes, when it describes any. */
function articleProblems(glossary: Glossary): string[] {
  const { articles } = glossary;
  if (!articles) return [];
  const problems: string[] = [];
  glossary.entries.forEach((entry, i) =>
    entry.sources.forEach((source, j) => {
      if (source.kind === 'article' && !Object.hasOwn(articles, source.article)) {
        problems.push(`entries[${i}].sources[${j}].article: "${source.article}" is not listed under "articles"`);
      }
    }),
  );
  return problems;
}

/** 陈金彪《以党的政治建设为统领…》（2019-08-16） */
export function citeArticle(article: GlossaryArticle): string {
  return `${article.author ?? ''}《${article.title}》（${article.date}）`;
}

/** Fill in each article source's citation from the glossary's article list. */
function withCitations(glossary: Glossary): Glossary {
  const { articles } = glossary;
  if (!articles) return glossary;
  for (const entry of glossary.entries) {
    for (const source of entry.sources) {
      const article = source.kind === 'article' ? articles[source.article] : undefined;
      if (source.kind === 'article' && article) source.citation = citeArticle(article);
    }
  }
  return glossary;
}

/** Validate untrusted glossary data; throws GlossaryError naming each problem and its place. */
export function parseGlossary(data: unknown): Glossary {
  const result = v.safeParse(glossarySchema, data, { abortEarly: false });
  if (!result.success) throw new GlossaryError(shapeProblems(result.issues));
  const glossary = result.output as Glossary;
  const problems = [...crossEntryProblems(glossary.entries), ...articleProblems(glossary)];
  if (problems.length) throw new GlossaryError(problems);
  return withCitations(glossary);
}

/** A bundled entry (or one of its variants) that an imported entry took over. */
export interface Override {
  /** The bundled entry's id and term. */
  id: string;
  term: string;
  /** The imported entry that claims it. */
  by: string;
  /** 'entry': the whole bundled entry gave way; 'variant': only this variant of it did. */
  what: 'entry' | 'variant';
  form: string;
}

/**
 * Combine the bundled glossary with a user-imported one; the user's file wins. An extra entry
 * with an id already in `base` replaces it; an extra entry whose term or variant is a bundled
 * term takes that bundled entry's place (the bundled entry is dropped, and bundled `related`
 * links to it with it); one that only claims a bundled variant takes that variant away from the
 * bundled entry. So importing 四个意识 (or 兩個維護) under a new id gives the user's explanation,
 * not a glossary the engine refuses. Conflicts inside the imported file itself were refused by
 * parseGlossary; anything still inconsistent after the merge is reported, never silently
 * resolved. The options page runs this same function at import time (lib/user-glossary.ts), so
 * a file it accepts is a file the background accepts.
 */
export function mergeGlossariesWithReport(base: Glossary, extra: Glossary): { glossary: Glossary; overrides: Override[] } {
  const extraIds = new Set(extra.entries.map((e) => e.id));
  const claimedBy = new Map<string, string>();
  for (const e of extra.entries) for (const form of [e.term, ...e.variants]) claimedBy.set(normalize(form), e.id);
  const overrides: Override[] = [];
  const dropped = new Set<string>();
  const kept: GlossaryEntry[] = [];
  for (const e of base.entries) {
    if (extraIds.has(e.id)) continue;
    const by = claimedBy.get(normalize(e.term));
    if (by !== undefined) {
      overrides.push({ id: e.id, term: e.term, by, what: 'entry', form: e.term });
      dropped.add(e.id);
      continue;
    }
    const variants = e.variants.filter((form) => {
      const variantBy = claimedBy.get(normalize(form));
      if (variantBy === undefined) return true;
      overrides.push({ id: e.id, term: e.term, by: variantBy, what: 'variant', form });
      return false;
    });
    kept.push(variants.length === e.variants.length ? e : { ...e, variants });
  }
  const keptLinked = dropped.size
    ? kept.map((e) => (e.related.some((id) => dropped.has(id)) ? { ...e, related: e.related.filter((id) => !dropped.has(id)) } : e))
    : kept;
  const merged = [...keptLinked, ...extra.entries];
  const labels = [
    ...keptLinked.map((e) => `bundled entry "${e.id}"`),
    ...extra.entries.map((e) => `imported entry "${e.id}"`),
  ];
  const problems = crossEntryProblems(merged, 'merged').map((p) =>
    p.replace(/merged\[(\d+)\]/g, (_, n: string) => labels[Number(n)] ?? `merged[${n}]`),
  );
  if (problems.length) throw new GlossaryError(problems);
  const articles = base.articles || extra.articles ? { ...base.articles, ...extra.articles } : undefined;
  return {
    glossary: {
      version: Math.max(base.version, extra.version),
      ...(articles ? { articles } : {}),
      entries: merged,
    },
    overrides,
  };
}

/** The merged glossary the engine runs on (see mergeGlossariesWithReport). */
export function mergeGlossaries(base: Glossary, extra: Glossary): Glossary {
  return mergeGlossariesWithReport(base, extra).glossary;
}
