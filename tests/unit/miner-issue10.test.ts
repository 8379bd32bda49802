// Issue 10, "Definitions drawn from the page": each class of miss and of false definition, on a
// real sentence quoted from the dev articles (tests/fixtures/articles/) or the dev2 tuning texts
// (shared/articles/dev2/, none of the held-out ones). The source of each quote is named beside it.
import { describe, expect, it } from 'vitest';
import { PAGE_DEFINITION_MIN_CONFIDENCE } from '../../core/confidence';
import { mineDefinitions } from '../../core/miner';
import type { Definition } from '../../core/types';

/** The definitions a reader is shown as "from this page". */
const shown = (text: string): Definition[] => mineDefinitions(text).filter((d) => d.confidence >= PAGE_DEFINITION_MIN_CONFIDENCE);

function shownOf(text: string, term: string): Definition {
  const defs = shown(text);
  const d = defs.find((x) => x.term === term);
  if (!d) throw new Error(`${term} not shown; mined: ${mineDefinitions(text).map((x) => `${x.term} (${x.confidence})`).join(', ')}`);
  expect(text.slice(d.label.start, d.label.end)).toBe(d.term);
  d.members.forEach((m, i) => expect(text.slice(d.memberSpans[i]!.start, d.memberSpans[i]!.end)).toBe(m));
  return d;
}

describe('label after the items', () => {
  it('帝国主义、封建主义、官僚资本主义三座大山 (dev2/20, line 6)', () => {
    const text = '在新民主主义革命时期，我们党团结带领人民，浴血奋战、百折不挠，经过北伐战争、土地革命战争、抗日战争、解放战争，推翻帝国主义、封建主义、官僚资本主义三座大山，建立了人民当家作主的中华人民共和国，实现了民族独立、人民解放，为实现现代化创造了根本社会条件。';
    expect(shownOf(text, '三座大山').members).toEqual(['帝国主义', '封建主义', '官僚资本主义']);
  });

  it('a quoted label after a 、-list whose first item carries the verb: 持续擦亮A、B、C“三张金名片” (dev2/16, line 9)', () => {
    const text = '盛阅春强调，要深入实施政治铸魂行动，学思践悟伟大思想，持续擦亮驻村指导员、民情日记、社区党建“契约化”共建“三张金名片”，把忠诚拥护“两个确立”、忠实践行“两个维护”体现到经济社会发展实际成效中。';
    expect(shownOf(text, '三张金名片').members).toEqual(['驻村指导员', '民情日记', '社区党建“契约化”共建']);
    // …and the formulas after it are not a list (拥护“两个确立”、…做到“两个维护”).
    expect(mineDefinitions(text).map((d) => d.term)).toEqual(['三张金名片']);
  });

  it('A和B两大X: the pair split at 和, the verb before it cut (dev2/12, line 21; dev2/02, line 21)', () => {
    const qiji = '中国仅用几十年时间就走完发达国家几百年走过的工业化历程，创造了经济快速发展和社会长期稳定两大奇迹；党的百年奋斗展示了马克思主义的强大生命力。';
    expect(shownOf(qiji, '两大奇迹').members).toEqual(['经济快速发展', '社会长期稳定']);
    const dashi = '准确把握国内国际两个大局，着力抓好发展和安全两件大事，加强战略谋划，增强战略定力。';
    expect(shownOf(dashi, '两件大事').members).toEqual(['发展', '安全']);
  });

  it('items that each open with 是, then 这N个方面的X: the label keeps its head noun (dev2/20, line 9)', () => {
    const text = '党的二十大报告明确概括了中国式现代化是人口规模巨大的现代化、是全体人民共同富裕的现代化、是物质文明和精神文明相协调的现代化、是人与自然和谐共生的现代化、是走和平发展道路的现代化这5个方面的中国特色，深刻揭示了中国式现代化的科学内涵。';
    expect(shownOf(text, '5个方面的中国特色').members).toEqual(['人口规模巨大的现代化', '全体人民共同富裕的现代化', '物质文明和精神文明相协调的现代化', '人与自然和谐共生的现代化', '走和平发展道路的现代化']);
  });

  it('把A、B、C概括为…的“三大法宝”: 把 and the naming verb are not part of the items (dev2/03, line 33)', () => {
    const text = '当年，毛泽东同志总结革命斗争经验，把统一战线、武装斗争、党的建设概括为克敌制胜的“三大法宝”，为我们党取得新民主主义革命胜利发挥了重要作用，至今依然发挥着重要作用。';
    expect(shownOf(text, '三大法宝').members).toEqual(['统一战线', '武装斗争', '党的建设']);
  });

  it('A、B、C，是…的三大历史性事件，是…的三大里程碑: both labels predicate the same list (dev 02, line 12)', () => {
    const text = '建立中国共产党、成立中华人民共和国、推进改革开放和中国特色社会主义事业，是五四运动以来我国发生的三大历史性事件，是近代以来实现中华民族伟大复兴的三大里程碑。';
    const members = ['建立中国共产党', '成立中华人民共和国', '推进改革开放和中国特色社会主义事业'];
    expect(shownOf(text, '三大历史性事件').members).toEqual(members);
    expect(shownOf(text, '三大里程碑').members).toEqual(members);
  });

  it('这就是：A，B，…。以上十个方面: the label sums up the sentence before (dev2/12, lines 21–22)', () => {
    const text = '全会提出，一百年来，党领导人民进行伟大奋斗，积累了宝贵的历史经验，这就是：坚持党的领导，坚持人民至上，坚持理论创新，坚持独立自主，坚持中国道路，坚持胸怀天下，坚持开拓创新，坚持敢于斗争，坚持统一战线，坚持自我革命。以上十个方面，是经过长期实践积累的宝贵经验，是党和人民共同创造的精神财富，必须倍加珍惜、长期坚持，并在新时代实践中不断丰富和发展。';
    const d = shownOf(text, '十个方面');
    expect(d.members).toHaveLength(10);
    expect(d.members[0]).toBe('坚持党的领导');
    expect(d.members[9]).toBe('坚持自我革命');
  });

  it('a label without a count: A、B、C…的全人类共同价值, the count being the items (dev2/18, line 26)', () => {
    const text = '三是在总纲原第二十三自然段中，增写弘扬和平、发展、公平、正义、民主、自由的全人类共同价值的内容；';
    expect(shownOf(text, '全人类共同价值').members).toEqual(['和平', '发展', '公平', '正义', '民主', '自由']);
  });

  it('a bare head noun after a list (…的方針) is kept with its confidence but not shown (dev2/35, line 9, traditional)', () => {
    const text = '要繼續按照穩定大局、統籌協調、分類施策、精準拆彈的方針，抓好風險處置工作，加強金融法治建設。';
    const d = mineDefinitions(text).find((x) => x.term === '方針');
    expect(d?.members).toEqual(['穩定大局', '統籌協調', '分類施策', '精準拆彈']);
    expect(d!.confidence).toBeLessThan(PAGE_DEFINITION_MIN_CONFIDENCE);
  });
});

