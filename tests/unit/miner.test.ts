import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mineDefinitions } from '../../core/miner';
import type { Definition } from '../../core/types';

const seed = readFileSync(new URL('../../glossary/articles/qinglian-jiguan-2019.txt', import.meta.url), 'utf8');
const article = (name: string): string => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');

function byTerm(defs: Definition[], term: string): Definition {
  const d = defs.find((x) => x.term === term);
  if (!d) throw new Error(`no definition of ${term}; mined: ${defs.map((x) => x.term).join(', ')}`);
  return d;
}

/** Every span the miner reports slices back to the string it reports. */
function expectSpansSliceBack(text: string, d: Definition): void {
  expect(text.slice(d.label.start, d.label.end)).toBe(d.term);
  d.members.forEach((m, i) => expect(text.slice(d.memberSpans[i]!.start, d.memberSpans[i]!.end)).toBe(m));
  d.items.forEach((it, i) => expect(text.slice(d.itemSpans[i]!.start, d.itemSpans[i]!.end)).toBe(it));
  expect(d.evidence.start).toBeLessThanOrEqual(d.label.start);
  expect(d.evidence.end).toBeGreaterThanOrEqual(d.label.end);
}

describe('the seed article explains its own labels', () => {
  const defs = mineDefinitions(seed);

  it('四个一 is the quoted list before it: 一个前提、一个关键、一个路径、一个目标', () => {
    const d = byTerm(defs, '四个一');
    expect(d.members).toEqual(['一个前提', '一个关键', '一个路径', '一个目标']);
    expectSpansSliceBack(seed, d);
    expect(seed.slice(d.evidence.start, d.evidence.end)).toBe('一个前提、一个关键、一个路径、一个目标”。这“四个一');
  });

  it('the 三个方面 of 清廉机关 are the leading clauses of 一是/二是/三是, with the full items kept', () => {
    const d = byTerm(defs, '三个方面');
    expect(d.members).toEqual(['突出党建引领', '严明纪律规矩', '厚植良好政治土壤']);
    expect(d.items[0]).toMatch(/^突出党建引领。聚焦“服务中心、建设队伍”核心任务/);
    expect(d.items[2]).toMatch(/从文化上熏陶养成。$/);
    expectSpansSliceBack(seed, d);
  });

  it('五大行动 are the five four-character actions before the label', () => {
    const d = byTerm(defs, '五大行动');
    expect(d.members).toEqual(['举旗铸魂', '强基固本', '示范引领', '公开规范', '关心关爱']);
    expect(d.pattern).toBe('list-then-label');
    expectSpansSliceBack(seed, d);
  });

  it('the 三方面 of the basic requirements keep their quoted, nested 、 lists whole', () => {
    const d = byTerm(defs, '三方面');
    expect(d.members).toHaveLength(3);
    expect(d.members[2]).toBe('紧扣“忠诚、为民、担当、务实、清廉”这一工作要求');
    expectSpansSliceBack(seed, d);
  });

  it('五条原则 runs from 坚持政治统领 to 坚持改革创新', () => {
    const d = byTerm(defs, '五条原则');
    expect(d.members).toEqual(['坚持政治统领', '坚持人民立场', '坚持问题导向', '坚持典型示范', '坚持改革创新']);
    expectSpansSliceBack(seed, d);
  });

  it('两个维护 is explained by the later sentence that repeats 维护', () => {
    const d = byTerm(defs, '两个维护');
    expect(d.members).toEqual(['坚决维护习近平总书记的核心地位', '坚决维护党中央权威和集中统一领导']);
    expectSpansSliceBack(seed, d);
  });

  it('claims nothing else in the seed article', () => {
    expect(defs.map((d) => d.term).sort()).toEqual(['三个方面', '三方面', '两个维护', '五大行动', '五条原则', '四个一'].sort());
  });
});

