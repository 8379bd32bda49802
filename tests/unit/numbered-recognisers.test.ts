// Each numbered-term recogniser (core/numbered/) on real sentences from the development
// material: the dev articles (tests/fixtures/articles/), the dev2 tuning texts
// (../shared/articles/dev2/, never a held-out one) and the glossary leads
// (../shared/glossary-sources/candidates.tsv). Every excerpt is checked against its source when
// the source is on this machine.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as jieba from 'jieba-wasm';
import { createSegmenter } from '../../core/segmenter';
import { normalize } from '../../core/normalize';
import { createContext, type Context, type NumberedTerm } from '../../core/numbered/context';
import { findQuoted } from '../../core/numbered/quoted';
import { fixedTokenAt } from '../../core/numbered/fixed-token';
import { pairedAt } from '../../core/numbered/paired';
import { daAt } from '../../core/numbered/da';
import { citedNounAt, countedVerbAt } from '../../core/numbered/counted-noun';
import { findOrdinals } from '../../core/numbered/ordinal';
import { findMagnitudeNames, placeValueCountedAt } from '../../core/numbered/place-value';
import { findCompounds } from '../../core/numbered/compound';
import { findSchemes } from '../../core/numbered/scheme-unit';
import { EVIDENCE, termConfidence } from '../../core/numbered/confidence';
import { findNumberedTerms } from '../../core/numbered-terms';
import { ARTICLE_TERM_MIN_CONFIDENCE } from '../../core/confidence';
import { createEngine } from '../../core/engine';
import { bundledGlossary } from '../../core/bundled-glossary';
import { mineDefinitions } from '../../core/miner';
import { sharedDir } from '../../eval/sets';

const REPO = resolve(import.meta.dirname, '../..');
const SOURCES = {
  dev: (f: string) => resolve(REPO, 'tests/fixtures/articles', f),
  dev2: (f: string) => resolve(sharedDir(), 'articles/dev2', f),
  leads: () => resolve(sharedDir(), 'glossary-sources/candidates.tsv'),
};

