// The miner runs on 1M-character pages: every search it makes must be bounded, so that mining
// a page eight times as long takes about eight times as long. These pages are built to hit the
// searches that used to run unbounded (one indexOf pass over the page per quoted singular label;
// a lastIndexOf that rescanned the page when its word was absent; a ；-list read at every colon).
import { describe, expect, it } from 'vitest';
import { mineDefinitions } from '../../core/miner';

const HAN = '党政军民学东西南北中农工商科教文卫体';

/** Distinct three-character nouns: 党党党, 政党党… (so every quoted pair names a new label). */
function noun(i: number): string {
  const n = HAN.length;
  return HAN[i % n]! + HAN[Math.floor(i / n) % n]! + HAN[Math.floor(i / n / n) % n]!;
}

function cpuMs(f: () => void): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const s = process.cpuUsage();
    f();
    const d = process.cpuUsage(s);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

/**
 * Time of mining `build(8n)` over time of mining `build(n)`: about 8 when linear, 64 when quadratic
 * (the bound leaves room for a loaded machine and for the collector on the larger page).
 */
function growth(build: (n: number) => string, n: number): number {
  const small = build(n);
  const large = build(8 * n);
  // Warm up on both: the first run of a size pays for compilation, not for the search.
  mineDefinitions(small);
  mineDefinitions(large);
  return cpuMs(() => mineDefinitions(large)) / Math.max(0.5, cpuMs(() => mineDefinitions(small)));
}

describe('mining stays linear on pages built against its searches', () => {
  it('many distinct quoted singular labels (“一个X，两个Y”), each glossed once', () => {
    const page = (n: number): string =>
      Array.from({ length: n }, (_, i) => `坚持“一个${noun(i)}，两个基本点”。一个${noun(i)}指发展经济的中心工作。`).join('\n');
    expect(growth(page, 800)).toBeLessThan(32);
  });

  it('colons and quotes everywhere, none followed by a ；-list or a label', () => {
    const page = (n: number): string => Array.from({ length: n }, (_, i) => `会议指出：要做好${noun(i)}工作，“加强${noun(i)}建设”，推动发展。`).join('');
    expect(growth(page, 800)).toBeLessThan(32);
  });
});
