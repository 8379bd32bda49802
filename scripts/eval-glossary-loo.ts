// Leave-one-text-out estimate of policy recall on texts the glossary was not built from: each
// dev2-tune text is scored with a glossary lacking every entry that quotes that text. Pessimistic
// (a term quoted from this text only is dropped even when other texts use it too), but it never
// reads a held-out text. Usage: npx tsx scripts/eval-glossary-loo.ts
import * as jieba from 'jieba-wasm';
import { createEngine } from '../core/engine';
import { bundledGlossary } from '../core/bundled-glossary';
import { loadSet } from '../eval/sets';
import { addTermScores, scoreTerms, type TermScore } from '../eval/score-terms';

const set = loadSet('dev2-tune');
const scores: TermScore[] = [];
for (const t of set.texts) {
  if (!t.terms) continue;
  // Glossary copies are named after the dev2 file without its NN- prefix.
  const article = t.id.replace(/^\d\d-/, '').replace(/\.txt$/, '');
  const entries = bundledGlossary.entries.filter((e) => !e.sources.some((s) => s.kind === 'article' && s.article === article));
  const engine = createEngine({ jieba, glossary: { ...bundledGlossary, entries } });
  const score = scoreTerms(t.terms, engine.annotate(t.text, { mine: false }).terms);
  scores.push(score);
  console.log(`${t.id}  policy ${score.policy.found}/${score.policy.expected}  (${bundledGlossary.entries.length - entries.length} entries left out)`);
}
const total = addTermScores(scores);
const recall = total.policy.expected ? total.policy.found / total.policy.expected : 0;
console.log(`leave-one-text-out policy recall ${recall.toFixed(3)} (${total.policy.found}/${total.policy.expected})`);