/** Real excerpts, each with the file it is copied from (original characters). */
const S = {
  quoted: ['03-shaoxing-siqi-sihua-jianghua.txt', '希望大家紧紧围绕市委八届五次全会提出的“四个着力”要求', 'dev'],
  paired: ['08-shanghai-fugong-fuchan-yuqing-zhuanbao.txt', '或者‘企业和居住地的两点一线管理’就足够说明问题', 'dev'],
  cited: ['02-gaige-kaifang-40-zhounian-jianghua.txt', '把以经济建设为中心同坚持四项基本原则、坚持改革开放这两个基本点统一于新时代中国特色社会主义伟大实践', 'dev'],
  ordinalDate: ['04-dangyuan-xuexi-cailiao-2019-08.txt', '也是我们党在全国执政第70个年头', 'dev'],
  bothGoals: ['18-dangzhang-xiuzhengan-dawen.txt', '增写实现第一个百年奋斗目标，开启了实现第二个百年奋斗目标新征程的内容', 'dev2'],
  oneGoal: ['25-sanzhong-quanhui-gongbao.txt', '为全面建成社会主义现代化强国、实现第二个百年奋斗目标', 'dev2'],
  answers: ['26-dangjian-chengjiu-75zhounian.txt', '毛泽东同志给出第一个答案', 'dev2'],
  answer2: ['26-dangjian-chengjiu-75zhounian.txt', '以习近平同志为核心的党中央在全面从严治党的伟大实践中给出第二个答案', 'dev2'],
  lonelyAnswer: ['18-dangzhang-xiuzhengan-dawen.txt', '找到了自我革命这一跳出治乱兴衰历史周期率的第二个答案', 'dev2'],
  firstFiveYears: ['28-shiwuwu-jianyi-shuoming.txt', '“十四五”时期是第一个五年，已经打下坚实基础，实现良好开局。', 'dev2'],
  primacy: ['18-dangzhang-xiuzhengan-dawen.txt', '在总纲原第十二自然段中，增写充分发挥人才作为第一资源的作用的内容', 'dev2'],
  firstResponsible: ['15-zhejiang-zhengxie-yuanjiajun.txt', '坚决扛起省政府党组党风廉政建设第一责任人责任', 'dev2'],
  thirteen: ['26-dangjian-chengjiu-75zhounian.txt', '并用“十三个坚持”进行系统总结和集中概括', 'dev2'],
  fourteen: ['09-jiaoyu-xiandaihua-2035.txt', '以“八个明确”和“十四个坚持”为核心内容和主要依据', 'dev2'],
  widened: ['18-dangzhang-xiuzhengan-dawen.txt', '将党的建设基本要求从五项扩展为六项', 'dev2'],
  villages: ['', '省委决定在农村全面开展“千村示范、万村整治”工程（简称“千万工程”）', 'leads'],
  oneCountry: ['18-dangzhang-xiuzhengan-dawen.txt', '坚定不移贯彻“一个国家、两种制度”的方针', 'dev2'],
  oneCentre: ['01-xijinping-sixiang-shi-shenme.txt', '新華社等官媒指出「習近平總書記系列重要講話精神」有「一個中心，兩個基本點」', 'dev'],
  plusX: ['29-shaoxing-ganbu-peixun-jianghua.txt', '我市去年就已经在全省率先推出“1+X”容错纠错机制', 'dev2'],
  strait: ['55-zhengfu-gongzuo-baogao-liangan-duibi.txt', '政府工作报告涉“两岸关系”部分选摘', 'dev2'],
  treasure: ['10-yidaiyilu-wuzhounian.txt', '基层宣传思想工作的“百宝箱”里，不能只有一个“传话筒”', 'dev2'],
  footsteps: ['10-yidaiyilu-wuzhounian.txt', '一步一个脚印', 'dev2'],
  twoSoes: ['59-minqi-dangzhibu-zhongzubu.txt', '曾一人兼任两大央企董事长', 'dev2'],
  sevenAspects: ['07-shengaiwei-shiyici-huiyi.txt', '中央政治局的同志重点围绕7个方面进行发言。一是加强理论武装、坚定理想信念情况。二是增强“四个意识”、坚定“四个自信”、做到“两个维护”情况。三是履行责任、担当作为情况。四是牢记宗旨、为民服务情况。五是带头维护制度权威、提高治理能力情况。六是秉公用权、清正廉洁情况。七是结合分管工作乃至党和国家全局性重点工作谈考虑和设想。', 'dev2'],
  twoChapters: ['18-dangzhang-xiuzhengan-dawen.txt', '问：党章修正案对党的纪律、党的纪律检查机关两章作了哪些调整和完善？', 'dev2'],
} as const;

const segmenter = createSegmenter(jieba, []);
const tagOf = (w: string): string => {
  const t = jieba.tag(w, true);
  return t.length === 1 ? t[0]!.tag : 'x';
};
const ctxOf = (text: string): Context => createContext(segmenter.segment(normalize(text)), tagOf);
const terms = (found: NumberedTerm[]): string[] => found.map((t) => t.term);
/** Runs a token recogniser at every token. */
const atEveryToken = (text: string, at: (c: Context, k: number) => NumberedTerm | undefined): NumberedTerm[] => {
  const c = ctxOf(text);
  return c.words.flatMap((_, k) => at(c, k) ?? []);
};
const s = (key: keyof typeof S): string => S[key][1];

describe('the excerpts are real', () => {
  for (const [key, [file, excerpt, where]] of Object.entries(S)) {
    const path = where === 'dev' ? SOURCES.dev(file) : where === 'dev2' ? SOURCES.dev2(file) : SOURCES.leads();
    it.skipIf(!existsSync(path))(`${key}: in ${where} ${file}`, () => {
      expect(readFileSync(path, 'utf8')).toContain(excerpt);
    });
  }
});

