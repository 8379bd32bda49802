// Splitting a 、-list (or a ；-list) into items, and finding where the first item begins when a
// verb runs into it (开展举旗铸魂、强基固本… → 举旗铸魂).
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, indexWithin } from './chars';
import { splitTopLevel, trimSpan } from './clause';

/** Verbs that introduce a list without being part of its first item. */
const LEADING_VERBS = [
  '坚持和完善', '坚持和发展', '必须', '深入开展', '扎实开展', '全面推进', '大力实施', '着力推进', '努力实现', '切实做到', '坚持做到',
  '开展', '实施', '推进', '推动', '坚持', '做到', '抓好', '实现', '强化', '加强', '深化', '聚焦', '围绕',
  '落实', '打造', '树立', '增强', '形成', '构建', '包括', '涵盖', '提出', '提出了', '蕴含', '蕴含了',
  '通过', '即', '有', '是', '为', '把握', '突出', '践行', '弘扬', '发扬', '贯彻', '推行', '倡导', '确立',
  '深入', '扎实', '全面', '大力', '着力', '持续', '切实', '积极', '认真', '统筹', '不断', '努力', '更加', '加快', '坚定', '树牢', '筑牢', '守住', '紧扣', '紧抓', '着眼', '立足', '按照', '依托', '具有', '体现', '要',
].sort((a, b) => b.length - a.length);

/**
 * Verbs that take a label as their object (坚决做到“两个维护”, 忠诚拥护“两个确立”): a list piece
 * ending in one is the clause around the label, not an item of it.
 */
export const OBJECT_VERBS = [
  '做到', '践行', '拥护', '领悟', '增强', '坚定', '树立', '维护', '落实', '贯彻', '坚持', '牢记', '推进', '实施', '开展',
  '开拓', '开创', '把握', '深化', '统筹', '实现', '弘扬', '传承', '提出', '形成', '构建', '打造', '推动',
  '擦亮', '推翻', '创造', '完成', '取得', '抓好', '打好', '用好', '念好', '唱好', '守好', '当好', '发挥', '遵循', '聚焦',
  '围绕', '突出', '强化', '加强', '明确', '确立', '作出', '进行', '认识', '理解', '阐释', '概括', '归纳', '总结', '缩小',
  '偏离', '防止', '反对', '违背', '背离', '违反',
];

export function endsWithObjectVerb(piece: string): boolean {
  return OBJECT_VERBS.some((v) => piece.length > v.length && piece.endsWith(v));
}

/**
 * Verbs that open the clause a list stands in without belonging to its first item, beyond
 * LEADING_VERBS: they are cut from the first item even when it is no longer than the others
 * (持续擦亮驻村指导员、民情日记… → 驻村指导员; 推翻帝国主义、封建主义… → 帝国主义).
 */
const OPENING_VERBS = ['擦亮', '推翻', '创造了', '创造', '打赢', '打好', '抓住', '破除', '克服', '战胜', '消除', '缩小', '统揽', '经历', '经过', '面临', '面对', '完成', '取得', '实现了', '形成了', '确立了', '提出了', '概括了', '明确了', '促进', '念好', '唱好', '用好', '守好', '答好', '走好', '擦亮了', '历经', '并从', '完善', '健全', '建立健全', '优化', '巩固', '续写', '谱写', '书写'];

/** Adverbs that may stand before a clause's verb (继续完善…, 进一步推进…). */
const CLAUSE_ADVERBS = ['继续', '进一步', '不断'];

/** Does a clause open with a verb (推进…, 继续完善…)? One-character verbs do not count. */
export function opensWithVerb(text: string, at: number): boolean {
  const adverb = CLAUSE_ADVERBS.find((a) => text.startsWith(a, at));
  const p = adverb ? at + adverb.length : at;
  return CLAUSE_VERBS.some((w) => w.length >= 2 && text.startsWith(w, p));
}

export function isLeadingVerb(word: string): boolean {
  return LEADING_VERBS.includes(word);
}

/** …共同发展和坚持: a list piece that ends in a verb runs into the label rather than naming an item. */
export function endsWithVerb(piece: string): boolean {
  return LEADING_VERBS.some((v) => v.length >= 2 && piece.length > v.length && piece.endsWith(v) && /[和与及、,]/.test(piece[piece.length - v.length - 1] ?? ''));
}

const JOINERS = ['以及', '和', '与', '及', '并'];

/** Split at top-level 、 (or another separator set); trims every piece. */
export function splitList(text: string, region: Span, seps = '、'): Span[] {
  return splitTopLevel(text, region.start, region.end, seps).map((s) => trimSpan(text, s.start, s.end));
}

