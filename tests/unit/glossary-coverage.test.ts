// The glossary covers what a reader of the seed article and of the dev articles hovers over, in
// the articles' own surface forms, and numbered formulas list as many members as their numeral says.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledGlossary } from '../../core/bundled-glossary';
import { normalize } from '../../core/normalize';
import type { GlossaryEntry } from '../../core/types';

const GLOSSARY_ARTICLES = join(import.meta.dirname, '../../glossary/articles');
const DEV_ARTICLES = join(import.meta.dirname, '../fixtures/articles');
// The second development set lives in the shared material beside the checkout (see eval/README.md);
// its held-out texts (eval/split.json) must never be quoted by the glossary.
const DEV2_ARTICLES = join(import.meta.dirname, '../../../shared/articles/dev2');
const HELD_OUT: string[] = JSON.parse(readFileSync(join(import.meta.dirname, '../../eval/split.json'), 'utf8')).held;
const glossaryArticle = (id: string): string => readFileSync(join(GLOSSARY_ARTICLES, `${id}.txt`), 'utf8');
const SEED = glossaryArticle('qinglian-jiguan-2019');

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

// Formulas QA found unexplained on the dev articles (tests/fixtures/articles), each with the
// bundled copy of the dev article its entry quotes and where a reader meets it.
const DEV_ARTICLE_TERMS: Record<string, string> = {
  一国两制: 'xianggang-guoan-jueding-shuoming',
  九二共识: 'gaige-kaifang-40-zhounian-jianghua',
  三个代表: 'gaige-kaifang-40-zhounian-jianghua',
  两个基本点: 'gaige-kaifang-40-zhounian-jianghua',
  四项基本原则: 'gaige-kaifang-40-zhounian-jianghua',
  两个毫不动摇: 'gaige-kaifang-40-zhounian-jianghua',
  两个凡是: 'gaige-kaifang-40-zhounian-jianghua',
  国内国际两个大局: 'ershijie-erzhong-quanhui-gongbao',
  三会一课: 'dangyuan-xuexi-cailiao-2019-08',
  一岗双责: 'dangyuan-xuexi-cailiao-2019-08',
  四个服从: 'dangyuan-xuexi-cailiao-2019-08',
  两学一做: 'shaoxing-siqi-sihua-jianghua',
  共同富裕: 'gongtong-fuyu-zhongcaiwei',
  三次分配: 'gongtong-fuyu-zhongcaiwei',
  双减: 'gongtong-fuyu-zhongcaiwei',
  五育并举: 'zhejiang-jiaoyu-qiangsheng-dahui',
};

