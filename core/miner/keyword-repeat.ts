// A label whose keyword recurs in each of its items, just after it:
// 带头践行“两个维护”。…坚决维护习近平总书记的核心地位、坚决维护党中央权威和集中统一领导。
// 4个“一起”\n…坚持党建工作和业务工作一起谋划、一起部署、一起落实、一起检查。
import type { Span } from '../types';
import { indexWithin } from './chars';
import { splitTopLevel, trimSpan } from './clause';
import type { Found } from './found';
import type { PlacedLabel } from './labels-in-text';
import { firstItemStart } from './list-split';

const WINDOW = 300;
/** Coarse separators first (items that hold a 、 list), then fine ones. */
const SEPARATORS = [',;。!?', '、,;。!?'];

/** Where the items may stand: the rest of the label's paragraph, or the next one for a heading. */
function window(text: string, pl: PlacedLabel): Span {
  let start = pl.outerEnd;
  let end = lineEnd(text, start);
  if (text.slice(start, end).trim() === '' && end < text.length) {
    start = end + 1;
    end = lineEnd(text, start);
  }
  return { start, end };
}

function lineEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + WINDOW);
  const nl = indexWithin(text, '\n', from, limit);
  return nl < 0 ? limit : nl;
}

/** The first run of consecutive pieces that all contain (or all end with) the keyword. */
function firstRun(text: string, pieces: Span[], keyword: string, atEnd = false): Span[] {
  const run: Span[] = [];
  for (const p of pieces) {
    const piece = text.slice(p.start, p.end).replace(/。$/, '');
    const has = atEnd ? piece.length > keyword.length && piece.endsWith(keyword) : piece.includes(keyword);
    if (has) run.push(p);
    else if (run.length > 0) break;
  }
  return run;
}

/**
 * The first piece runs back to a comma and may carry a lead-in (以正确的认识和行动坚决维护…):
 * give it no more text before the keyword than the other items have.
 */
function trimFirst(text: string, run: Span[], keyword: string): Span[] {
  const before = run.map((s) => text.indexOf(keyword, s.start) - s.start);
  const allowed = Math.max(...before.slice(1));
  const first = run[0]!;
  if (before[0]! <= allowed) return run;
  return [{ start: first.start + before[0]! - allowed, end: first.end }, ...run.slice(1)];
}

/** Words after which a lead-in ends and the first item begins (把党务干部培养成为|政治上的明白人). */
const LEAD_IN_ENDS = ['成为', '为', '成', '做', '当'];

/**
 * Items that end with the keyword (自觉主动学，及时跟进学…; …的明白人、…的内行人): the first piece may
 * carry a lead-in; cut it after the last lead-in verb, else to the other items' length.
 */
function trimFirstEnding(text: string, run: Span[]): Span[] | undefined {
  const first = run[0]!;
  const others = run.slice(1);
  const max = Math.max(...others.map((o) => o.end - o.start));
  if (first.end - first.start <= max + 1) return run;
  let cut = -1;
  for (const w of LEAD_IN_ENDS) {
    // Searched within the first item only: an unbounded lastIndexOf rescans the page when w is absent.
    const inItem = text.slice(first.start, first.end).lastIndexOf(w, first.end - 2 - first.start);
    const k = inItem < 0 ? -1 : first.start + inItem;
    if (k >= first.start && k + w.length > cut) cut = k + w.length;
  }
  let start = cut >= 0 && first.end - cut >= 2 && first.end - cut <= max + 1 ? cut : firstItemStart(text, first, others);
  if (start === undefined) return undefined;
  start = trimSpan(text, start, first.end).start;
  return [{ start, end: first.end }, ...others];
}

export function findKeywordRepeat(text: string, labels: PlacedLabel[]): Found[] {
  const out: Found[] = [];
  for (const pl of labels) {
    const quoted = text[pl.label.end - 1] === '\u201d';
    const keyword = pl.label.noun;
    // One-character keywords recur by chance unless the text set them off in quotes, or at
    // least three items all end with them (政治上的明白人、党建工作的内行人、干部职工的贴心人).
    const anywhere = keyword.length >= (quoted ? 1 : 2);
    if (!anywhere && pl.label.count < 3) continue;
    const w = window(text, pl);
    if (!text.slice(w.start, w.end).includes(keyword)) continue;
    const found = anywhere ? repeatedAnywhere(text, w, keyword, pl.label.count) : undefined;
    const items = found ?? repeatedAtEnd(text, w, keyword, pl.label.count);
    if (items) out.push({ label: pl.label, items, members: items, pattern: 'keyword-repeat' });
  }
  return out;
}

function repeatedAnywhere(text: string, w: Span, keyword: string, count: number): Span[] | undefined {
  for (const seps of SEPARATORS) {
    const pieces = splitTopLevel(text, w.start, w.end, seps).map((s) => trimSpan(text, s.start, s.end));
    const run = firstRun(text, pieces, keyword);
    if (run.length < 2) continue;
    return run.length === count ? trimFirst(text, run, keyword) : undefined;
  }
  return undefined;
}

function repeatedAtEnd(text: string, w: Span, keyword: string, count: number): Span[] | undefined {
  for (const seps of SEPARATORS) {
    const pieces = splitTopLevel(text, w.start, w.end, seps).map((s) => trimSpan(text, s.start, s.end));
    const run = firstRun(text, pieces, keyword, true).map((s) => (text[s.end - 1] === '。' ? { start: s.start, end: s.end - 1 } : s));
    if (run.length < 2) continue;
    // Items that carry their own markers (①…②…, (1)…) are an enumeration, read by findEnumerated.
    if (run.some((s) => /^[\u2460-\u2473(\d]/.test(text[s.start]!))) return undefined;
    return run.length === count ? trimFirstEnding(text, run) : undefined;
  }
  return undefined;
}
