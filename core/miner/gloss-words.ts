// The words and limits by which term-gloss.ts tells a gloss (中国式现代化是…的现代化) from a
// sentence that merely says something about a term.
import { byFirstUnit } from './chars';
import { HAN_RANGES } from '../han';
export const MAX_TERM = 17;
export const QUOTED_SUFFIXES = ['时期', '构想', '理念', '战略', '精神', '方针'];
export const MAX_QUOTED_TERM = 15;
export const MAX_GLOSS = 40;
/**
 * An unquoted subject's gloss must be a noun phrase ending in a gloss head; longer than this it is
 * a statement about the term (…实现自我净化、自我完善、自我革新、自我提高的重要制度保障 is 36).
 */
export const MAX_PLAIN_GLOSS = 40;
export const MAX_SHORT_TERM = 5;
/** “结束一党专政”是伪命题: a short predicate judges the term, it does not say what it is. */
export const MIN_QUOTED_GLOSS = 6;

/** Forward gloss words, longest first: what follows them is the defining phrase. */
export const GLOSS_WORDS = [',这就是', ',就是指', '就是指', ',就是要', ',也就是', '这就是', '就是要', ',就是', ',是指', ',指的是', ',即', '就是', '是指', '指的是'];
/** Clause breaks before a clause-initial term. */
export const CLAUSE_BREAK = new Set([...'。!?;:\n,']);
/** Reporting verbs whose object clause may start a gloss (全会提出，中国式现代化是…). */
export const REPORTING = ['提出', '强调', '指出', '认为', '表示', '明确', '宣告', '证明', '表明', '说明', '认识到'];
/** A subject that opens with a verb is an action (推进中国式现代化是一个系统工程), not a term. */
export const VERB_OPENINGS = ['学习', '明确', '统筹', '推进', '推动', '坚持', '发展', '加强', '实现', '开展', '建设', '做好', '抓好', '深化', '完善', '全面', '进一步', '这', '那', '其', '我', '他', '她', '它', '我们', '一', '有', '要', '在', '对', '从', '把', '但', '而', '如', '也', '又', '还', '就', '都', '只', '不', '没'];

/**
 * What a defining phrase does not open with: a preposition or adverb makes it a statement about
 * the term (是在改革开放中不断推进的), 一个/一种 a description (是一个相互联系的整体).
 */
export const GLOSS_BAD_OPENINGS = ['在', '从', '由', '对', '把', '将', '被', '要', '不', '没', '也', '又', '还', '都', '就', '只', '有', '我', '他', '她', '它', '这', '那', '其', '一个', '一种', '一项', '一条', '一次', '第', '件', '个', '种', '回'];
/** Discourse markers that look like a subject before ，就是 (具体来说，就是…). */
export const NOT_TERMS = ['具体来说', '具体而言', '也就是说', '换言之', '简单来说', '总之', '总的来说', '一句话', '说到底', '归根结底', '首先', '其次', '再次', '最后', '同时', '此外', '另外', '因此', '所以', '其中', '例如', '比如', '特别是', '尤其是'];

/** Noun heads an unquoted term ends with (思想, 现代化, 发展…): anything else is too open a subject. */
export const TERM_HEADS = ['思想', '现代化', '发展', '自信', '文化', '主义', '格局', '理念', '精神', '经验', '道路', '制度', '战略', '民主', '体系', '经济', '安全', '任务', '要务', '目标', '共识', '原则', '方针', '布局', '工程', '机制', '初心', '使命', '基层', '两制'];
/** Heads a plain gloss ends with: it names what the term is (…的现代化, …的首要任务, …的文化根脉). */
// Not 要求/基础 (…的必然要求, …的重要基础): those state a role, they do not say what the term is.
/** …的前提和基础, …的必然要求: the phrase names a role the term plays, not what it is. */
export const ROLE_HEADS = ['基础', '要求', '前提', '关键', '保证', '保障', '条件'];
export const GLOSS_HEADS = ['发展', '运用', '现代化', '任务', '要务', '成果', '力量', '根脉', '马克思主义', '自信', '特征', '优势', '保证', '方向', '灵魂', '飞跃', '时期', '制度', '经验', '答案', '法宝', '方法', '道路', '理论', '思想', '工程', '创举', '方针', '布局', '体系', '基石', '核心', '支撑', '动力', '途径', '旗帜', '保障', '前提'];

export const ORDINAL = new RegExp(`第[一二三四五六七八九十]个[${HAN_RANGES}]{1,4}?(?=[,。;:!?、”\\s的]|，|是|就|这|$)`, 'g');

/** GLOSS_WORDS by first code unit (wordAt). */
export const GLOSS_TABLE = byFirstUnit(GLOSS_WORDS);