describe('coverage of the dev articles', () => {
  test.each(Object.entries(DEV_ARTICLE_TERMS))('%s has an entry quoting %s, where one of its surfaces occurs', (term, article) => {
    const entry = entryFor(term);
    expect(entry, `no entry with term or variant ${term}`).toBeDefined();
    expect(entry!.term).toBe(term);
    expect(entry!.definedOnly).toBeFalsy();
    expect(entry!.sources.some((s) => s.kind === 'article' && s.article === article)).toBe(true);
    const text = widthFold(glossaryArticle(article));
    expect(surfaces(entry!).some((s) => text.includes(widthFold(s)))).toBe(true);
  });

  test('the bundled copies of dev articles are byte-exact copies of the fixtures or of dev2 tuning texts', () => {
    const fixtures = readdirSync(DEV_ARTICLES).filter((f) => /^\d\d-.*\.txt$/.test(f));
    const dev2 = existsSync(DEV2_ARTICLES) ? readdirSync(DEV2_ARTICLES).filter((f) => /^\d\d-.*\.txt$/.test(f)) : [];
    const copies = readdirSync(GLOSSARY_ARTICLES).filter((f) => f.endsWith('.txt') && f !== 'qinglian-jiguan-2019.txt');
    expect(copies.length).toBeGreaterThanOrEqual(new Set(Object.values(DEV_ARTICLE_TERMS)).size);
    for (const copy of copies) {
      const fixture = fixtures.find((f) => f.slice(3) === copy);
      if (fixture) {
        expect(readFileSync(join(GLOSSARY_ARTICLES, copy)).equals(readFileSync(join(DEV_ARTICLES, fixture)))).toBe(true);
        continue;
      }
      // Without the shared material the dev2 copies cannot be compared: then they are reported.
      const original = dev2.find((f) => f.slice(3) === copy);
      expect(original, `${copy} is neither a dev article nor a dev2 text`).toBeDefined();
      expect(HELD_OUT, `${copy} is a held-out text`).not.toContain(original);
      expect(readFileSync(join(GLOSSARY_ARTICLES, copy)).equals(readFileSync(join(DEV2_ARTICLES, original!)))).toBe(true);
    }
  });

  test('every bundled article is listed with title and date, and every listed one is bundled', () => {
    const bundled = readdirSync(GLOSSARY_ARTICLES).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
    expect(Object.keys(bundledGlossary.articles ?? {}).sort()).toEqual(bundled.sort());
  });

  test('traditional-character dev articles light up their formulas through the traditional variants', () => {
    const pages: Record<string, string> = {
      一國兩制: 'xianggang-guoan-jueding-shuoming',
      雙減: 'gongtong-fuyu-zhongcaiwei',
      共同富裕: 'gongtong-fuyu-zhongcaiwei',
    };
    for (const [traditional, article] of Object.entries(pages)) {
      expect(entryFor(traditional), traditional).toBeDefined();
      expect(glossaryArticle(article)).toContain(traditional);
    }
    for (const traditional of ['兩個基本點', '四項基本原則', '三個代表', '三個代表重要思想', '兩個毫不動搖', '三會一課', '一崗雙責', '四個服從', '兩學一做']) {
      expect(entryFor(traditional), traditional).toBeDefined();
    }
  });

  test('两个基本点 lists the two points as the speech words them', () => {
    expect(entryFor('两个基本点')!.members.map((m) => m.text)).toEqual(['坚持四项基本原则', '坚持改革开放']);
  });

  test('国内国际两个大局 names its two members in the term itself', () => {
    const entry = entryFor('国内国际两个大局')!;
    expect(entry.members.map((m) => m.text)).toEqual(['国内', '国际']);
    for (const m of entry.members) expect(entry.term).toContain(m.text);
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
  // Two numbered halves count together: 三严三实 = 三严 + 三实, 四讲四有 = 四讲 + 四有 (a second
  // half of 一 is a name, not a count: 五位一体, 两学一做).
  const halves = /^([一二两三四五六七八九十])[^一二两三四五六七八九十]([二两三四五六七八九十])[^一二两三四五六七八九十]$/.exec(entry.term);
  if (halves) return numeralValue(halves[1]!)! + numeralValue(halves[2]!)!;
  // 两岸 is the two sides of the Taiwan Strait (两岸关系和平发展, 两岸一家亲), never a count.
  if (entry.term.startsWith('两岸')) return undefined;
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
  三次分配: '“三次”是次序：文中说“至於第三次分配”，与初次分配、再分配并列',
  一个中国原则: '“一个中国”是原则的内容，不是条数',
  一把手: '“一把手”指主要负责人，不是条数',
  一张蓝图绘到底: '“一张蓝图”是比喻，不是条数',
  一肩挑: '“一肩”指一个人兼任，不是条数',
  两弹一星: '原子弹、导弹和人造卫星的合称，数字不是条目数',
  一府一委两院: '数字是机关数，文中只整体提及，未逐个列出',
  一国两制台湾方案: '“一国两制”是方针的名称，台湾方案未分条',
  二十一世纪马克思主义: '“二十一世纪”是时代，不是条数',
  一级抓一级: '“一级”指层级，不是条数',
  一刀切: '比喻统一处理，不是条数',
  一般粗: '比喻上下一样，不是条数',
  一穷二白: '形容贫穷落后的成语，不是条数',
  一班人: '指一个领导班子，不是条数',
  一体化国家战略体系和能力: '“一体化”是形容词，不是条数',
  五年规划: '“五年”是规划期，不是条数',
  一党专政: '“一党”指中国共产党，不是条数',
  一个中国框架: '“一个中国”是框架的内容，不是条数',
  一中各表: '“一中”指一个中国，不是条数',
  两张皮: '比喻脱节，不是条数',
  一票否决: '“一票”是比喻，不是条数',
  两个中国: '分裂主张的名称，不是条目',
  一中一台: '分裂主张的名称，不是条目',
  两面人: '比喻阳奉阴违的人，不是条数',
  '一切为了人民、一切依靠人民': '“一切”不是数词',
};

// Numbered formulas the dev articles only use: a modest summary is sourced, the members are not,
// so the entry lists none rather than completing them from memory.
const NO_SOURCED_MEMBERS: Record<string, string> = {
  一国两制: '文中只称其为对港澳的基本方针',
  三个代表: '文中只说它由谁、何时形成，列为指导思想',
  四项基本原则: '文中只说坚持它是两个基本点之一',
  两个毫不动摇: '文中只把它与所有制改革并提',
  两个凡是: '文中只说它是被批评的错误方针',
  三会一课: '文中只说它是要落实的制度',
  一岗双责: '文中只给出按此要求做什么，未说两种责任',
  四个服从: '条例第十条只要求做到，未列四项',
  两学一做: '文中只称其为学习教育',
  五育并举: '文中只与德智体美劳全面发展连用，未逐项说五育',
  三个务必: '文中只要求牢记，未列三项',
  两个务必: '文中只说毛泽东当年提出，未列两项',
  三个区分开来: '文中只说其用意（正确分析差错、失误和错误的性质），未列三项',
  四下基层: '文中只说它是福建宁德时期的工作方法和制度，未列四项',
  五个决不允许: '文中只说与“五个必须”一起提出，未列五项',
  四大考验: '文中只与“四种危险”并提，未列四项',
  四个对照: '文中只说按它的要求检视问题，未列四项',
  四个找一找: '文中只说按它的要求检视问题，未列四项',
  七张问题清单: '文中只说要对接，未列七张',
  三个更好统筹: '全会公报只要求做到，未列三项',
  八个明确: '文中只说它和“十四个坚持”是核心内容，未列八项',
  一化三改: '资料把三项改造写成一句（農業、手工業和資本主義工商業的社會主義改造），不逐项列出',
  六大纪律: '文中只说修订条例形成了六大纪律体系，未列六项',
  三大作风: '文中只把它列为毛泽东的建党思想之一，未列三项',
  三讲教育: '文中只把它列为党内集中教育之一，未列三讲',
  十三个坚持: '文中只说居首位的是“坚持和加强党的全面领导”，未列十三项',
};

describe('numbered formulas list as many members as their numeral says', () => {
  const numbered = bundledGlossary.entries.filter((e) => announcedCount(e) !== undefined || e.term === '一带一路');

  test('the check covers the numbered formulas of the seed and the central formulas', () => {
    expect(numbered.map((e) => e.term)).toEqual(
      expect.arrayContaining(['四个意识', '七个有之', '四个一', '五大行动', '四风', '五位一体', '两个一百年', '三个方面']),
    );
    expect(numbered.map((e) => e.term)).toEqual(expect.arrayContaining(['两个基本点', ...Object.keys(NO_SOURCED_MEMBERS)]));
  });

  test.each(numbered.map((e) => [e.term, e] as const))('%s', (term, entry) => {
    if (term in NOT_A_COUNT || term in NO_SOURCED_MEMBERS) {
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

// Matching is longest first, so a variant that contains another entry's term hides that term
// wherever the variant occurs (打赢脱贫攻坚战 would hide 脱贫攻坚战). Only set phrases that are
// themselves established wordings may do so, each named here with the term it contains.
const VARIANTS_CONTAINING_TERMS = new Map(
  Object.entries({
    党风廉政建设和反腐败斗争: '反腐败斗争',
    数字经济一号工程: '数字经济',
    '毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展': '非公有制经济',
  }).map(([variant, term]) => [normalize(variant), normalize(term)]),
);

describe('variants do not hide other entries', () => {
  test('no variant contains another entry\'s term, unless it is a named set phrase', () => {
    const terms = bundledGlossary.entries.filter((e) => !e.definedOnly).map((e) => ({ id: e.id, term: normalize(e.term) }));
    const hiding: string[] = [];
    for (const entry of bundledGlossary.entries) {
      for (const variant of entry.variants.map(normalize)) {
        for (const other of terms) {
          if (other.id === entry.id || other.term.length < 2 || variant === other.term) continue;
          if (variant.includes(other.term) && !normalize(entry.term).includes(other.term) && VARIANTS_CONTAINING_TERMS.get(variant) !== other.term) {
            hiding.push(`${entry.id}: ${variant} hides ${other.term}`);
          }
        }
      }
    }
    expect(hiding).toEqual([]);
  });
});
