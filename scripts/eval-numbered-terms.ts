// Scores the unknown-numbered-term rule (core/numbered-terms.ts) as a reader meets it: the
// engine annotates each labelled real text (definition mining off, so every 'article' term
// comes from the rule), and the result is compared with tests/fixtures/numbered-terms/labels.json.
//   rule precision = article terms that are labelled formulas / article terms not labelled `either`
//                    (a term nobody labelled counts as wrong, so the labels must stay complete)
//   rule recall    = labelled formulas the glossary does not cover that the rule reports
//   recall         = labelled formulas reported at all (glossary or rule)
// Pages (raw HTML of three articles) are decoded like the CLI does and reported, but the overall
// figures count each article once. Everyday sentences (tests/fixtures/numbered-terms/everyday.json)
// are negatives: any term reported on them is wrong, listed apart from the article figures.
// Run: npx tsx scripts/eval-numbered-terms.ts
// tests/unit/numbered-terms-eval.test.ts calls evaluateNumberedTerms().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getNodeEngine } from '../core/node/engine';
import { normalize } from '../core/normalize';
import { decodeInput } from '../cli/read-input';

export interface MustTerm {
  term: string;
  /** Other surfaces that count as reporting it (三权 for 三权分置). */
  accept?: string[];
  note?: string;
}

export interface LabelledText {
  file: string;
  must: MustTerm[];
  either: string[];
  mustNot: string[];
}

interface LabelFile {
  texts: (LabelledText | { file: string; sameAs: string })[];
}

export interface TextScore {
  file: string;
  /** A page that repeats an article's labels: not counted in the overall figures. */
  duplicate: boolean;
  glossaryFound: string[];
  ruleFound: string[];
  ruleCorrect: string[];
  ruleWrong: string[];
  /** Wrong terms that are not in mustNot either: someone has to label them. */
  unlabelled: string[];
  missed: string[];
  /** Labelled formulas not covered by the glossary (the rule's recall denominator). */
  ruleExpected: number;
  ruleHits: number;
  mustTotal: number;
  mustReported: number;
  /** Labels whose surface does not occur in the text (a broken label, not a rule failure). */
  absentLabels: string[];
}

export interface NumberedTermEval {
  texts: TextScore[];
  everydaySentences: number;
  everydayHits: EverydayHit[];
  precision: number;
  recall: number;
  overallRecall: number;
  predicted: number;
  correct: number;
  expected: number;
}

export const TARGETS = { precision: 0.9, recall: 0.8 };

/** A sentence of everyday text on which the rule reported something: every such term is wrong. */
export interface EverydayHit {
  sentence: string;
  terms: string[];
}

const root = fileURLToPath(new URL('..', import.meta.url));
export const LABELS_PATH = `${root}tests/fixtures/numbered-terms/labels.json`;
export const EVERYDAY_PATH = `${root}tests/fixtures/numbered-terms/everyday.json`;

export function loadEverydaySentences(path = EVERYDAY_PATH): string[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { sentences: string[] }).sentences;
}

/**
 * Tifa runs on any page a reader opens: weather, prices, family, sport, recipes. None of these
 * sentences holds a numbered formula, so every article term the rule reports on them is wrong.
 */
export function scoreEveryday(sentences = loadEverydaySentences()): EverydayHit[] {
  const engine = getNodeEngine();
  return sentences
    .map((sentence) => ({
      sentence,
      terms: engine.annotate(sentence, { mine: false }).terms.filter((t) => t.source === 'article').map((t) => t.term),
    }))
    .filter((h) => h.terms.length > 0);
}

export function loadLabels(path = LABELS_PATH): { file: string; labels: LabelledText; duplicate: boolean }[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as LabelFile;
  const byFile = new Map<string, LabelledText>();
  for (const t of data.texts) if ('must' in t) byFile.set(t.file, t);
  return data.texts.map((t) => {
    if ('must' in t) return { file: t.file, labels: t, duplicate: false };
    const labels = byFile.get(t.sameAs);
    if (!labels) throw new Error(`${t.file}: sameAs ${t.sameAs} has no labels`);
    return { file: t.file, labels: { ...labels, file: t.file }, duplicate: true };
  });
}

/** The text the CLI would annotate for this file (HTML pages reduced to their readable text). */
export function readLabelledText(file: string): string {
  const decoded = decodeInput(file, readFileSync(root + file));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
  return decoded.text;
}