describe('traditional characters and full-width punctuation', () => {
  it('reads a traditional 一是/二是 list and returns members as written', () => {
    const text = '報告指出，今年政府工作要著力抓好四項任務。一是穩定經濟大盤，保持經濟運行在合理區間。二是深化改革開放，持續優化營商環境。三是保障和改善民生，辦好群眾急難愁盼的實事。四是統籌發展和安全，守牢不發生系統性風險的底線。';
    const [d] = mineDefinitions(text);
    expect(d?.term).toBe('四項任務');
    expect(d?.members).toEqual(['穩定經濟大盤', '深化改革開放', '保障和改善民生', '統籌發展和安全']);
    expectSpansSliceBack(text, d!);
  });

  it('finds the 三層含義 in the traditional NPC explanation (dev article 05)', () => {
    const text = article('05-xianggang-guoan-jueding-shuoming.txt');
    const d = byTerm(mineDefinitions(text), '三層含義');
    expect(d.members).toHaveLength(3);
    expect(d.members[1]).toBe('明確全國人大常委會相關法律的任務');
    expectSpansSliceBack(text, d);
  });

  it('reads 「」 quotes like “”', () => {
    const text = '該市提出打造「創新高地、開放前沿、宜居家園」，這「三個目標」寫入了政府工作報告。';
    const [d] = mineDefinitions(text);
    expect(d?.term).toBe('三個目標');
    expect(d?.members).toEqual(['創新高地', '開放前沿', '宜居家園']);
  });
});

describe('dev articles', () => {
  it('04: the N个“X” headings are explained by the paragraph under them', () => {
    const text = article('04-dangyuan-xuexi-cailiao-2019-08.txt');
    const defs = mineDefinitions(text);
    expect(byTerm(defs, '4个“一起”').members).toEqual(['一起谋划', '一起部署', '一起落实', '一起检查']);
    expect(byTerm(defs, '3个“教育”').members).toEqual(['纪律教育', '政德教育', '家风教育']);
    for (const d of defs) expectSpansSliceBack(text, d);
  });

  it('03: 四点意见 are 保平安 / 优供应 / 促和谐 / 开好门, and 四化 its four methods', () => {
    const defs = mineDefinitions(article('03-shaoxing-siqi-sihua-jianghua.txt'));
    expect(byTerm(defs, '四点意见').members).toEqual(['保平安', '优供应', '促和谐', '开好门']);
    expect(byTerm(defs, '四化').members).toEqual(['工作项目化', '项目目标化', '目标考核化', '考核绩效化']);
  });

  it('02: 马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”… does not make 三个代表 a three-item list', () => {
    const defs = mineDefinitions(article('02-gaige-kaifang-40-zhounian-jianghua.txt'));
    expect(defs.find((d) => d.term === '三个代表')).toBeUndefined();
    expect(defs.find((d) => d.term === '两个毫不动摇')).toBeUndefined();
  });
});

