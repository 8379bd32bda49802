// Scores the definition miner: precision and recall (a prediction counts when its term and
// members match exactly) over two fixture sets, reported apart and combined:
//   passages.json       hand-written passages; the targets apply to these and to the seed article.
//   real-passages.json  cited excerpts of the ten dev articles (tests/fixtures/articles/), written
//                       against the text rather than against the miner; reported as measured.
// Also a per-pattern breakdown and whether each definition the seed article gives is recovered.
// Exits non-zero below target.
// Run: npm run eval:definitions. tests/unit/miner-eval.test.ts calls evaluateDefinitions().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mineDefinitions } from '../core/miner';

export interface ExpectedDefinition {
  term: string;
  members: string[];
}

export interface DefinitionFixture {
  id: string;
  text: string;
  pattern: string;
  script: 'simplified' | 'traditional';
  /** Real fixtures: the dev article and the 1-based line range the text is copied from. */
  source?: string | { file: string; line: number; lastLine: number };
  note?: string;
  expected: ExpectedDefinition[];
}

export interface PatternScore {
  fixtures: number;
  expected: number;
  found: number;
  falsePositives: number;
}

export interface SeedCheck extends ExpectedDefinition {
  bonus: boolean;
  recovered: boolean;
}

export interface DefinitionEval {
  precision: number;
  recall: number;
  predicted: number;
  expected: number;
  correct: number;
  byPattern: Record<string, PatternScore>;
  misses: { id: string; expected: ExpectedDefinition; got: ExpectedDefinition[] }[];
  falsePositives: { id: string; got: ExpectedDefinition }[];
  seed: SeedCheck[];
  /** Seed-article definitions the miner finds that are not in the list below (for a human to judge). */
  seedOthers: ExpectedDefinition[];
  passes: boolean;
}

export const TARGETS = { precision: 0.9, recall: 0.8 };

const root = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES_PATH = `${root}tests/fixtures/definitions/passages.json`;
export const REAL_FIXTURES_PATH = `${root}tests/fixtures/definitions/real-passages.json`;
export const ARTICLES_DIR = `${root}tests/fixtures/articles/`;
export const SEED_PATH = `${root}glossary/articles/qinglian-jiguan-2019.txt`;

/** The definitions the seed article gives for its own labels (两个维护's halves come later, without the label). */
export const SEED_DEFINITIONS: (ExpectedDefinition & { bonus: boolean })[] = [
  { term: '四个一', members: ['一个前提', '一个关键', '一个路径', '一个目标'], bonus: false },
  { term: '三个方面', members: ['突出党建引领', '严明纪律规矩', '厚植良好政治土壤'], bonus: false },
  { term: '五大行动', members: ['举旗铸魂', '强基固本', '示范引领', '公开规范', '关心关爱'], bonus: false },
  {
    term: '三方面',
    members: ['紧扣“让党中央放心”这一政治要求', '紧扣“让人民满意”这一宗旨要求', '紧扣“忠诚、为民、担当、务实、清廉”这一工作要求'],
    bonus: false,
  },
  { term: '五条原则', members: ['坚持政治统领', '坚持人民立场', '坚持问题导向', '坚持典型示范', '坚持改革创新'], bonus: false },
  { term: '两个维护', members: ['坚决维护习近平总书记的核心地位', '坚决维护党中央权威和集中统一领导'], bonus: true },
];

export function loadFixtures(path = FIXTURES_PATH): DefinitionFixture[] {
  return JSON.parse(readFileSync(path, 'utf8')) as DefinitionFixture[];
}

function same(a: ExpectedDefinition, b: ExpectedDefinition): boolean {
  return a.term === b.term && a.members.length === b.members.length && a.members.every((m, i) => m === b.members[i]);
}

