// Scores the definitions the engine SHOWS as "from this page" against the truth of one text.
// A mined definition is shown when its confidence is at least PAGE_DEFINITION_MIN_CONFIDENCE
// (one without a confidence counts as 1, as before confidences existed).
// A mined definition matches a truth definition when
//   - the labels are equal once normalised with quotes and title marks removed (evalForm), and
//   - both have the same number of members, and
//   - each mined member and the truth member at the same place contain one another, either way,
//     once normalised: the miner may cut a member shorter (突出党建引领) or longer (…，突出党建引领
//     的作用) than the truth's leading wording, but a member from another item never matches.
// Each truth definition is matched at most once and each mined one at most once.
import { PAGE_DEFINITION_MIN_CONFIDENCE } from '../core/confidence';
import { evalForm } from './match-forms';
import type { Tally } from './score-terms';

export interface MinedDefinition {
  term: string;
  members: string[];
  confidence?: number;
}

export interface DefinitionTruth {
  label: string;
  members: string[];
  class?: string;
}

export interface DefinitionScore {
  expected: number;
  found: number;
  shown: number;
  right: number;
  byClass: Record<string, Tally>;
  missed: DefinitionTruth[];
  wrong: MinedDefinition[];
}

export function isShownDefinition(d: MinedDefinition): boolean {
  return (d.confidence ?? 1) >= PAGE_DEFINITION_MIN_CONFIDENCE;
}

export function sameDefinition(mined: MinedDefinition, truth: DefinitionTruth): boolean {
  if (evalForm(mined.term) !== evalForm(truth.label)) return false;
  if (mined.members.length !== truth.members.length) return false;
  return truth.members.every((want, i) => {
    const a = evalForm(want);
    const b = evalForm(mined.members[i]!);
    return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
  });
}

export function scoreDefinitions(truth: DefinitionTruth[], mined: MinedDefinition[]): DefinitionScore {
  const shown = mined.filter(isShownDefinition);
  const unused = [...shown];
  const score: DefinitionScore = { expected: truth.length, found: 0, shown: shown.length, right: 0, byClass: {}, missed: [], wrong: [] };
  for (const t of truth) {
    const at = unused.findIndex((m) => sameDefinition(m, t));
    const found = at >= 0;
    if (found) {
      unused.splice(at, 1);
      score.found++;
      score.right++;
    } else score.missed.push(t);
    if (t.class) {
      const c = (score.byClass[t.class] ??= { expected: 0, found: 0 });
      c.expected++;
      if (found) c.found++;
    }
  }
  score.wrong = unused;
  return score;
}

export function addDefinitionScores(scores: DefinitionScore[]): DefinitionScore {
  const total: DefinitionScore = { expected: 0, found: 0, shown: 0, right: 0, byClass: {}, missed: [], wrong: [] };
  for (const s of scores) {
    total.expected += s.expected;
    total.found += s.found;
    total.shown += s.shown;
    total.right += s.right;
    for (const [c, t] of Object.entries(s.byClass)) {
      const into = (total.byClass[c] ??= { expected: 0, found: 0 });
      into.expected += t.expected;
      into.found += t.found;
    }
    total.missed.push(...s.missed);
    total.wrong.push(...s.wrong);
  }
  return total;
}
