// Label followed by enumerated items: 其基本内涵应体现三个方面：一是突出党建引领。…二是…三是…
// Also 一要…, 第一，…, (一)…, ①…, 首先/其次/最后, at the end of a sentence or on following lines.
import type { Span } from '../types';
import { indexWithin, isHan, isSentenceEnd } from './chars';
import { leadingClauseEnd, trimSpan } from './clause';
import type { Found } from './found';
import { labelEndingAt, readLabel, type Label } from './label';
import { LINE_FAMILIES, findMarkers, type Marker, type MarkerFamily } from './markers';
import { uncountedLabelEndingAt } from './uncounted';

const MAX_GAP_INLINE = 1500;
const MAX_GAP_LINES = 4000;
const MAX_ITEMS = 20;

let lineText = '';
/** Paragraph-opening markers (第一，… at the start of a line) may be a whole paragraph apart. */
function atLineStart(m: Marker): boolean {
  let i = m.start;
  while (i > 0 && ' \t\u3000'.includes(lineText[i - 1]!)) i--;
  return i === 0 || lineText[i - 1] === '\n';
}

/** Consecutive markers of one family numbered 1, 2, 3… (首先, 其次, 再次…, 最后 for shouci). */
function sequences(markers: Marker[]): Marker[][] {
  const open = new Map<MarkerFamily, Marker[]>();
  const done: Marker[][] = [];
  const close = (f: MarkerFamily): void => {
    const seq = open.get(f);
    if (seq && seq.length >= 2) done.push(seq);
    open.delete(f);
  };
  for (const m of markers) {
    const seq = open.get(m.family);
    const last = seq?.[seq.length - 1];
    const gap = LINE_FAMILIES.has(m.family) || atLineStart(m) ? MAX_GAP_LINES : MAX_GAP_INLINE;
    const next = m.family === 'shouci' ? (m.index === 99 || m.index === (last?.index ?? 0) + 1 || (m.index === 3 && last?.index === 3)) : m.index === (last?.index ?? 0) + 1;
    if (seq && last && last.index !== 99 && next && m.start - last.start <= gap && seq.length < MAX_ITEMS) {
      seq.push(m);
    } else {
      close(m.family);
      if (m.index === 1) open.set(m.family, [m]);
    }
  }
  for (const f of [...open.keys()]) close(f);
  return done.sort((a, b) => a[0]!.start - b[0]!.start);
}

const CONNECTORS = ['主要包括', '具体包括', '具体来说', '具体而言', '分别是', '分别为', '主要是', '主要有', '包括', '如下', '就是', '即', '是', '为', '有'];
const SKIP = ' \t\r\n\u3000:,;。—-';
/** Verbs that may close the sentence after the label (重点围绕7个方面进行发言。). */
const LABEL_TAIL_VERBS = ['进行发言', '进行部署', '作了部署', '作出部署', '提出要求', '进行阐释', '阐释', '阐述', '论述', '展开', '部署', '发言', '来讲', '来谈', '讲'];

function skipBack(text: string, p: number): number {
  while (p > 0 && SKIP.includes(text[p - 1]!)) p--;
  return p;
}

/** The label just before the first marker, allowing a connector or a short 的… tail between. */
function labelBefore(text: string, markerStart: number): Label | undefined {
  let p = skipBack(text, markerStart);
  const direct = labelEndingAt(text, p);
  if (direct) return direct;
  for (const c of CONNECTORS) {
    if (text.startsWith(c, p - c.length)) {
      const q = skipBack(text, p - c.length);
      const l = labelEndingAt(text, q);
      if (l) return l;
    }
  }
  // 围绕7个方面进行发言。一是…: a verb after the label ends the sentence.
  for (const v of LABEL_TAIL_VERBS) {
    if (text.startsWith(v, p - v.length)) {
      const l = labelEndingAt(text, p - v.length);
      if (l) return l;
    }
  }
  // 三个方面的工作： / “三个务必”的要求：
  for (let k = p - 1; k >= Math.max(0, p - 6); k--) {
    if (text[k] === '的') return labelEndingAt(text, k);
    if (SKIP.includes(text[k]!)) break;
  }
  return undefined;
}

/** End of the paragraph, or of the longest item we take, whichever comes first. */
function paragraphEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_GAP_LINES);
  const nl = indexWithin(text, '\n', from, limit);
  return nl < 0 ? limit : nl;
}

function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (isSentenceEnd(text[i])) return text[i] === '\n' ? i : i + 1;
  return limit;
}

function stripLeadingYao(text: string, s: Span, family: MarkerFamily): Span {
  if (family === 'yiyao' || family === 'paren' || family === 'dun' || family === 'arabic' || family === 'circled') return s;
  // 第一类是…: the 是 after the marker introduces the item.
  if (family === 'dilei' && text[s.start] === '是' && s.end - s.start > 2) return { start: s.start + 1, end: s.end };
  return text[s.start] === '要' && s.end - s.start > 2 ? { start: s.start + 1, end: s.end } : s;
}