describe('label after the items, more forms', () => {
  it('…，堪稱「四個全面」和「四化」: both quoted labels name the list before them (dev2/43, line 10, traditional)', () => {
    const text = '跟舊殖民者不同的是，新殖民者全面卑賤化、全面野蠻化、全面愚昧化、全面人渣化，堪稱「四個全面」和「四化」。';
    const members = ['全面卑賤化', '全面野蠻化', '全面愚昧化', '全面人渣化'];
    expect(shownOf(text, '四個全面').members).toEqual(members);
    expect(shownOf(text, '四化').members).toEqual(members);
  });

  it('续写A和B两大奇迹新篇章: the N大X label stops before 新篇章 (dev2/28, line 10)', () => {
    const text = '体现了续写经济快速发展和社会长期稳定两大奇迹新篇章、奋力开创中国式现代化建设新局面的历史主动，必将对党和国家事业发展产生重大而深远的影响。';
    expect(shownOf(text, '两大奇迹').members).toEqual(['经济快速发展', '社会长期稳定']);
  });
});

describe('label before the items', () => {
  it('一个是…，另一个是…, the label carrying its 的-noun (dev2/45, line 5, traditional)', () => {
    const text = '余英時說，五四學生運動有兩個最主要的口號，一個是「我們要科學」，另一個是「我們要民主」，知識人都以此為目標，但這是一個艱難過程。';
    expect(shownOf(text, '兩個最主要的口號').members).toEqual(['我們要科學', '我們要民主']);
  });

  it('「四個必須」，即A；B；C；D — the sentence subject 中國 is not glued to the first member (dev2/40, line 5)', () => {
    const text = '她重申在元旦談話的「四個必須」，即中國必須正視中華民國台灣存在事實，而非否認台灣人共同建立的民主國家體制；必須尊重2300萬人民對民主堅持，而非以分化、利誘方式介入台灣人民選擇；必須以和平對等方式解決歧異，而非打壓威嚇，企圖讓台灣人屈服；必須是政府或政府授權公權力機構坐下來談，任何沒有經過授權、監督的協商都不能稱作是民主協商。';
    const d = shownOf(text, '四個必須');
    expect(d.members[0]).toBe('必須正視中華民國台灣存在事實');
    expect(d.members[3]).toBe('必須是政府或政府授權公權力機構坐下來談');
  });

  it('总要求是“A、B、C、D”: a label without a count before a quoted list (dev2/21, line 9)', () => {
    const text = '开展主题教育，总要求是“学思想、强党性、重实践、建新功”，根本任务是坚持学思用贯通、知信行统一，把习近平新时代中国特色社会主义思想转化为坚定理想、锤炼党性和指导实践、推动工作的强大力量。';
    expect(shownOf(text, '总要求').members).toEqual(['学思想', '强党性', '重实践', '建新功']);
  });

  it('以下几个原则：一是…四是…: numbered items after a label without a count (dev 03, line 22)', () => {
    const text = '重点是要把握以下几个原则：一是考核对象要精准。既考核领导班子，又考核干部个人。二是指标设置要科学。坚持突出重点，让“指挥棒”更加指向中心工作。三是考核方式要多元。坚持集中考核与平时考核相结合。四是考核结果要用好。要严格区分等次、拉开档次。';
    expect(shownOf(text, '几个原则').members).toEqual(['考核对象要精准', '指标设置要科学', '考核方式要多元', '考核结果要用好']);
  });

  it('a verb after the label does not hide it: 围绕7个方面进行发言。一是… (dev2/07, line 21)', () => {
    const text = '中央政治局的同志重点围绕7个方面进行发言。一是加强理论武装、坚定理想信念情况。二是增强“四个意识”、坚定“四个自信”、做到“两个维护”情况。三是履行责任、担当作为情况。四是牢记宗旨、为民服务情况。五是带头维护制度权威、提高治理能力情况。六是秉公用权、清正廉洁情况。七是结合分管工作乃至党和国家全局性重点工作谈考虑和设想。';
    expect(shownOf(text, '7个方面').members[0]).toBe('加强理论武装、坚定理想信念情况');
  });

  it('numbered items lose their ordinals, quoted names their quotes, 即 stays out (dev2/09, line 7; dev2/51, line 35)', () => {
    const bufen = '《中国教育现代化2035》分为五个部分：一、战略背景；二、总体思路；三、战略任务；四、实施路径；五、保障措施。';
    expect(shownOf(bufen, '五个部分').members).toEqual(['战略背景', '总体思路', '战略任务', '实施路径', '保障措施']);
    const sishi = '今年5月，中共中央办公厅通知，在全社会开展“四史”（即党史、新中国史、改革开放史、社会主义发展史）宣传教育，引导人民群众“坚定不移听党话、跟党走”。';
    expect(shownOf(sishi, '四史').members).toEqual(['党史', '新中国史', '改革开放史', '社会主义发展史']);
  });
});