describe('dev-article weak spots (issue 5, second round)', () => {
  it('03: the 四气 of the heading are the 第一…第四 paragraphs under it', () => {
    const text = article('03-shaoxing-siqi-sihua-jianghua.txt');
    const d = byTerm(mineDefinitions(text), '四气');
    expect(d.members).toEqual(['胸怀“小干部干大事业”的豪气', '鼓足“办法总比困难多”的勇气', '坚定“在表扬声中干工作”的志气', '具备“功成不必在我”的大气']);
    expectSpansSliceBack(text, d);
  });

  it('04: 从八个方面阐释。 is followed by eight parallel 坚持… paragraphs; 4种“学” and 3种人 end their items', () => {
    const text = article('04-dangyuan-xuexi-cailiao-2019-08.txt');
    const defs = mineDefinitions(text);
    expect(byTerm(defs, '八个方面').members).toEqual(['坚持实事求是', '坚持战略定力', '坚持问题导向', '坚持全面协调', '坚持底线思维', '坚持调查研究', '坚持抓铁有痕', '坚持历史担当']);
    expect(byTerm(defs, '4种“学”').members).toEqual(['自觉主动学', '及时跟进学', '联系实际学', '笃信笃行学']);
    expect(byTerm(defs, '3种人').members).toEqual(['政治上的明白人', '党建工作的内行人', '干部职工的贴心人']);
    for (const d of defs) expectSpansSliceBack(text, d);
  });

  it('08 / 09 / 01 / 02: the label is the counted phrase; quoted lists after 即 / 無非是; a parallel first item', () => {
    expect(byTerm(mineDefinitions(article('08-shanghai-fugong-fuchan-yuqing-zhuanbao.txt')), '两点一线').members).toEqual(['企业', '居住地']);
    expect(byTerm(mineDefinitions(article('09-ershijie-erzhong-quanhui-gongbao.txt')), '三重压力').members).toEqual(['需求收缩', '供给冲击', '预期转弱']);
    const hk = mineDefinitions(article('01-xijinping-sixiang-shi-shenme.txt'));
    expect(byTerm(hk, '四個全面').members).toEqual(['全面建成小康社會', '全面深化改革', '全面依法治國', '全面從嚴治黨']);
    expect(byTerm(hk, '兩個基本點').members).toEqual(['全面深化改革', '堅持群眾路線']);
    expect(byTerm(mineDefinitions(article('02-gaige-kaifang-40-zhounian-jianghua.txt')), '两个基本点').members).toEqual(['坚持四项基本原则', '坚持改革开放']);
  });
});

describe('not definitions', () => {
  it.each([
    ['a plain quantity', '经过三个月的集中整治，全市共排查隐患一千余处。'],
    ['a duration', '会议持续了两个多小时，与会同志进行了充分讨论。'],
    ['an ordinal', '浙江省第十四次党代会和省委十四届三次全会，明确了目标任务。'],
    ['a list without a label', '会议要求，一是加强组织领导；二是强化督促检查；三是严格考核问责。'],
    ['a count the items do not match', '主要做法有四条：建立台账、定期调度、严格考核。'],
    ['a label whose items are elsewhere', '正如前文所述，这“五大行动”已在全省铺开，取得明显成效。'],
    // Cutting the first item to the others' length would give 冈山精神: no definition beats a wrong member.
    ['a verb glued to the first item', '我们要传承好井冈山精神、长征精神和延安精神这三种精神，走好新的长征路。'],
    ['running text before 这 + label', '要始终把解决好农业、农村、农民问题作为全党工作重中之重，这“三农”问题关系国计民生。'],
    ['a formula ending a sentence, then unrelated paragraphs', '各级党组织要切实做到“两个维护”。\n要加强学习。\n要加强监督。'],
  ])('%s', (_why, text) => {
    expect(mineDefinitions(text)).toEqual([]);
  });
});

describe('a singular half of a quoted formula glossed on its own (01: 「一個中心，兩個基本點」)', () => {
  const text = article('01-xijinping-sixiang-shi-shenme.txt');
  const defs = mineDefinitions(text);

  it('一個中心指…提出的「中國夢」 is one member, the quoted name; 兩個基本點 keeps its two', () => {
    const one = byTerm(defs, '一個中心');
    expect(one.members).toEqual(['中國夢']);
    expect(one.items[0]).toBe('習在上任總書記不久提出的「中國夢」');
    expectSpansSliceBack(text, one);
    expect(byTerm(defs, '兩個基本點').members).toEqual(['全面深化改革', '堅持群眾路線']);
  });

  it('without a quoted sibling a singular label stays a plain phrase (the seed’s 一个前提 is only a member of 四个一)', () => {
    expect(mineDefinitions(seed).map((d) => d.term)).not.toContain('一个前提');
    expect(mineDefinitions('一个关键指的是抓好班子建设，这一点大家都清楚。')).toEqual([]);
  });
});
