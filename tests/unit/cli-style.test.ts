import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, truncate, wantsColor } from '../../cli/style';

describe('terminal styling', () => {
  it('colours a terminal only, and never with NO_COLOR', () => {
    expect(wantsColor(true, {})).toBe(true);
    expect(wantsColor(false, {})).toBe(false);
    expect(wantsColor(undefined, {})).toBe(false);
    expect(wantsColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(true, { TERM: 'dumb' })).toBe(false);
    expect(wantsColor(false, { FORCE_COLOR: '1' })).toBe(true);
  });

  it('counts Chinese characters and full-width punctuation as two cells', () => {
    expect(displayWidth('四个意识')).toBe(8);
    // Curly quotes are East Asian "ambiguous" width; terminals in a non-CJK locale draw them narrow.
    expect(displayWidth('“二十字”好干部标准')).toBe(1 + 6 + 1 + 10);
    expect(displayWidth('《准则》（2016）')).toBe(8 + 2 + 4 + 2);
    expect(padEnd('四风', 6)).toBe('四风  ');
  });

  it('truncates by cells and marks the cut', () => {
    const summary = '维护习近平总书记的核心地位，维护党中央的权威和集中统一领导。';
    const cut = truncate(summary, 21);
    expect(cut).toBe('维护习近平总书记的核…');
    expect(displayWidth(cut)).toBeLessThanOrEqual(21);
    expect(truncate('四个意识', 8)).toBe('四个意识');
  });
});
