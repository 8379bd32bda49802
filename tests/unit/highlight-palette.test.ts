// The category fills must stay apart for readers with a colour-vision deficiency, and colour
// must not be the only channel: each category has its own underline style. The fills are read
// from the very style sheet the page gets, composited over the page background, run through
// the Machado et al. (2009) severity-1 simulation matrices (in linear RGB), and compared in
// CIELAB. The previous palette (orange / blue / green) fails this under tritanopia (ΔE ≈ 4).
import { describe, expect, it } from 'vitest';
import { darkRules, lightRules } from '../../page/paint/highlight-style';

const NAMES = { formula: 'tifa-formula', enumeration: 'tifa-enumeration', policy: 'tifa-policy', active: 'tifa-active', flash: 'tifa-flash' };
const LIGHT_RULES = lightRules(NAMES);
const DARK_RULES = darkRules(NAMES);

type Rgb = [number, number, number];
const SIMULATIONS: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
/** Distance below which two fills read as "the same colour" at a glance. */
const MIN_DELTA_E = 15;

const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function lab([r, g, b]: number[]): Rgb {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function fills(rules: string): Map<string, { rgb: Rgb; alpha: number; underline: string }> {
  const out = new Map<string, { rgb: Rgb; alpha: number; underline: string }>();
  for (const m of rules.matchAll(/::highlight\(tifa-(formula|enumeration|policy)\)\{background-color:rgba\((\d+),(\d+),(\d+),([\d.]+)\);text-decoration:underline (\w+)/g)) {
    out.set(m[1]!, { rgb: [Number(m[2]), Number(m[3]), Number(m[4])], alpha: Number(m[5]), underline: m[6]! });
  }
  return out;
}

function simulatedLab(fill: { rgb: Rgb; alpha: number }, page: Rgb, matrix: number[][]): Rgb {
  const linear = fill.rgb.map((c, i) => toLinear(c * fill.alpha + page[i]! * (1 - fill.alpha)));
  const seen = matrix.map((row) => Math.min(1, Math.max(0, row.reduce((sum, k, j) => sum + k * linear[j]!, 0))));
  return lab(seen);
}

describe.each([
  ['light pages', LIGHT_RULES, [255, 255, 255] as Rgb],
  ['dark pages', DARK_RULES, [30, 30, 30] as Rgb],
])('category highlights on %s', (_name, rules, page) => {
  const byCategory = fills(rules);

  it('has one fill per category and a different underline style for each', () => {
    expect([...byCategory.keys()].sort()).toEqual(['enumeration', 'formula', 'policy']);
    expect(new Set([...byCategory.values()].map((f) => f.underline)).size).toBe(3);
  });

  it.each(Object.keys(SIMULATIONS))('keeps the three fills apart under %s', (simulation) => {
    const labs = [...byCategory.entries()].map(([name, f]) => [name, simulatedLab(f, page, SIMULATIONS[simulation]!)] as const);
    for (let i = 0; i < labs.length; i++) {
      for (let j = i + 1; j < labs.length; j++) {
        const d = Math.hypot(...labs[i]![1].map((v, k) => v - labs[j]![1][k]!));
        expect(d, `${labs[i]![0]} vs ${labs[j]![0]}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      }
    }
  });
});
