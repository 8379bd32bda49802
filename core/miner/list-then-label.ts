// Items followed by their label: 开展举旗铸魂、强基固本、示范引领、公开规范、关心关爱五大行动;
// 蕴含了“一个前提、一个关键、一个路径、一个目标”。这“四个一”…; A、B和C（简称“三个X”）;
// 工作项目化、项目目标化、目标考核化、考核绩效化的“四化”方法.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, isHan, isSentenceEnd, lastIndexWithin } from './chars';
import type { Label } from './label';
import { trimSpan } from './clause';
import type { Found } from './found';
import { labelsInText, type PlacedLabel } from './labels-in-text';
import { endsWithObjectVerb, endsWithVerb, firstItemStart, isLeadingVerb, splitLastJoiner, splitList } from './list-split';
import type { Cue } from './found';

const MAX_LIST = 400;
/** Words between a list and its label. Those in SENTENCE_LINKS may cross a sentence end. */
const LINKS = ['以下简称', '以下统称', '简称为', '简称', '统称为', '统称', '合称', '概括为', '归纳为', '这些', '这', '即', '等', '的', '这样的', '堪称'].sort((a, b) => b.length - a.length);
const SENTENCE_LINKS = new Set(['以下简称', '以下统称', '简称为', '简称', '统称为', '统称', '合称', '概括为', '归纳为', '这些', '这', '这样的', '堪称']);
const REGION_STOPS = ',;:。!?\n(';

/** Start of the list region that ends at `p`: back to the previous top-level stop. */
function regionStart(text: string, p: number): number {
  let depth = 0;
  const floor = Math.max(0, p - MAX_LIST);
  for (let i = p - 1; i >= floor; i--) {
    const ch = text[i]!;
    if (ch === '\n') return i + 1;
    if (ch === CLOSE_Q || ch === ')' || ch === '》') depth++;
    else if (ch === OPEN_Q || ch === '《') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && REGION_STOPS.includes(ch)) return i + 1;
  }
  return floor === 0 ? 0 : -1;
}

/** 把统一战线、武装斗争、党的建设概括为克敌制胜的“三大法宝”: a naming verb between list and label. */
const NAMING_VERBS = ['概括为', '归纳为', '总结为', '并称为', '统称为', '称之为', '称为', '誉为'];
const MAX_NAMING_TAIL = 8;

const EDITOR_NOTES = ['(编者按:', '(按:', '(注:'];

interface ListEnd {
  end: number;
  /** A word ties the list to its label (这, 简称, 概括为…). */
  link: boolean;
}

/** Where the list ends: before the label, past a linking word and, for 这/简称, a sentence end. */
function listEnd(text: string, pl: PlacedLabel): ListEnd {
  let p = pl.outerStart;
  // 堪称“四个全面”和“四化”: a second quoted label joined to the first names the same list.
  if (text[p - 1] === '和' && text[p - 2] === CLOSE_Q) {
    const open = lastIndexWithin(text, OPEN_Q, p - 3, p - 14);
    if (open >= 0) p = open;
  }
  // A、B、C、D。(按:“四个X”…): the label stands only in an editor's note after the list.
  const note = EDITOR_NOTES.find((w) => text.startsWith(w, p - w.length));
  if (note) {
    p -= note.length;
    while (p > 0 && ',。 '.includes(text[p - 1]!)) p--;
    return { end: p, link: true };
  }
  if (text[p - 1] === '(') p--;
  // “对党忠诚、…、纪律严明”“四句话、十六字”: the label opens a quote right after the list's.
  else if (text[p - 1] === OPEN_Q && text[p - 2] === CLOSE_Q) p--;
  const naming = namingVerbBefore(text, p);
  if (naming >= 0) return { end: naming, link: true };
  const link = LINKS.find((w) => text.startsWith(w, p - w.length));
  if (link) {
    p -= link.length;
    if (SENTENCE_LINKS.has(link)) while (p > 0 && ',。(: '.includes(text[p - 1]!)) p--;
  }
  return { end: p, link: link !== undefined && (SENTENCE_LINKS.has(link) || link === '即') };
}