describe('label before the items, counted by the items', () => {
  it('注意把握以下几点。一是…四是…: 几 stands for the number of items (dev2/28, line 15)', () => {
    const text = '在《建议》稿起草过程中，我们注意把握以下几点。一是坚持目标导向和问题导向，立足于夯实基础、全面发力的基本定位，以为基本实现社会主义现代化目标奠定更加坚实的基础为着眼点进行系统谋划，以有力有序有效应对世界百年变局的新形势和发展中突出问题为着力点补短板、强弱项。二是坚持系统思维，按照统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局的要求，全面部署经济社会发展和党的建设各方面工作。三是坚持进一步全面深化改革，注重运用改革办法破解发展难题，为发展增动力、激活力。四是坚持扩大对外开放，既把发展放在自己力量基点上，又统筹用好全球要素和市场资源。';
    expect(shownOf(text, '几点').members).toEqual(['坚持目标导向和问题导向', '坚持系统思维', '坚持进一步全面深化改革', '坚持扩大对外开放']);
  });

  it('分为三大板块。第一板块包括…第二板块包括…第三板块包括… (dev2/28, line 16)', () => {
    const text = '《建议》稿由15个部分构成，分为三大板块。第一板块包括第一、第二2个部分，为总论，主要阐述“十四五”时期我国发展取得重大成就。第二板块包括第三至第十四12个部分，为分论，主要瞄准关系全局和长远的重点问题。第三板块包括第十五部分和结束语，主要部署坚持和加强党中央集中统一领导、推进社会主义民主法治建设、港澳台工作、推动构建人类命运共同体、充分调动全社会积极性主动性创造性等任务。';
    const d = shownOf(text, '三大板块');
    expect(d.members).toEqual(['包括第一、第二2个部分', '包括第三至第十四12个部分', '包括第十五部分和结束语']);
  });

  it('流傳兩個版本。一說是…，另一說是… (dev2/43, line 4, traditional)', () => {
    const text = '目前「黨和國家機構」調整方案流傳兩個版本。一說是港澳辦和國台辦合併成「國務院台港澳事務辦公室」，另一說是中央民委、宗教事務局、港澳辦和國台辦合併成「國家統一和民族事務部」。';
    expect(shownOf(text, '兩個版本').members).toEqual(['港澳辦和國台辦合併成「國務院台港澳事務辦公室」', '中央民委、宗教事務局、港澳辦和國台辦合併成「國家統一和民族事務部」']);
  });
});

