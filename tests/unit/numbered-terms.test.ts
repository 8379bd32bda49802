import { describe, expect, it } from 'vitest';
import * as jieba from 'jieba-wasm';
import { findNumberedTerms, looksLikeFormula } from '../../core/numbered-terms';
import { createSegmenter } from '../../core/segmenter';
import { normalize } from '../../core/normalize';
import { article, seedArticle } from './core-article-fixtures';

const segmenter = createSegmenter(jieba, []);
const tagOf = (w: string): string => {
  const t = jieba.tag(w, true);
  return t.length === 1 ? t[0]!.tag : 'x';
};
const termsOf = (text: string): string[] => findNumberedTerms(segmenter.segment(normalize(text)), tagOf).map((t) => t.term);

describe('numbered terms on the dev articles', () => {
  it('03 (Shaoxing speech): reports the local quoted formulas and 三大攻坚战', () => {
    const found = new Set(termsOf(article('03')));
    for (const t of ['四气', '两业经', '双城计', '三个感', '四个着力', '两强三提高', '一岗双责', '两学一做', '三大攻坚战', '四化']) {
      expect(found, t).toContain(t);
    }
  });

  it('03: leaves out ordinary prose (一地一域, 三等功, 十大方面任务, 八项重点任务, 一批又一批)', () => {
    const found = termsOf(article('03'));
    for (const t of ['一地一域', '三等功', '十大方面', '八项重点', '一批又一批', '三个方面']) expect(found).not.toContain(t);
  });

  it('02 (reform speech): 两个毫不动摇, 两个凡是, 三步走, 九二共识, 五位一体', () => {
    const found = new Set(termsOf(article('02')));
    for (const t of ['两个毫不动摇', '两个凡是', '三步走', '九二共识', '五位一体', '两个一百年']) expect(found, t).toContain(t);
    for (const t of ['三个月', '一个人', '一个国家', '十八大', '四中全会', '百业待兴']) expect(found, t).not.toContain(t);
  });

  it('10 (education meeting): 五育并举, 一校一策, 双师型', () => {
    const found = new Set(termsOf(article('10')));
    for (const t of ['五育并举', '一校一策', '双师型']) expect(found, t).toContain(t);
  });

  it('09 (communiqué): quoted formulas, but not congress numbers (二十大, 二十届)', () => {
    const found = termsOf(article('09'));
    for (const t of ['两个确立', '三个务必', '三个更好统筹']) expect(found).toContain(t);
    expect(found.some((t) => /^二十[大届]/.test(t))).toBe(false);
  });

  it('06, 07 and 08 (news, commentary, opinion report): only 双减 and 两点一线; 一是…十是 lists, 一个月, 双难处境 are not', () => {
    expect(termsOf(article('06'))).toEqual(['双减']);
    expect(termsOf(article('07'))).toEqual([]);
    expect(termsOf(article('08'))).toEqual(['两点一线']);
  });

  it('a doctrine cited by its number after 坚持/统筹 (四项基本原则, 两个大局), but not an article list after 把握以下 or a count after 分为', () => {
    expect(termsOf(article('02'))).toEqual(expect.arrayContaining(['四项基本原则', '两个大局']));
    expect(termsOf(article('09'))).toContain('两个大局');
    expect(termsOf(seedArticle)).not.toContain('五条原则');
    expect(termsOf(article('07'))).not.toContain('两个部分');
    expect(termsOf(article('09'))).not.toContain('两个建议名单');
  });

  it('N重 + a closing noun names a set (三重压力); the singular 一个中心 counts when quoted with its siblings', () => {
    expect(termsOf(article('09'))).toContain('三重压力');
    expect(termsOf(article('01'))).toEqual(expect.arrayContaining(['一个中心', '两个基本点']));
    // Unquoted, or quoted alone, the singular stays a plain phrase.
    expect(termsOf(seedArticle)).not.toContain('一个前提');
  });

  it('an adjective after N项 modifies the next noun: 三项具体举措 is a count, 两个坚定 at a phrase end is a formula', () => {
    expect(termsOf('为确保整改见底见效，县委部署了三项具体举措: 1.建立问题清单')).toEqual([]);
    expect(termsOf('做到两个坚定，确保方向不偏。')).toEqual(['两个坚定']);
  });

  it('a quoted project name with a number keeps its formula lead: “双一流196” → 双一流', () => {
    expect(termsOf(article('10'))).toContain('双一流');
  });

  it('seed: the quoted formulas and 五大行动, never 一个前提 or 十四次党代会', () => {
    const found = termsOf(seedArticle);
    for (const t of ['两个高水平', '四个一', '七个有之', '五大行动', '二十字']) expect(found).toContain(t);
    for (const t of ['一个前提', '一个关键', '十四次党代会', '十四届三次全会', '三个方面', '三方面']) expect(found).not.toContain(t);
  });

  it('reports offsets of each term into the original (traditional) text', () => {
    const text = article('05');
    const norm = normalize(text);
    const terms = findNumberedTerms(segmenter.segment(norm), tagOf);
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) expect(normalize(text.slice(t.start, t.end))).toBe(t.term);
    expect(terms.map((t) => text.slice(t.start, t.end))).toContain('一國兩制');
  });
});

