import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ARTICLES_DIR, REAL_FIXTURES_PATH, TARGETS, evaluateDefinitions, loadFixtures } from '../../scripts/eval-definitions';

describe('definition miner quality (the same scoring as npm run eval:definitions)', () => {
  const result = evaluateDefinitions();

  it('the fixture set covers every pattern, both scripts and enough negatives', () => {
    const fixtures = loadFixtures();
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((f) => f.pattern === 'negative').length).toBeGreaterThanOrEqual(10);
    const patterns = new Set(fixtures.map((f) => f.pattern));
    for (const p of ['yishi-list', 'yiyao-list', 'diyi-list', 'paren-list', 'circled-list', 'shouci-list', 'paragraph-list', 'list-then-label', 'quoted-list-then-label', 'colon-list', 'dash-list', 'jishi-list', 'paren-gloss', 'abbreviation']) {
      expect(patterns, p).toContain(p);
    }
    expect(fixtures.filter((f) => f.script === 'traditional').length).toBeGreaterThanOrEqual(10);
    // Each expected member is written in its passage, so the fixtures can be met exactly.
    for (const f of fixtures) for (const e of f.expected) for (const m of [e.term, ...e.members]) expect(f.text, f.id).toContain(m);
  });

  it(`precision ≥ ${TARGETS.precision} and recall ≥ ${TARGETS.recall}`, () => {
    expect(result.precision, JSON.stringify(result.falsePositives)).toBeGreaterThanOrEqual(TARGETS.precision);
    expect(result.recall, JSON.stringify(result.misses)).toBeGreaterThanOrEqual(TARGETS.recall);
  });

  it("every one of the seed article's own definitions is recovered", () => {
    expect(result.seed.filter((s) => !s.bonus && !s.recovered)).toEqual([]);
    expect(result.passes).toBe(true);
  });
});

describe('real fixtures: cited excerpts of the dev articles', () => {
  const real = loadFixtures(REAL_FIXTURES_PATH);

  it('every excerpt is byte-exact at the lines it cites, and every expected string is in it', () => {
    expect(real.length).toBeGreaterThanOrEqual(30);
    for (const f of real) {
      const src = f.source as { file: string; line: number; lastLine: number };
      const lines = readFileSync(`${ARTICLES_DIR}${src.file}`, 'utf8').split('\n');
      expect(f.text, f.id).toBe(lines.slice(src.line - 1, src.lastLine).join('\n'));
      for (const e of f.expected) for (const m of [e.term, ...e.members]) expect(f.text, f.id).toContain(m);
    }
    expect(real.filter((f) => f.expected.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(real.filter((f) => f.script === 'traditional').length).toBeGreaterThanOrEqual(5);
  });

  // A regression floor, not a tuning target: these passages were written against the articles,
  // and the miner is judged on articles it has never seen. Precision matters most (a wrong
  // explanation on hover is worse than none).
  it('precision ≥ 0.9 and recall ≥ 0.8 on the real set', () => {
    const r = evaluateDefinitions(real);
    expect(r.precision, JSON.stringify(r.falsePositives)).toBeGreaterThanOrEqual(0.9);
    expect(r.recall, JSON.stringify(r.misses)).toBeGreaterThanOrEqual(0.8);
  });
});