/** Start of a naming verb that ends at most a short 的-phrase before `p`, or -1. */
function namingVerbBefore(text: string, p: number): number {
  for (let k = p - 1; k >= Math.max(0, p - MAX_NAMING_TAIL - 3); k--) {
    if (!/[\u3400-\u9fff]/.test(text[k]!)) return -1;
    for (const v of NAMING_VERBS) {
      if (!text.startsWith(v, k)) continue;
      const tail = text.slice(k + v.length, p);
      if (tail === '' || (tail.endsWith('的') && tail.length <= MAX_NAMING_TAIL)) return k;
    }
  }
  return -1;
}

const MAX_ITEM = 20;
/** Items of a summarised list (坚持党的领导，坚持人民至上…) may be whole short clauses. */
const MAX_CLAUSE_ITEM = 40;

/** Lists before a label are short phrases; anything else is running text that happens to precede a count. */
function plausible(text: string, items: Span[], clauses = false): boolean {
  const lens = items.map((s) => s.end - s.start);
  if (lens.some((l) => l > (clauses ? MAX_CLAUSE_ITEM : MAX_ITEM) || l < 1)) return false;
  if (lens.some((l) => l === 1) && !lens.every((l) => l === 1)) return false;
  // Items of one list are parallel phrases; one far longer than the shortest is running text
  // (要始终把解决好农业、农村、农民问题作为…，这“三农”…).
  if (Math.max(...lens) > 2 * Math.min(...lens) + 4) return false;
  const last = items[items.length - 1]!;
  // 坚持“两个毫不动摇”: the verb before the label is not an item.
  const lastText = text.slice(last.start, last.end);
  // 从实行家庭联产承包、…到农村承包地“三权”分置: a range from … to …, not a list.
  if (text[items[0]!.start] === '从' && lastText.includes('到')) return false;
  if (isLeadingVerb(lastText) || endsWithVerb(lastText)) return false;
  // 忠诚拥护“两个确立”、坚决做到“两个维护”: the last piece is the verb governing the label, and the
  // first a formula of its own; neither is an item.
  if (endsWithObjectVerb(lastText)) return false;
  return items.every((s) => !/^[一二三四五六七八九十\d]+$/.test(text.slice(s.start, s.end)));
}

interface ListBefore {
  items: Span[];
  cues: Cue[];
}

/** Items that all open with the copula (中国式现代化是A的现代化、是B的现代化…这5个方面): the items follow it. */
function afterCopula(text: string, items: Span[]): Span[] | undefined {
  if (items.length < 3 || !items.slice(1).every((s) => text[s.start] === '是' && s.end - s.start > 2)) return undefined;
  const first = items[0]!;
  const k = lastIndexWithin(text, '是', first.end - 3, first.start);
  if (k < first.start) return undefined;
  return items.map((s, i) => (i === 0 ? { start: k + 1, end: s.end } : { start: s.start + 1, end: s.end }));
}

function itemsBefore(text: string, end: number, count: number, from?: number): ListBefore | undefined {
  // 马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想: the label is itself an item.
  if (text[end - 1] === '、') return undefined;
  const cues: Cue[] = [];
  const start = from ?? regionStart(text, end);
  if (start < 0 || start >= end) return undefined;
  let region = trimSpan(text, start, end);
  // 把A、B、C概括为…: 把 opens the clause, not the first item.
  if (text[region.start] === '把') region = { start: region.start + 1, end: region.end };
  let items = splitList(text, region);
  // “一个前提、一个关键、一个路径、一个目标”: the whole list in one pair of quotes.
  if (items.length === 1 && text[region.end - 1] === CLOSE_Q) {
    const open = lastIndexWithin(text, OPEN_Q, region.end - 2, region.start);
    if (open >= region.start) {
      region = { start: open + 1, end: region.end - 1 };
      items = splitList(text, region);
      cues.push('link');
    }
  }
  // 坚持党的领导，坚持人民至上，…。以上十个方面: a summarised list may run on commas or semicolons.
  if (from !== undefined && items.length !== count) {
    for (const sep of [';', ',']) {
      const bySep = splitList(text, region, sep);
      if (bySep.length === count) {
        items = bySep;
        cues.push('clauses');
        break;
      }
    }
  }
  if (items.length === count - 1) {
    const split = splitLastJoiner(text, items);
    if (split) {
      items = split;
      cues.push('joiner-split');
    }
  }
  if (items.length !== count) return undefined;
  const copula = afterCopula(text, items);
  if (copula) items = copula;
  const first = items[0]!;
  const s = copula ? first.start : firstItemStart(text, first, items.slice(1));
  if (s === undefined) return undefined;
  // (A first item found by cutting its introducing verb is no weaker: 开展|举旗铸魂 is the common case.)
  items[0] = { start: s, end: first.end };
  return plausible(text, items, cues.includes('clauses')) ? { items, cues } : undefined;
}

