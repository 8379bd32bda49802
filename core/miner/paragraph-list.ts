// A paragraph ending in a label and a colon, and one item per following paragraph:
// 要重点抓好以下三项工作：\n强化理论武装。…\n夯实基层基础。…\n严明纪律规矩。…
// Also a paragraph that ends on its label and a verb (第二十九讲，从八个方面阐释。) followed by
// as many paragraphs that open in parallel (坚持实事求是。…\n坚持战略定力。…).
import type { Span } from '../types';
import { trimSpan } from './clause';
import type { Found } from './found';
import { labelEndingAt, type Label } from './label';

const LINK_WORDS = ['如下', '分别是', '包括', '即'];

export function findParagraphList(text: string): Found[] {
  const out: Found[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    let last = lineEnd;
    while (last > lineStart && ' \t\r\u3000'.includes(text[last - 1]!)) last--;
    if (nl >= 0 && text[last - 1] === ':') {
      let p = last - 1;
      const w = LINK_WORDS.find((x) => text.startsWith(x, p - x.length));
      if (w) p -= w.length;
      const label = labelEndingAt(text, p);
      if (label) {
        const items = followingLines(text, lineEnd + 1, label.count);
        if (items) out.push({ label, items, pattern: 'paragraph-list', cues: ['clauses'] });
      }
    } else if (nl >= 0 && text[last - 1] === '。') {
      const label = labelClosing(text, last - 1);
      const items = label && followingLines(text, lineEnd + 1, label.count + 1, true);
      if (label && items && parallel(text, items, label.count)) out.push({ label, items: items.slice(0, label.count), pattern: 'paragraph-list', cues: ['clauses'] });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const MAX_HEAD = 16;
/** Verbs that may follow the label at the end of such a sentence (从八个方面|阐释。). */
const TAIL_VERBS = ['阐释', '阐述', '论述', '展开', '说明', '介绍', '入手', '着手', '概括', '归纳', '来讲', '来看', '理解', '把握', '部署', '推进', '发力', '着力'];

/**
 * A label that ends the sentence but for one of TAIL_VERBS, or that 以下/下面 announces
 * (主要有以下三点。). A sentence that merely ends on a label (…做到“两个维护”。) names a known
 * formula; the paragraphs after it are not its items.
 */
function labelClosing(text: string, stop: number): Label | undefined {
  const verb = TAIL_VERBS.find((v) => text.startsWith(v, stop - v.length));
  const label = labelEndingAt(text, verb ? stop - verb.length : stop);
  if (!label || verb) return label;
  return ['以下', '下面', '如下'].some((w) => text.startsWith(w, label.start - w.length)) ? label : undefined;
}

/**
 * Exactly `count` paragraphs open with the same two characters and a short leading sentence,
 * and the paragraph after them (if any) does not: the items are the whole parallel run.
 */
function parallel(text: string, lines: Span[], count: number): boolean {
  if (lines.length < count) return false;
  const lead = text.slice(lines[0]!.start, lines[0]!.start + 2);
  const items = lines.slice(0, count);
  if (!items.every((s) => text.startsWith(lead, s.start) && headLength(text, s) <= MAX_HEAD)) return false;
  const next = lines[count];
  return !next || !text.startsWith(lead, next.start);
}

function headLength(text: string, s: Span): number {
  for (let i = s.start; i < s.end && i - s.start <= MAX_HEAD; i++) if (text[i] === '。') return i - s.start;
  return MAX_HEAD + 1;
}

/** The next `count` non-empty lines, or undefined if the text ends first (or fewer, if `partial`). */
function followingLines(text: string, from: number, count: number, partial = false): Span[] | undefined {
  const items: Span[] = [];
  let at = from;
  while (items.length < count && at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const s = trimSpan(text, at, end);
    if (s.end > s.start) items.push(s);
    at = end + 1;
  }
  return items.length === count || (partial && items.length > 0) ? items : undefined;
}