describe('looksLikeFormula', () => {
  it('accepts formulas from political writing', () => {
    for (const p of ['三个千亿', '四个一', '五水共治', '十大行动', '三服务', '八个坚持', '两个毫不动摇', '双减', '一国两制', '十四五']) {
      expect(looksLikeFormula(p), p).toBe(true);
    }
  });
  it('rejects quantities, dates, congresses, singular labels and ordinary 一-words', () => {
    for (const p of ['三个月', '两个多小时', '十四次党代会', '十四届三次全会', '二十大', '一个前提', '一些', '一样', '一定', '一起', '一体', '第一时间', '三年', '二十一世纪毛泽东', '双方', '四中全会', '一二', '十五']) {
      expect(looksLikeFormula(p), p).toBe(false);
    }
  });
});

describe('plain quantities and set phrases on everyday pages', () => {
  it('a place-value number with a unit is an amount: 二十五度, 三十三层, 九十九朵, 六十八杆', () => {
    expect(termsOf('最高气温二十五度，最低气温十三度。每栋三十三层。送了我一束九十九朵的玫瑰。都打出了六十八杆。')).toEqual([]);
    expect(looksLikeFormula('二十五度')).toBe(false);
    // Word-count labels keep their place-value head.
    expect(looksLikeFormula('十六字')).toBe(true);
    expect(looksLikeFormula('二十字')).toBe(true);
  });
  it('two amounts side by side are not a paired slogan: 一家七口, 一斤六块, 八角两个, 一部三星', () => {
    expect(termsOf('他们一家七口住在老城区。一家五口其乐融融。鸡蛋一斤六块五。加入八角两个、桂皮一块。买了一部三星手机。')).toEqual([]);
  });
  it('idioms and holidays jieba tags as fixed expressions are not formulas: 四季如春, 一清二楚, 三长两短, 五一劳动节', () => {
    expect(termsOf('四季如春的昆明。他记得一清二楚。万一有个三长两短。五一劳动节放假。二话不说就走了。')).toEqual([]);
  });
  it('paired slogans written without quotes are still found', () => {
    expect(termsOf('践行三严三实要求，评选两优一先，编制三线一单，构建一核两翼格局，落实一岗双责。')).toEqual(['三严三实', '两优一先', '三线一单', '一核两翼', '一岗双责']);
  });
});

describe('numbered terms in running text', () => {
  it('finds unquoted formulas a reader would look up, not amounts', () => {
    const text = '各地推进五水共治，打好三大攻坚战，开展十大行动，坚持八个坚持。会议开了两个多小时，三个月后召开十四次党代会，第一时间部署。';
    const found = termsOf(text);
    expect(found).toEqual(['五水共治', '三大攻坚战', '十大行动', '八个坚持']);
  });
  it('finds quoted ones: “三个千亿”, “三服务”', () => {
    expect(termsOf('实施“三个千亿”工程，深化“三服务”活动，抓好“一个前提”。')).toEqual(['三个千亿', '三服务']);
  });
});