describe('quoted.ts', () => {
  it('a quoted numeral-led phrase: “四个着力”', () => {
    expect(terms(findQuoted(ctxOf(s('quoted'))))).toEqual(['四个着力']);
  });
  it('not a place (“两岸关系”) or a metaphor that is a dictionary word (“百宝箱”)', () => {
    expect(findQuoted(ctxOf(s('strait')))).toEqual([]);
    expect(findQuoted(ctxOf(s('treasure')))).toEqual([]);
  });
});

describe('fixed-token.ts', () => {
  it('a fixed expression that counts with 个 is a proverb: 一步一个脚印', () => {
    expect(atEveryToken(s('footsteps'), fixedTokenAt)).toEqual([]);
  });
  it('a glued N大X that modifies the next noun is not a name: 兼任两大央企董事长', () => {
    expect(atEveryToken(s('twoSoes'), fixedTokenAt)).toEqual([]);
  });
});

describe('paired.ts', () => {
  it('numeral–X–numeral–Y: 两点一线', () => {
    expect(terms(atEveryToken(s('paired'), pairedAt))).toEqual(['两点一线']);
  });
});

describe('da.ts', () => {
  it('N大 + a noun that closes the phrase: 两大奇迹 (dev2 28), but not 两大央企董事长', () => {
    expect(terms(atEveryToken('续写经济快速发展和社会长期稳定两大奇迹；', daAt))).toEqual(['两大奇迹']);
    expect(atEveryToken(s('twoSoes'), daAt)).toEqual([]);
  });
});

describe('counted-noun.ts', () => {
  it('a doctrine cited by its number: 坚持四项基本原则', () => {
    expect(terms(atEveryToken(s('cited'), citedNounAt))).toEqual(['四项基本原则']);
  });
  it('a verb followed by 为 is the predicate, not a formula: 从五项扩展为六项', () => {
    expect(atEveryToken(s('widened'), countedVerbAt)).toEqual([]);
  });
});

describe('ordinal.ts', () => {
  it('第一个… beside 第二个…: both goals, sure enough to show', () => {
    const found = findOrdinals(ctxOf(s('bothGoals')));
    expect(terms(found)).toEqual(['第一个百年奋斗目标', '第二个百年奋斗目标']);
    for (const t of found) expect(t.confidence).toBeGreaterThanOrEqual(ARTICLE_TERM_MIN_CONFIDENCE);
  });
  it('a goal counted in a numbered series (第二个百年…) is shown alone too', () => {
    const [goal] = findOrdinals(ctxOf(s('oneGoal')));
    expect(goal?.term).toBe('第二个百年奋斗目标');
    expect(goal!.confidence).toBeGreaterThanOrEqual(ARTICLE_TERM_MIN_CONFIDENCE);
  });
  it('第一个答案 and 第二个答案 in one text back each other up; a lone 第二个答案 stays below the threshold', () => {
    const both = findOrdinals(ctxOf(`${s('answers')}。${s('answer2')}。`));
    expect(both.map((t) => [t.term, t.confidence])).toEqual([
      ['第一个答案', EVIDENCE.ordinalSiblings],
      ['第二个答案', EVIDENCE.ordinalSiblings],
    ]);
    const [alone] = findOrdinals(ctxOf(s('lonelyAnswer')));
    expect(alone?.term).toBe('第二个答案');
    expect(alone!.confidence).toBeLessThan(ARTICLE_TERM_MIN_CONFIDENCE);
  });
  it('第一 + a priority: 第一资源, 第一责任人', () => {
    expect(terms(findOrdinals(ctxOf(s('primacy'))))).toEqual(['第一资源']);
    expect(terms(findOrdinals(ctxOf(s('firstResponsible'))))).toEqual(['第一责任人']);
  });
  it('a plain count of years is no ordinal formula: 第一个五年, 第70个年头', () => {
    expect(findOrdinals(ctxOf(s('firstFiveYears')))).toEqual([]);
    expect(findOrdinals(ctxOf(s('ordinalDate')))).toEqual([]);
  });
});

