// Scores the terms the engine SHOWS against the truth of one text.
//   numbered recall   truth terms of kind numbered that some shown hit names (its term or one of
//                     its surfaces equals the truth term or an accepted wording)
//   policy recall     the same for kind policy
//   numbered precision shown numbered hits (category formula or enumeration, glossary or article)
//                     that name a truth term / all shown numbered hits, leaving out the ones the
//                     truth marks as undecided (`either`, only in the first dev set's labels)
// A hit is shown when it comes from the glossary, or from the article with a confidence of at
// least ARTICLE_TERM_MIN_CONFIDENCE (a hit without a confidence counts as 1: rules that predate
// confidences report only what they are sure of).
// Recall is per term, not per occurrence: the first dev set's labels carry no counts.
import { ARTICLE_TERM_MIN_CONFIDENCE } from '../core/confidence';
import type { Category, TermSource } from '../core/types';
import { evalForm } from './match-forms';

export interface ReportedTerm {
  term: string;
  surfaces: string[];
  category: Category;
  source: TermSource;
  confidence?: number;
}

export interface TermTruth {
  terms: { term: string; kind: 'numbered' | 'policy'; class?: string; accept?: string[] }[];
  notTerms?: string[];
  /** Neither right nor wrong when reported (tests/fixtures/numbered-terms/labels.json `either`). */
  either?: string[];
  /** The truth labels numeral-led phrases only: a shown hit with no numeral is not judged. */
  numeralLedOnly?: boolean;
}

const NUMERAL = /[0-9一二两三四五六七八九十百千万双第]/;

export interface Tally {
  expected: number;
  found: number;
}

export interface TermScore {
  numbered: Tally;
  policy: Tally;
  /** Recall per truth `class` (terms without a class are not counted here). */
  byClass: Record<string, Tally>;
  /** Shown numbered hits: how many, how many right. */
  reported: number;
  right: number;
  missed: { term: string; kind: string; class?: string }[];
  /** Wrong shown numbered hits: in notTerms … */
  wrongNotTerms: string[];
  /** … or in neither list (truth to complete, for tune texts). */
  unlabelled: string[];
}

export function isShownTerm(t: ReportedTerm): boolean {
  return t.source === 'glossary' || (t.confidence ?? 1) >= ARTICLE_TERM_MIN_CONFIDENCE;
}

const formsOfHit = (t: ReportedTerm): Set<string> => new Set([t.term, ...t.surfaces].map(evalForm));

function emptyTermScore(): TermScore {
  return {
    numbered: { expected: 0, found: 0 },
    policy: { expected: 0, found: 0 },
    byClass: {},
    reported: 0,
    right: 0,
    missed: [],
    wrongNotTerms: [],
    unlabelled: [],
  };
}

export function scoreTerms(truth: TermTruth, hits: ReportedTerm[]): TermScore {
  const shown = hits.filter(isShownTerm).map((t) => ({ hit: t, forms: formsOfHit(t) }));
  const score = emptyTermScore();
  const truthForms = new Set<string>();
  for (const t of truth.terms) {
    const forms = [t.term, ...(t.accept ?? [])].map(evalForm);
    for (const f of forms) truthForms.add(f);
    const found = shown.some((s) => forms.some((f) => s.forms.has(f)));
    const tally = score[t.kind];
    tally.expected++;
    if (found) tally.found++;
    if (t.class) {
      const c = (score.byClass[t.class] ??= { expected: 0, found: 0 });
      c.expected++;
      if (found) c.found++;
    }
    if (!found) score.missed.push({ term: t.term, kind: t.kind, ...(t.class ? { class: t.class } : {}) });
  }
  const notTerms = new Set((truth.notTerms ?? []).map(evalForm));
  const either = new Set((truth.either ?? []).map(evalForm));
  for (const { hit, forms } of shown) {
    if (hit.category === 'policy') continue;
    if ([...forms].some((f) => truthForms.has(f))) {
      score.reported++;
      score.right++;
    } else if ([...forms].some((f) => either.has(f)) || (truth.numeralLedOnly && !NUMERAL.test(hit.term))) {
      continue;
    } else {
      score.reported++;
      const name = evalForm(hit.term);
      if ([...forms].some((f) => notTerms.has(f))) score.wrongNotTerms.push(name);
      else score.unlabelled.push(name);
    }
  }
  return score;
}

/** Sums per-text scores into one per set. */
export function addTermScores(scores: TermScore[]): TermScore {
  const total = emptyTermScore();
  for (const s of scores) {
    for (const k of ['numbered', 'policy'] as const) {
      total[k].expected += s[k].expected;
      total[k].found += s[k].found;
    }
    for (const [c, t] of Object.entries(s.byClass)) {
      const into = (total.byClass[c] ??= { expected: 0, found: 0 });
      into.expected += t.expected;
      into.found += t.found;
    }
    total.reported += s.reported;
    total.right += s.right;
    total.missed.push(...s.missed);
    total.wrongNotTerms.push(...s.wrongNotTerms);
    total.unlabelled.push(...s.unlabelled);
  }
  return total;
}
