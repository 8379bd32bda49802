// Enumeration markers: 一是/二是, 一要/二要, 第一，/第二，, (一)/(二), 一、 at a line start,
// 1. / 1、 / (1), ①②, 首先/其次/最后, 第一类是/第二类是. One linear regex pass finds them all; sequences are
// grouped per family in order (一 → 二 → 三…).
import { circledValue, isPhraseBreak, ordinalValue } from './chars';

export type MarkerFamily = 'yishi' | 'yiyao' | 'diyi' | 'paren' | 'dun' | 'arabic' | 'circled' | 'shouci' | 'dilei';

export interface Marker {
  family: MarkerFamily;
  /** 1-based position in its sequence. */
  index: number;
  start: number;
  /** Where the item text begins (after the marker). */
  end: number;
}

/** Families whose items are whole lines (headings of sections); the rest run inside paragraphs. */
export const LINE_FAMILIES = new Set<MarkerFamily>(['paren', 'dun', 'arabic']);

const N = '[一二三四五六七八九十]{1,3}';
const MARKER_RE = new RegExp(
  [
    `(${N})是`, // 1 yishi
    `(${N})要(?=[\\u3400-\\u9fff“])`, // 2 yiyao
    `第(${N})(?=[,:、是要])`, // 3 diyi
    `\\((${N}|\\d{1,2})\\)`, // 4 paren (一) / (1)
    `(?:^|(?<=\\n))[ \\t\\u3000]*(${N})、`, // 5 dun at a line start
    `(?:^|(?<=\\n))[ \\t\\u3000]*(\\d{1,2})[.、](?!\\d)`, // 6 arabic at a line start
    `([\\u2460-\\u2473])`, // 7 circled
    `(首先|其次|再次|最后)(?=[,:是要])`, // 8 shouci
    `第(${N})(?:类|种|层|方面|板块|部分|阶段)(?=[是,:包为])`, // 9 dilei: 第一类是…第二类是…, 第一板块包括…
  ].join('|'),
  'y',
);

/**
 * Code units a marker match can start with: count words, 第, (, spaces before a line-start
 * marker, ①…⑳, 首/其/再/最. The regex is tried only there (sticky), because one alternation of
 * nine branches tried at every position of a 1M-character page costs more than the rest.
 */
const MARKER_START = new Uint8Array(0x10000);
for (const ch of '一二三四五六七八九十第( \t\u3000首其再最') MARKER_START[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) MARKER_START[c] = 1;
for (let c = 0x2460; c <= 0x2473; c++) MARKER_START[c] = 1;

const SHOUCI_INDEX: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 99 };

function boundaryBefore(text: string, i: number): boolean {
  const prev = text[i - 1];
  return i === 0 || isPhraseBreak(prev) || prev === '\u201d' || prev === ')' || prev === '\u201c';
}

export function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (let i = 0; i < text.length; i++) {
    if (MARKER_START[text.charCodeAt(i)] === 0) continue;
    MARKER_RE.lastIndex = i;
    const m = MARKER_RE.exec(text);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Matches do not overlap (as with a global scan): go on after this one.
    i = Math.max(i, end - 1);
    const g = m;
    let family: MarkerFamily;
    let index: number | undefined;
    if (g[1]) [family, index] = ['yishi', ordinalValue(g[1])];
    else if (g[2]) [family, index] = ['yiyao', ordinalValue(g[2])];
    else if (g[3]) [family, index] = ['diyi', ordinalValue(g[3])];
    else if (g[4]) [family, index] = ['paren', /\d/.test(g[4]) ? Number(g[4]) : ordinalValue(g[4])];
    else if (g[5]) [family, index] = ['dun', ordinalValue(g[5])];
    else if (g[6]) [family, index] = ['arabic', Number(g[6])];
    else if (g[7]) [family, index] = ['circled', circledValue(g[7])];
    else if (g[8]) [family, index] = ['shouci', SHOUCI_INDEX[g[8]]];
    else [family, index] = ['dilei', ordinalValue(g[9] ?? '')];
    if (index === undefined) continue;
    if ((family === 'yishi' || family === 'yiyao' || family === 'diyi' || family === 'shouci' || family === 'dilei') && !boundaryBefore(text, start)) continue;
    // (1) and (一) are different families in practice: keep arabic parens apart.
    if (family === 'paren' && /\d/.test(g[4] ?? '')) family = 'arabic';
    out.push({ family, index, start, end });
  }
  return out;
}
