import { describe, expect, it } from 'vitest';
import { TARGETS, evaluateDefinitions, loadFixtures } from '../../scripts/eval-definitions';

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
