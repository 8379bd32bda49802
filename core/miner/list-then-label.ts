// Items followed by their label: 开展举旗铸魂、强基固本、示范引领、公开规范、关心关爱五大行动;
// 蕴含了“一个前提、一个关键、一个路径、一个目标”。这“四个一”…; A、B和C（简称“三个X”）;
// 工作项目化、项目目标化、目标考核化、考核绩效化的“四化”方法.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, lastIndexWithin } from './chars';
import { trimSpan } from './clause';
import type { Found } from './definition';
import { labelsInText, type PlacedLabel } from './labels-in-text';
import { endsWithVerb, firstItemStart, isLeadingVerb, splitLastJoiner, splitList } from './list-split';

const MAX_LIST = 400;
/** Words between a list and its label. Those in SENTENCE_LINKS may cross a sentence end. */
const LINKS = ['以下简称', '以下统称', '简称为', '简称', '统称为', '统称', '合称', '概括为', '归纳为', '这些', '这', '即', '等', '的', '这样的'].sort((a, b) => b.length - a.length);
const SENTENCE_LINKS = new Set(['以下简称', '以下统称', '简称为', '简称', '统称为', '统称', '合称', '概括为', '归纳为', '这些', '这', '这样的']);
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

/** Where the list ends: before the label, past a linking word and, for 这/简称, a sentence end. */
function listEnd(text: string, pl: PlacedLabel): number {
  let p = pl.outerStart;
  if (text[p - 1] === '(') p--;
  // “对党忠诚、…、纪律严明”“四句话、十六字”: the label opens a quote right after the list's.
  else if (text[p - 1] === OPEN_Q && text[p - 2] === CLOSE_Q) p--;
  const link = LINKS.find((w) => text.startsWith(w, p - w.length));
  if (link) {
    p -= link.length;
    if (SENTENCE_LINKS.has(link)) while (p > 0 && ',。(: '.includes(text[p - 1]!)) p--;
  }
  return p;
}

const MAX_ITEM = 20;

/** Lists before a label are short phrases; anything else is running text that happens to precede a count. */
function plausible(text: string, items: Span[]): boolean {
  const lens = items.map((s) => s.end - s.start);
  if (lens.some((l) => l > MAX_ITEM || l < 1)) return false;
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
  return items.every((s) => !/^[一二三四五六七八九十\d]+$/.test(text.slice(s.start, s.end)));
}

function itemsBefore(text: string, end: number, count: number): Span[] | undefined {
  // 马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想: the label is itself an item.
  if (text[end - 1] === '、') return undefined;
  const start = regionStart(text, end);
  if (start < 0 || start >= end) return undefined;
  let region = trimSpan(text, start, end);
  let items = splitList(text, region);
  // “一个前提、一个关键、一个路径、一个目标”: the whole list in one pair of quotes.
  if (items.length === 1 && text[region.end - 1] === CLOSE_Q) {
    const open = lastIndexWithin(text, OPEN_Q, region.end - 2, region.start);
    if (open >= region.start) {
      region = { start: open + 1, end: region.end - 1 };
      items = splitList(text, region);
    }
  }
  if (items.length === count - 1) items = splitLastJoiner(text, items) ?? items;
  if (items.length !== count) return undefined;
  const first = items[0]!;
  const s = firstItemStart(text, first, items.slice(1));
  if (s === undefined) return undefined;
  items[0] = { start: s, end: first.end };
  return plausible(text, items) ? items : undefined;
}

export function findListThenLabel(text: string, labels = labelsInText(text)): Found[] {
  const out: Found[] = [];
  for (const pl of labels) {
    const items = itemsBefore(text, listEnd(text, pl), pl.label.count);
    if (items) out.push({ label: pl.label, items, members: items, pattern: 'list-then-label' });
  }
  return out;
}