describe('place-value.ts', () => {
  it('a place-value count + a verb head: “十三个坚持”, “十四个坚持” (quoted, so sure)', () => {
    expect(atEveryToken(s('thirteen'), placeValueCountedAt).map((t) => [t.term, t.confidence])).toEqual([['十三个坚持', EVIDENCE.quoted]]);
    expect(terms(atEveryToken(s('fourteen'), placeValueCountedAt))).toEqual(['十四个坚持']);
  });
  it('magnitudes naming a project: “千万工程”', () => {
    expect(terms(findMagnitudeNames(ctxOf(s('villages'))))).toEqual(['千万工程']);
  });
});

describe('compound.ts', () => {
  it('mirrored halves are one formula: “千村示范、万村整治”, “一个国家、两种制度”', () => {
    expect(terms(findCompounds(ctxOf(s('villages'))))).toEqual(['千村示范、万村整治']);
    expect(terms(findCompounds(ctxOf(s('oneCountry'))))).toEqual(['一个国家、两种制度']);
  });
  it('a list of counted formulas stays apart: 「一個中心，兩個基本點」', () => {
    expect(findCompounds(ctxOf(s('oneCentre')))).toEqual([]);
  });
});

describe('scheme-unit.ts', () => {
  it('“1+X” names a scheme', () => {
    expect(terms(findSchemes(ctxOf(s('plusX'))))).toEqual(['1+X']);
  });
  it('amounts with the same units are not schemes (everyday.json)', () => {
    for (const text of ['今天北京晴转多云，最高气温二十五度，最低气温十三度，北风三四级。', '取鸡蛋三个，面粉二百克，白糖五十克，搅拌均匀后烤二十分钟。', '地铁二号线每隔五分钟一班，早高峰人挤人。']) {
      expect(findSchemes(ctxOf(text))).toEqual([]);
    }
  });
});

describe('the table and the engine', () => {
  it('the table keeps the compound over its quoted half, and the place-value name', () => {
    expect(terms(findNumberedTerms(segmenter.segment(normalize(s('villages'))), tagOf))).toEqual(['千村示范、万村整治', '千万工程']);
  });
  it('repetition raises a sighting, up to 1', () => {
    expect(termConfidence(EVIDENCE.ordinal, 1)).toBe(EVIDENCE.ordinal);
    expect(termConfidence(EVIDENCE.ordinal, 2)).toBeGreaterThanOrEqual(ARTICLE_TERM_MIN_CONFIDENCE);
    expect(termConfidence(0.9, 5)).toBe(1);
  });
  it('the engine gives article terms their confidence and hides the unsure ones', () => {
    // The bundled glossary explains 第一个答案 and 第二个答案 itself (a glossary match wins);
    // the article path is tested with an engine whose glossary lacks them.
    const glossary = { ...bundledGlossary, entries: bundledGlossary.entries.filter((e) => !e.term.endsWith('个答案')) };
    const engine = createEngine({ jieba, glossary });
    const shown = engine.annotate(`${s('answers')}。${s('answer2')}。`, { mine: false }).terms.filter((t) => t.source === 'article');
    expect(shown.map((t) => [t.term, t.confidence])).toEqual([
      ['第一个答案', EVIDENCE.ordinalSiblings],
      ['第二个答案', EVIDENCE.ordinalSiblings],
    ]);
    expect(engine.annotate(s('lonelyAnswer'), { mine: false }).terms.filter((t) => t.source === 'article')).toEqual([]);
  });
});

describe('labels the miner reads (core/miner/label.ts): the verb after a label is not part of it', () => {
  it('围绕7个方面进行发言。一是…七是…: the label is 7个方面', () => {
    const defs = mineDefinitions(s('sevenAspects'));
    expect(defs.map((d) => [d.term, d.members.length])).toEqual([['7个方面', 7]]);
  });
  it('…两章作了哪些调整: 两章 counts a document\'s chapters and 作了 is the verb; no label', () => {
    expect(mineDefinitions(s('twoChapters')).map((d) => d.term)).toEqual([]);
  });
});