const PATTERN: Record<MarkerFamily, string> = {
  yishi: 'yishi-list',
  yiyao: 'yiyao-list',
  diyi: 'diyi-list',
  paren: 'paren-list',
  dun: 'paren-list',
  arabic: 'paren-list',
  circled: 'circled-list',
  shouci: 'shouci-list',
  dilei: 'dilei-list',
};

function itemsOf(text: string, seq: Marker[]): Span[] {
  const family = seq[0]!.family;
  const items: Span[] = [];
  let multiSentence = false;
  for (let i = 0; i < seq.length; i++) {
    const m = seq[i]!;
    let end: number;
    const following = seq[i + 1];
    if (following) {
      end = following.start;
      const body = trimSpan(text, m.end, end);
      const firstEnd = leadingClauseEnd(text, body.start, body.end, '。!?\n');
      if (firstEnd < body.end - 1) multiSentence = true;
    } else if (LINE_FAMILIES.has(family) || multiSentence) {
      end = paragraphEnd(text, m.end);
    } else {
      end = sentenceEnd(text, m.end, paragraphEnd(text, m.end));
    }
    items.push(stripLeadingYao(text, trimSpan(text, m.end, end), family));
  }
  return items;
}

const MAX_HEADING = 60;
const HEADING_LOOKBACK = 2;

/** [start, end) of the line before the one that starts at `lineStart`, or undefined. */
function previousLine(text: string, lineStart: number): { start: number; end: number } | undefined {
  if (lineStart <= 0) return undefined;
  const end = lineStart - 1;
  // Headings are short: do not look further back than one long paragraph plus a heading.
  let start = end;
  while (start > 0 && text[start - 1] !== '\n' && end - start < MAX_GAP_LINES) start--;
  return { start, end };
}

/**
 * 一、大力弘扬“四气”精神，…\n(intro paragraph)\n第一，…\n第二，…: a heading (a short line without
 * 。) names the label, the paragraphs under it are the items. Only a heading with exactly one
 * label of the right count qualifies.
 */
function labelInHeading(text: string, seq: Marker[]): Label | undefined {
  if (!seq.every(atLineStart)) return undefined;
  let line = previousLine(text, seq[0]!.start);
  for (let k = 0; line && k < HEADING_LOOKBACK; k++, line = previousLine(text, line.start)) {
    if (line.end - line.start > MAX_HEADING || indexWithin(text, '。', line.start, line.end) >= 0) continue;
    const found: Label[] = [];
    for (let c = line.start; c < line.end; c++) {
      const l = readLabel(text, c);
      if (l && l.end <= line.end) {
        found.push(l);
        c = l.end - 1;
      }
    }
    const fitting = found.filter((l) => l.count === seq.length);
    return fitting.length === 1 && found.length === 1 ? fitting[0] : undefined;
  }
  return undefined;
}

/** 主要内容：\n一、…二、…: a label without a count, then a colon, then the numbered items. */
function uncountedBefore(text: string, markerStart: number, count: number): Label | undefined {
  const p = skipBack(text, markerStart);
  const ji = jiLabelBefore(text, p, count);
  if (ji) return ji;
  const colon = indexWithin(text, ':', p, markerStart) >= 0;
  const label = uncountedLabelEndingAt(text, p, count);
  // 具体达到以下目标。\n1. …: 以下 announces the items as a colon would.
  return label && (colon || ['以下', '如下', '下列'].some((w) => text.startsWith(w, label.start - w.length))) ? label : undefined;
}

const MAX_JI_LABEL = 8;
/** Verbs after a 几-label that end the sentence (就其中几个重点问题|作简要说明。). */
const JI_TAILS = ['作简要说明', '作说明', '说明', '进行说明'];

/**
 * 注意把握以下几点。一是… / 就其中几个重点问题作简要说明。第一，…: 几 stands for the number of
 * items that follow; the label runs from 几 to the sentence end or a closing verb.
 */
function jiLabelBefore(text: string, p: number, count: number): Label | undefined {
  let end = p;
  const tail = JI_TAILS.find((w) => text.startsWith(w, end - w.length));
  if (tail) end -= tail.length;
  for (let k = end - 2; k >= Math.max(0, end - MAX_JI_LABEL); k--) {
    if (!isHan(text[k])) return undefined;
    if (text[k] === '几' && /[点个项条方]/.test(text[k + 1] ?? '')) return { start: k, end, count, noun: text.slice(k + 1, end) };
  }
  return undefined;
}

export function findEnumerated(text: string): Found[] {
  const out: Found[] = [];
  lineText = text;
  for (const seq of sequences(findMarkers(text))) {
    const counted = labelBefore(text, seq[0]!.start) ?? labelInHeading(text, seq);
    const label = counted ?? uncountedBefore(text, seq[0]!.start, seq.length);
    if (!label || label.count !== seq.length) continue;
    if (!counted) {
      out.push({ label, items: itemsOf(text, seq), pattern: 'uncounted-list', cues: ['markers'] });
      continue;
    }
    // Line-style heading items: the member is the heading line's leading clause.
    out.push({ label, items: itemsOf(text, seq), pattern: PATTERN[seq[0]!.family], cues: ['markers'] });
  }
  return out;
}