export function evaluateDefinitions(fixtures = loadFixtures(), seedText = readFileSync(SEED_PATH, 'utf8')): DefinitionEval {
  let predicted = 0;
  let expected = 0;
  let correct = 0;
  const byPattern: Record<string, PatternScore> = {};
  const misses: DefinitionEval['misses'] = [];
  const falsePositives: DefinitionEval['falsePositives'] = [];
  for (const fx of fixtures) {
    const got = mineDefinitions(fx.text).map((d) => ({ term: d.term, members: d.members }));
    const score = (byPattern[fx.pattern] ??= { fixtures: 0, expected: 0, found: 0, falsePositives: 0 });
    score.fixtures++;
    score.expected += fx.expected.length;
    predicted += got.length;
    expected += fx.expected.length;
    const unmatched = [...got];
    for (const want of fx.expected) {
      const at = unmatched.findIndex((g) => same(g, want));
      if (at >= 0) {
        unmatched.splice(at, 1);
        correct++;
        score.found++;
      } else {
        misses.push({ id: fx.id, expected: want, got });
      }
    }
    for (const g of unmatched) falsePositives.push({ id: fx.id, got: g });
    score.falsePositives += unmatched.length;
  }
  const seedMined = mineDefinitions(seedText).map((d) => ({ term: d.term, members: d.members }));
  const seed = SEED_DEFINITIONS.map((s) => ({ ...s, recovered: seedMined.some((g) => same(g, s)) }));
  const seedOthers = seedMined.filter((g) => !SEED_DEFINITIONS.some((s) => same(g, s)));
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = expected === 0 ? 0 : correct / expected;
  const passes =
    precision >= TARGETS.precision && recall >= TARGETS.recall && seed.every((s) => s.bonus || s.recovered);
  return { precision, recall, predicted, expected, correct, byPattern, misses, falsePositives, seed, seedOthers, passes };
}

function show(d: ExpectedDefinition): string {
  return `${d.term} → ${d.members.join(' / ')}`;
}

const pct = (x: number): string => x.toFixed(3);

function report(title: string, r: DefinitionEval, withSeed: boolean): string {
  const lines: string[] = [`== ${title} ==`];
  lines.push(`definition fixtures: ${r.expected} expected, ${r.predicted} predicted, ${r.correct} correct`);
  lines.push(`precision ${pct(r.precision)}${withSeed ? ` (target ≥ ${TARGETS.precision})` : ''}   recall ${pct(r.recall)}${withSeed ? ` (target ≥ ${TARGETS.recall})` : ''}`);
  lines.push('', 'by pattern                 fixtures  expected  found  false+');
  for (const [p, s] of Object.entries(r.byPattern)) {
    lines.push(`  ${p.padEnd(25)}${String(s.fixtures).padStart(8)}${String(s.expected).padStart(10)}${String(s.found).padStart(7)}${String(s.falsePositives).padStart(8)}`);
  }
  lines.push('', `misses (${r.misses.length}):`);
  for (const m of r.misses) lines.push(`  [${m.id}] want ${show(m.expected)}${m.got.length ? `\n      got ${m.got.map(show).join(' | ')}` : ' (nothing mined)'}`);
  lines.push('', `false positives (${r.falsePositives.length}):`);
  for (const f of r.falsePositives) lines.push(`  [${f.id}] ${show(f.got)}`);
  if (withSeed) {
    lines.push('', 'seed article (glossary/articles/qinglian-jiguan-2019.txt):');
    for (const s of r.seed) lines.push(`  ${s.recovered ? 'recovered' : 'MISSING  '} ${s.bonus ? '(bonus) ' : ''}${show(s)}`);
    for (const o of r.seedOthers) lines.push(`  also mined ${show(o)}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const hand = loadFixtures();
  const real = loadFixtures(REAL_FIXTURES_PATH);
  const r = evaluateDefinitions(hand);
  const rr = evaluateDefinitions(real);
  const all = evaluateDefinitions([...hand, ...real]);
  console.log(report(`hand-written set (${hand.length} passages, ${FIXTURES_PATH.slice(root.length)})`, r, true));
  console.log('');
  console.log(report(`real set (${real.length} cited excerpts of the dev articles, ${REAL_FIXTURES_PATH.slice(root.length)})`, rr, false));
  console.log('', `== summary ==`);
  for (const [name, x] of [['hand-written', r], ['real', rr], ['combined', all]] as const) {
    console.log(`  ${name.padEnd(13)} precision ${pct(x.precision)}  recall ${pct(x.recall)}  (${x.correct}/${x.predicted} predicted, ${x.correct}/${x.expected} expected)`);
  }
  console.log('', r.passes ? 'PASS (targets apply to the hand-written set and the seed article)' : 'FAIL: below target');
  process.exitCode = r.passes ? 0 : 1;
}
