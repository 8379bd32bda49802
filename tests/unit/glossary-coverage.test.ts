// The glossary covers what a reader of the seed article hovers over, in the article's own
// surface forms, and numbered formulas list as many members as their numeral says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledGlossary } from '../../core/bundled-glossary';
import type { GlossaryEntry } from '../../core/types';

const SEED = readFileSync(join(import.meta.dirname, '../../glossary/articles/qinglian-jiguan-2019.txt'), 'utf8');

/** Full-width ASCII and the ideographic space to half width; nothing else. */
const widthFold = (s: string): string =>
  s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
const seed = widthFold(SEED);
const surfaces = (e: GlossaryEntry): string[] => [e.term, ...e.variants];

// Issue 3, "Coverage of the seed article": numbered formulas, then main policy terms.
const ISSUE_TERMS = [
  '两个高水平', '四个一', '四个意识', '四个自信', '两个维护', '三个表率', '七个有之', '五个必须', '八八战略',
  '一带一路', '一号工程', '最多跑一次', '四种形态', '四风',
  '五大行动',
  '清廉机关', '模范机关', '清廉浙江', '红船精神', '浙江精神', '民主集中制', '乡村振兴战略', '政治纪律和政治规矩',
  '干部任用条例', '《准则》《条例》', '强服务强效能作风建设专项行动', '干在实处、走在前列、勇立潮头',
  '访民情、访企情、访政情', '党建带工建、带团建、带妇建',
];
// A label wrapped in quotes in the article: the entry uses the article's wording around it.
const LABELS_IN_CONTEXT: Record<string, string> = {
  二十字: '“二十字”好干部标准',
};
// The article's own list labels are generic words (三个方面 occurs in countless texts): their
// entries are definedOnly, applied only where a text defines them with the same members.
const ARTICLE_LIST_LABELS = ['四个一', '三个方面', '三方面', '五条原则'];

function entryFor(surface: string): GlossaryEntry | undefined {
  return bundledGlossary.entries.find((e) => surfaces(e).includes(surface));
}

describe('coverage of the seed article', () => {
  test.each(ISSUE_TERMS)('%s has an entry whose surface form occurs in the article', (term) => {
    const entry = entryFor(term);
    expect(entry, `no entry with term or variant ${term}`).toBeDefined();
    expect(surfaces(entry!).some((s) => seed.includes(widthFold(s)))).toBe(true);
  });

  test.each(Object.entries(LABELS_IN_CONTEXT))('%s is covered through the article wording %s', (label, surface) => {
    const entry = entryFor(surface);
    expect(entry, `no entry with surface ${surface}`).toBeDefined();
    expect(surface).toContain(label);
    expect(seed).toContain(widthFold(surface));
  });

  test.each(ARTICLE_LIST_LABELS)('the article\'s list label %s has a definedOnly entry with its members', (label) => {
    const entry = entryFor(label);
    expect(entry, `no entry for ${label}`).toBeDefined();
    expect(entry!.definedOnly).toBe(true);
    expect(entry!.category).toBe('enumeration');
    expect(entry!.members.length).toBeGreaterThan(1);
    expect(seed).toContain(label);
  });

  test('only article list labels are definedOnly; 二十字 on its own is no surface', () => {
    const scoped = bundledGlossary.entries.filter((e) => e.definedOnly).map((e) => e.term);
    expect(scoped.sort()).toEqual([...ARTICLE_LIST_LABELS].sort());
    expect(entryFor('二十字')).toBeUndefined();
  });

  test('traditional-character pages are covered by variants of the central formulas', () => {
    for (const traditional of ['兩個維護', '四個意識', '一帶一路', '八項規定', '四個自信', '兩個確立']) {
      expect(entryFor(traditional), traditional).toBeDefined();
    }
  });
});

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 四 → 4, 十 → 10, 二十 → 20, 十二 → 12; undefined for anything else (八八 is a name, not 88). */
function numeralValue(s: string): number | undefined {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || (!m[2] && m[3])) return undefined;
  if (!m[2]) return m[1] ? DIGIT[m[1]] : undefined;
  return (m[1] ? DIGIT[m[1]]! : 1) * 10 + (m[3] ? DIGIT[m[3]]! : 0);
}

/** The count a label announces: a leading numeral (四个意识, 五位一体, 四风) or, for an article's
 *  list label, the numeral before its measure word (…应体现三个方面). */
function announcedCount(entry: GlossaryEntry): number | undefined {
  const leading = /^([一二两三四五六七八九十]+)/.exec(entry.term)?.[1];
  if (leading) return numeralValue(leading);
  if (entry.category !== 'enumeration') return undefined;
  const inner = /([一二两三四五六七八九十]+)(?:个|条|大|项|种|方面)/.exec(entry.term)?.[1];
  return inner === undefined ? undefined : numeralValue(inner);
}

// Names whose numeral does not count members, each for a stated reason.
const NOT_A_COUNT: Record<string, string> = {
  八八战略: '“八个方面的优势”和“八个方面的举措”，原文未逐条列出',
  一号工程: '“一号”是排位，不是条数',
  八项规定: '资料只给出全称，未列八条原文',
};

describe('numbered formulas list as many members as their numeral says', () => {
  const numbered = bundledGlossary.entries.filter((e) => announcedCount(e) !== undefined || e.term === '一带一路');

  test('the check covers the numbered formulas of the seed and the central formulas', () => {
    expect(numbered.map((e) => e.term)).toEqual(
      expect.arrayContaining(['四个意识', '七个有之', '四个一', '五大行动', '四风', '五位一体', '两个一百年', '三个方面']),
    );
  });

  test.each(numbered.map((e) => [e.term, e] as const))('%s', (term, entry) => {
    if (term in NOT_A_COUNT) {
      expect(entry.members).toEqual([]);
    } else if (term === '一带一路') {
      expect(entry.members.map((m) => m.text)).toEqual(['丝绸之路经济带', '21世纪海上丝绸之路']);
    } else if (term.startsWith('二十字')) {
      // Twenty characters: five four-character phrases.
      expect(entry.members.map((m) => m.text).join('')).toHaveLength(20);
    } else {
      expect(entry.members).toHaveLength(announcedCount(entry)!);
    }
  });
});