/** A — B和C: when one item short, split the last piece at its last top-level joiner. */
export function splitLastJoiner(text: string, items: Span[]): Span[] | undefined {
  const last = items[items.length - 1];
  if (!last) return undefined;
  let depth = 0;
  let at = -1;
  let len = 0;
  for (let i = last.start; i < last.end; i++) {
    const ch = text[i]!;
    if (ch === OPEN_Q || ch === '(' || ch === '《') depth++;
    else if (ch === CLOSE_Q || ch === ')' || ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && i > last.start + 1) {
      const j = JOINERS.find((w) => text.startsWith(w, i));
      if (j) [at, len] = [i, j.length];
    }
  }
  if (at < 0 || at + len >= last.end - 1) return undefined;
  return [...items.slice(0, -1), trimSpan(text, last.start, at), trimSpan(text, at + len, last.end)];
}

/**
 * Where the first item of a list really starts. Its piece runs back to the previous comma and
 * may carry the verb that introduces the list. Items quoted one by one start at their quote;
 * items of one length (four-character phrases, the common case) fix the first one's length.
 */
const CLAUSE_PREPOSITIONS = ['并从', '并把', '从而'];
const CLAUSE_VERBS = [...OPENING_VERBS, ...LEADING_VERBS].sort((a, b) => b.length - a.length);

/** Cut adverbs and verbs that open the clause (持续|擦亮|驻村指导员) while the others do not open so. */
function stripOpeningVerbs(text: string, first: Span, others: Span[], minVerb = 1): number {
  let s = first.start;
  for (let pass = 0; pass < 3; pass++) {
    // One-character verbs (有, 是, 要) open items too (有理想、讲道德): only cut them from a long first piece.
    const v = CLAUSE_VERBS.find(
      (w) => w.length >= minVerb && text.startsWith(w, s) && first.end - s - w.length >= 2 && !others.some((o) => text.startsWith(w, o.start)),
    );
    if (!v) break;
    s += v.length;
  }
  return s;
}

export function firstItemStart(text: string, first: Span, others: Span[]): number | undefined {
  const q = indexWithin(text, OPEN_Q, first.start, first.end);
  if (q >= 0 && q < first.end && text[first.end - 1] === CLOSE_Q) return q;
  const lens = others.map((s) => s.end - s.start);
  const max = Math.max(...lens);
  if (first.end - first.start <= max) {
    // 加强监督、完善制度: when the other items open with verbs too, the first one's verb is its own.
    // (Prepositions that open the clause, 并从把准…, go all the same.)
    const fn = CLAUSE_PREPOSITIONS.find((w) => text.startsWith(w, first.start) && first.end - first.start - w.length >= 2);
    if (fn) return first.start + fn.length;
    if (others.some((o) => CLAUSE_VERBS.some((w) => w.length >= 2 && text.startsWith(w, o.start)))) return first.start;
    return stripOpeningVerbs(text, first, others, 2);
  }
  // 把以经济建设为中心同坚持四项基本原则、坚持改革开放: when every other item opens with the same
  // two characters, the first item opens with them too, at their last occurrence in the piece.
  const lead = text.slice(others[0]!.start, others[0]!.start + 2);
  if (lead.length === 2 && others.every((o) => text.startsWith(lead, o.start))) {
    // Bounded to the piece: an unbounded lastIndexOf rescans the page when the lead is absent.
    const k = text.slice(first.start, first.end).lastIndexOf(lead, first.end - first.start - 2) + first.start;
    if (k > first.start && first.end - k >= 3) return k;
  }
  // 统筹推进经济建设、政治建设… / 深化学史明理、学史增信…: strip introducing verbs and adverbs.
  const min = Math.min(...lens);
  let s = stripOpeningVerbs(text, first, others);
  if (s > first.start && first.end - s <= max) return s;
  s = first.start;
  for (let pass = 0; pass < 4 && first.end - s > min; pass++) {
    // A word the other items also start with is part of the parallel structure (全面…、全面…).
    const v = LEADING_VERBS.find(
      (w) => text.startsWith(w, s) && first.end - s - w.length >= 2 && !others.some((o) => text.startsWith(w, o.start)),
    );
    if (!v) break;
    s += v.length;
  }
  // 传承好井冈山精神、…: a verb with a result complement (传承好, 落实到) introduces the list.
  if (s === first.start) {
    for (let k = first.start + 1; k <= first.start + 3 && k < first.end - 2; k++) {
      if ('好到'.includes(text[k]!)) {
        s = k + 1;
        break;
      }
    }
  }
  if (s > first.start && first.end - s <= max + 2) return s;
  // Cut to the other items' common length only where the cut follows an introducing verb;
  // cutting a word in two (传承好井|冈山精神) gives a wrong member, worse than none.
  if (lens.length > 0 && lens.every((l) => l === lens[0])) {
    const cut = first.end - lens[0]!;
    return CLAUSE_VERBS.some((w) => text.startsWith(w, cut - w.length)) ? cut : undefined;
  }
  return first.end - first.start <= max + 2 ? first.start : undefined;
}