describe('label before a ；-list without a colon', () => {
  it('总体目标是，到…时，…；到二〇三五年，…；到…时，… (dev2/02, line 14)', () => {
    const text = '坚持和完善中国特色社会主义制度、推进国家治理体系和治理能力现代化的总体目标是，到我们党成立一百年时，在各方面制度更加成熟更加定型上取得明显成效；到二〇三五年，各方面制度更加完善，基本实现国家治理体系和治理能力现代化；到新中国成立一百年时，全面实现国家治理体系和治理能力现代化，使中国特色社会主义制度更加巩固、优越性充分展现。';
    expect(shownOf(text, '总体目标').members).toEqual(['到我们党成立一百年时', '到二〇三五年', '到新中国成立一百年时']);
  });
});

describe('label before comma clauses that open alike', () => {
  it('战略目标调整表述为：到…，到… (dev2/18, line 22)', () => {
    const text = '将经济和社会发展的战略目标调整表述为：到2035年基本实现社会主义现代化，到本世纪中叶把我国建成社会主义现代化强国。';
    expect(shownOf(text, '战略目标').members).toEqual(['到2035年基本实现社会主义现代化', '到本世纪中叶把我国建成社会主义现代化强国']);
  });
});

describe('single-term glosses: one member, no count', () => {
  it('第一个答案，就是“…” and 第二个答案，这就是… (dev2/26, lines 27–28)', () => {
    const text = '1945年，正是在延安的窑洞里，面对黄炎培提出的“历史周期率”之问，毛泽东同志给出第一个答案，就是“让人民来监督政府”。\n进入新时代，以习近平同志为核心的党中央在全面从严治党的伟大实践中给出第二个答案，这就是自我革命。';
    expect(shownOf(text, '第一个答案').members).toEqual(['让人民来监督政府']);
    expect(shownOf(text, '第二个答案').members).toEqual(['自我革命']);
  });

  it('给出“X”的第N个答案: the quoted name before the ordinal label (dev2/22, line 6)', () => {
    const text = '围绕党如何跳出历史周期率，继毛泽东在延安的窑洞里给出“让人民来监督政府”的第一个答案后，给出“自我革命”的第二个答案，总结概括了党的自我革命六条规律性认识。';
    expect(shownOf(text, '第一个答案').members).toEqual(['让人民来监督政府']);
    expect(shownOf(text, '第二个答案').members).toEqual(['自我革命']);
  });

  it('“X”是…的Y, X，就是要…, and X是…的现代化 (dev2/21 line 5, dev2/10 line 23, dev2/25 line 19)', () => {
    expect(shownOf('实践充分证明，“两个确立”是党在新时代取得的重大政治成果，是推动党和国家事业取得历史性成就、发生历史性变革的决定性因素。', '两个确立').members).toEqual(['党在新时代取得的重大政治成果']);
    expect(shownOf('举旗帜，就是要高举马克思主义、中国特色社会主义的旗帜，坚持不懈用新时代中国特色社会主义思想武装全党、教育人民、推动工作。', '举旗帜').members).toEqual(['高举马克思主义、中国特色社会主义的旗帜']);
    expect(shownOf('全会提出，中国式现代化是物质文明和精神文明相协调的现代化。', '中国式现代化').members).toEqual(['物质文明和精神文明相协调的现代化']);
  });

  it('not a gloss: a subject that is an action, a role, or a description (dev2/20 line 11, dev2/25 line 15, dev 04 line 51)', () => {
    expect(mineDefinitions('习近平强调，推进中国式现代化是一个系统工程，需要统筹兼顾、系统谋划、整体推进。')).toEqual([]);
    expect(mineDefinitions('全会提出，城乡融合发展是中国式现代化的必然要求。')).toEqual([]);
    expect(mineDefinitions('“守初心、担使命，找差距、抓落实”是一个相互联系的整体，要全面把握，贯穿主题教育全过程。')).toEqual([]);
  });
});