export function scoreText(file: string, text: string, labels: LabelledText, duplicate = false): TextScore {
  const annotation = getNodeEngine().annotate(text, { mine: false });
  const norm = normalize(text);
  const glossaryForms = new Set<string>();
  const glossaryFound: string[] = [];
  const ruleFound: string[] = [];
  for (const t of annotation.terms) {
    if (t.source === 'glossary') {
      glossaryFound.push(t.term);
      glossaryForms.add(normalize(t.term));
      for (const s of t.surfaces) glossaryForms.add(normalize(s));
    } else ruleFound.push(normalize(t.term));
  }
  const formsOf = (m: MustTerm): string[] => [m.term, ...(m.accept ?? [])];
  const absentLabels = [
    ...labels.must.filter((m) => !formsOf(m).some((f) => norm.includes(f))).map((m) => m.term),
    ...[...labels.either, ...labels.mustNot].filter((s) => !norm.includes(s)),
  ];

  const mustForms = new Set(labels.must.flatMap(formsOf));
  const either = new Set(labels.either);
  const mustNot = new Set(labels.mustNot);
  const ruleCorrect = ruleFound.filter((t) => mustForms.has(t));
  const ruleWrong = ruleFound.filter((t) => !mustForms.has(t) && !either.has(t));
  const unlabelled = ruleWrong.filter((t) => !mustNot.has(t));

  let ruleExpected = 0;
  let ruleHits = 0;
  let mustReported = 0;
  const missed: string[] = [];
  for (const m of labels.must) {
    const forms = formsOf(m);
    const byGlossary = forms.some((f) => glossaryForms.has(f));
    const byRule = forms.some((f) => ruleFound.includes(f));
    if (!byGlossary) ruleExpected++;
    if (!byGlossary && byRule) ruleHits++;
    if (byGlossary || byRule) mustReported++;
    else missed.push(m.term);
  }
  return {
    file,
    duplicate,
    glossaryFound,
    ruleFound,
    ruleCorrect,
    ruleWrong,
    unlabelled,
    missed,
    ruleExpected,
    ruleHits,
    mustTotal: labels.must.length,
    mustReported,
    absentLabels,
  };
}

export function evaluateNumberedTerms(): NumberedTermEval {
  const texts = loadLabels().map(({ file, labels, duplicate }) => scoreText(file, readLabelledText(file), labels, duplicate));
  const counted = texts.filter((t) => !t.duplicate);
  const sum = (f: (t: TextScore) => number): number => counted.reduce((n, t) => n + f(t), 0);
  const correct = sum((t) => t.ruleCorrect.length);
  const predicted = correct + sum((t) => t.ruleWrong.length);
  const expected = sum((t) => t.ruleExpected);
  const everyday = loadEverydaySentences();
  return {
    texts,
    everydaySentences: everyday.length,
    everydayHits: scoreEveryday(everyday),
    precision: predicted === 0 ? 1 : correct / predicted,
    recall: expected === 0 ? 1 : sum((t) => t.ruleHits) / expected,
    overallRecall: sum((t) => t.mustReported) / sum((t) => t.mustTotal),
    predicted,
    correct,
    expected,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const ratio = (a: number, b: number): string => (b === 0 ? '–' : `${a}/${b}`);

export function formatReport(r: NumberedTermEval): string {
  const lines: string[] = [];
  for (const t of r.texts) {
    const name = t.file.split('/').pop()!;
    const p = ratio(t.ruleCorrect.length, t.ruleCorrect.length + t.ruleWrong.length);
    lines.push(`${name}${t.duplicate ? ' (page, not counted)' : ''}`);
    lines.push(`  rule precision ${p}  rule recall ${ratio(t.ruleHits, t.ruleExpected)}  all formulas reported ${ratio(t.mustReported, t.mustTotal)}`);
    lines.push(`  glossary: ${t.glossaryFound.join(' ') || '–'}`);
    lines.push(`  rule:     ${t.ruleFound.join(' ') || '–'}`);
    if (t.ruleWrong.length) lines.push(`  WRONG:    ${t.ruleWrong.join(' ')}`);
    if (t.unlabelled.length) lines.push(`  UNLABELLED: ${t.unlabelled.join(' ')}`);
    if (t.missed.length) lines.push(`  MISSED:   ${t.missed.join(' ')}`);
    if (t.absentLabels.length) lines.push(`  LABELS NOT IN TEXT: ${t.absentLabels.join(' ')}`);
  }
  lines.push('');
  lines.push(`everyday text (${r.everydaySentences} sentences, no formula in any): ${r.everydayHits.length} sentences with a reported term`);
  for (const h of r.everydayHits) lines.push(`  WRONG: ${h.terms.join(' ')}  ← ${h.sentence}`);
  lines.push(`overall (each article once): rule precision ${pct(r.precision)} (${r.correct}/${r.predicted}), rule recall ${pct(r.recall)} (of ${r.expected} formulas the glossary does not cover), all formulas reported ${pct(r.overallRecall)}`);
  lines.push(`targets: precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = evaluateNumberedTerms();
  console.log(formatReport(r));
  if (r.precision < TARGETS.precision || r.recall < TARGETS.recall || r.everydayHits.length > 0) process.exitCode = 1;
}
