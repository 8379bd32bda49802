// Runs the engine over a set and scores it: exactly what a reader is shown (eval/score-*.ts).
import { getNodeEngine } from '../core/node/engine';
import type { Annotation } from '../core/types';
import type { EvalSet } from './sets';
import { addTermScores, scoreTerms, type TermScore } from './score-terms';
import { addDefinitionScores, scoreDefinitions, type DefinitionScore } from './score-definitions';

export interface TextResult {
  id: string;
  terms?: TermScore;
  definitions?: DefinitionScore;
}

export interface SetResult {
  name: string;
  missing: boolean;
  missingTexts: string[];
  texts: TextResult[];
  terms: TermScore;
  definitions: DefinitionScore;
}

type Annotate = (text: string, mine: boolean) => Annotation;

export function runSet(set: EvalSet, annotate: Annotate = (t, mine) => getNodeEngine().annotate(t, { mine })): SetResult {
  const texts: TextResult[] = set.texts.map((t) => {
    const a = annotate(t.text, t.mine ?? true);
    return {
      id: t.id,
      ...(t.terms ? { terms: scoreTerms(t.terms, a.terms) } : {}),
      ...(t.definitions ? { definitions: scoreDefinitions(t.definitions, a.defined) } : {}),
    };
  });
  return {
    name: set.name,
    missing: set.missing,
    missingTexts: set.missingTexts,
    texts,
    terms: addTermScores(texts.flatMap((t) => (t.terms ? [t.terms] : []))),
    definitions: addDefinitionScores(texts.flatMap((t) => (t.definitions ? [t.definitions] : []))),
  };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The figures of one set, as printed and as --json gives them. */
export function figures(r: SetResult) {
  const t = r.terms;
  const d = r.definitions;
  const classes: Record<string, { recall: number | null; found: number; expected: number }> = {};
  for (const [c, x] of [...Object.entries(t.byClass), ...Object.entries(d.byClass)]) {
    classes[c] = { recall: ratio(x.found, x.expected), found: x.found, expected: x.expected };
  }
  return {
    texts: r.texts.length,
    numberedRecall: ratio(t.numbered.found, t.numbered.expected),
    numbered: { found: t.numbered.found, expected: t.numbered.expected },
    numberedPrecision: ratio(t.right, t.reported),
    numberedShown: { right: t.right, reported: t.reported },
    policyRecall: ratio(t.policy.found, t.policy.expected),
    policy: { found: t.policy.found, expected: t.policy.expected },
    definitionRecall: ratio(d.found, d.expected),
    definitionPrecision: ratio(d.right, d.shown),
    definitions: { found: d.found, expected: d.expected, right: d.right, shown: d.shown },
    classes,
  };
}