describe('false definitions', () => {
  it('以A、B坚决做到“两个维护”: a verb phrase before a quoted label is not its list (dev2/01, line 22)', () => {
    const text = '要以正确的认识、正确的行动坚决做到“两个维护”，坚决防止和纠正一切偏离“两个维护”的错误言行，不得搞任何形式的“低级红”、“高级黑”。';
    expect(mineDefinitions(text)).toEqual([]);
  });

  it('拥护“两个确立”、坚决做到“两个维护” is two formulas, not a list (dev2/15, line 15)', () => {
    const text = '始终筑牢政治之魂，把忠诚拥护“两个确立”、坚决做到“两个维护”贯穿政协工作全过程；不断提升履职之效。';
    expect(mineDefinitions(text)).toEqual([]);
  });

  it('meeting names joined by 和 define nothing (dev2/15, line 11)', () => {
    const text = '他说，会议期间，全体委员深入学习贯彻中共十九届六中全会和省委十四届十次全会精神，以饱满的政治热情和强烈的政治担当，认真履行职责。';
    expect(mineDefinitions(text)).toEqual([]);
  });

  it('a number inside 第一百零三条 is not a label (dev2/48, line 13)', () => {
    const text = '4.实施本意见第二条规定的行为，具有下列情形之一的，应当认定为刑法第一百零三条第一款规定的“罪行重大”：\n（1）直接参与实施“台独”分裂组织主要分裂活动的；\n（2）实施“台独”分裂活动后果严重、影响恶劣的；\n（3）其他在“台独”分裂活动中起重大作用的。';
    expect(mineDefinitions(text).map((d) => d.term)).not.toContain('三条第一款规定');
    expect(shown(text)).toEqual([]);
  });

  it('kept with a low confidence, not shown: 发展和安全是一体之两翼; 两学一做 read as two items (dev2/53 line 9, dev2/51 line 29)', () => {
    const liangyi = '发展和安全是一体之两翼、驱动之双轮。';
    const d = mineDefinitions(liangyi).find((x) => x.term === '两翼');
    expect(d?.confidence).toBeLessThan(PAGE_DEFINITION_MIN_CONFIDENCE);
    expect(shown(liangyi)).toEqual([]);
    const liangxue = '同样在2016年，中共中央办公厅要求党员开展“学党章党规、学系列讲话，做合格党员”（简称“两学一做”）政治学习。';
    expect(shown(liangxue)).toEqual([]);
  });
});

describe('confidence', () => {
  it('is a number in [0, 1] on every definition, shown or not (dev2/40 line 5, dev2/53 line 9, dev2/51 line 29)', () => {
    const texts = [
      '她重申在元旦談話的「四個必須」，即中國必須正視中華民國台灣存在事實，而非否認台灣人共同建立的民主國家體制；必須尊重2300萬人民對民主堅持，而非以分化、利誘方式介入台灣人民選擇；必須以和平對等方式解決歧異，而非打壓威嚇，企圖讓台灣人屈服；必須是政府或政府授權公權力機構坐下來談，任何沒有經過授權、監督的協商都不能稱作是民主協商。',
      '发展和安全是一体之两翼、驱动之双轮。',
      '同样在2016年，中共中央办公厅要求党员开展“学党章党规、学系列讲话，做合格党员”（简称“两学一做”）政治学习。',
    ];
    const defs = texts.flatMap((t) => mineDefinitions(t));
    expect(defs.length).toBe(3);
    for (const d of defs) {
      expect(d.confidence).toBeGreaterThanOrEqual(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('markers and a linking word raise it: 一是/二是 and 这“N个X” outrank a bare list before a label', () => {
    const marked = shownOf('中央政治局的同志重点围绕7个方面进行发言。一是加强理论武装、坚定理想信念情况。二是增强“四个意识”、坚定“四个自信”、做到“两个维护”情况。三是履行责任、担当作为情况。四是牢记宗旨、为民服务情况。五是带头维护制度权威、提高治理能力情况。六是秉公用权、清正廉洁情况。七是结合分管工作乃至党和国家全局性重点工作谈考虑和设想。', '7个方面');
    const bare = shownOf('准确把握国内国际两个大局，着力抓好发展和安全两件大事，加强战略谋划，增强战略定力。', '两件大事');
    expect(marked.confidence).toBeGreaterThan(bare.confidence);
  });
});
