// The pinyin line under a term in the tooltip: syllables for Han characters only, numbers and
// Latin as written, no quote marks floating between syllables.
import { describe, expect, it } from 'vitest';
import { termPinyin } from '../../lib/annotate-result';

describe('termPinyin', () => {
  it('reads the Han characters of a term with tone marks', () => {
    expect(termPinyin('四个意识')).toBe('sì gè yì shí');
    expect(termPinyin('八八战略')).toBe('bā bā zhàn lüè');
  });

  it('keeps digits and Latin as written and drops quotes and brackets (labels mined from page 04)', () => {
    expect(termPinyin('3个“坚决”')).toBe('3 gè jiān jué');
    expect(termPinyin('4种“学”')).toBe('4 zhǒng xué');
    expect(termPinyin('“一国两制”')).toBe('yì guó liǎng zhì');
    expect(termPinyin('「一國兩制」')).toBe('yì guó liǎng zhì');
    expect(termPinyin('G20峰会')).toBe('G20 fēng huì');
    expect(termPinyin('（二十条）')).toBe('èr shí tiáo');
  });

  it('gives 一 and 不 the tone they take in the formula', () => {
    expect(termPinyin('四个一')).toBe('sì gè yī');
    expect(termPinyin('一带一路')).toBe('yí dài yí lù');
    expect(termPinyin('三会一课')).toBe('sān huì yí kè');
    expect(termPinyin('十一五')).toBe('shí yī wǔ');
    expect(termPinyin('4个“不做”')).toBe('4 gè bú zuò');
  });

  it('never leaves punctuation or double spaces in the line', () => {
    for (const term of ['一个中心、两个基本点', '《决定》', '2个“都成为”', '“两个确立”']) {
      const line = termPinyin(term);
      expect(line).not.toMatch(/[“”「」《》（）、]|\s{2}|^\s|\s$/);
    }
  });
});