const MAX_COPULAS = 3;

/**
 * A、B、C，是…的三大历史性事件，是…的三大里程碑: the label ends a 是-clause that predicates the list
 * in the clause before (over other 是-clauses of the same sentence).
 */
function copulaItems(text: string, pl: PlacedLabel): ListBefore | undefined {
  if (text[pl.outerStart - 1] !== '的') return undefined;
  let s = regionStart(text, pl.outerStart);
  for (let k = 0; k < MAX_COPULAS && s > 0 && text[s] === '是' && text[s - 1] === ','; k++) {
    const prev = regionStart(text, s - 1);
    if (prev < 0) return undefined;
    if (text[prev] !== '是') {
      const found = itemsBefore(text, s - 1, pl.label.count, prev);
      return found && { ...found, cues: [...found.cues, 'link'] };
    }
    s = prev;
  }
  return undefined;
}

/** 以上十个方面 / 上述三点 at a sentence start: the list is the sentence before. */
function summarisedList(text: string, pl: PlacedLabel): { end: number; start: number } | undefined {
  const w = ['以上', '上述'].find((x) => text.startsWith(x, pl.outerStart - x.length));
  if (!w) return undefined;
  const at = pl.outerStart - w.length;
  if (at > 0 && !isSentenceEnd(text[at - 1])) return undefined;
  let end = at;
  while (end > 0 && (text[end - 1] === '。' || text[end - 1] === '\n' || text[end - 1] === ' ')) end--;
  let start = end;
  while (start > 0 && !isSentenceEnd(text[start - 1]) && end - start < MAX_LIST) start--;
  // 这就是：坚持…，坚持…: the list starts after the colon that announces it.
  const colon = lastIndexWithin(text, ':', end - 1, start);
  return { start: colon >= 0 ? colon + 1 : start, end };
}

/**
 * 续写经济快速发展和社会长期稳定两大奇迹新篇章: an unquoted N大X label runs on into the noun
 * that follows it; the X of such labels is two characters (两大奇迹, 三大法宝, 五大行动).
 */
function shortDaLabel(text: string, label: Label): Label {
  const da = label.start + (label.end - label.start - label.noun.length) - 1;
  if (text[da] !== '大' || label.noun.length < 4 || text[label.start - 1] === OPEN_Q) return label;
  // Only before 新… (新篇章, 新局面, 新高度); 三大历史性事件 is one noun.
  if (text[da + 3] !== '新') return label;
  return { ...label, end: da + 3, noun: label.noun.slice(0, 2) };
}

const GENERIC_NOUNS = new Set(['方面', '点', '条', '项']);
const MAX_HEAD = 6;

/**
 * 这5个方面的中国特色: after a list, a generic label (N个方面) and the noun its 的 qualifies read as one
 * name; the label is the whole phrase. Only up to a clause end, and only a short noun.
 */
function withHeadNoun(text: string, label: Label): Label {
  if (!GENERIC_NOUNS.has(label.noun) || text[label.end] !== '的') return label;
  let j = label.end + 1;
  while (j < text.length && j - label.end - 1 < MAX_HEAD && isHan(text[j]) && text[j] !== '的') j++;
  const after = text[j];
  if (j - label.end - 1 < 2 || isHan(after) || after === OPEN_Q) return label;
  return { ...label, end: j };
}

export function findListThenLabel(text: string, labels = labelsInText(text)): Found[] {
  const out: Found[] = [];
  for (const pl of labels) {
    const summary = summarisedList(text, pl);
    if (summary) {
      const found = itemsBefore(text, summary.end, pl.label.count, summary.start);
      if (found) out.push({ label: pl.label, items: found.items, members: found.items, pattern: 'list-then-label', cues: [...found.cues, 'link'] });
      continue;
    }
    const le = listEnd(text, pl);
    const found = itemsBefore(text, le.end, pl.label.count) ?? copulaItems(text, pl);
    if (found) out.push({ label: withHeadNoun(text, shortDaLabel(text, pl.label)), items: found.items, members: found.items, pattern: 'list-then-label', cues: le.link ? [...found.cues, 'link'] : found.cues });
  }
  return out;
}
