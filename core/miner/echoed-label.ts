// Items that each restate their label, in a ；-list too long for the other recognisers' windows:
//   着力解决6个方面的突出问题。理论学习方面，主要是…；政治素质方面，主要是…；…廉洁自律方面，…
//     (a counted label; every item opens with its own X方面 and a comma: the members are those heads)
//   具有多方面的显著优势，主要是：坚持…，…的显著优势；坚持…，…的显著优势；…
//     (a label and a colon; every item closes with 的 + the label: the members are the items'
//      leading clauses, the count is theirs)
// The echo in every item is the evidence a count or a head noun gives elsewhere. Linear: one
// bounded look after each counted label and after each colon.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, indexWithin, isHan, isSentenceEnd } from './chars';
import { leadingClause, leadingClauseEnd, splitTopLevel, trimSpan } from './clause';
import type { Found } from './found';
import type { PlacedLabel } from './labels-in-text';

/** A ；-list of long items: as far as one paragraph of them reaches. */
const MAX_LIST = 4000;
/** How far after a counted label its sentence may run before the items start. */
const MAX_LEAD = 40;
/** Words before the echoed noun in an item's head (理论学习|方面). */
const MAX_HEAD_QUALIFIER = 8;
const MIN_ITEMS = 3;
const MAX_ITEMS = 20;
/** The echoed label of a colon list: a short noun phrase (显著优势). */
const MIN_ECHO = 2;
const MAX_ECHO = 8;

/** The longest item read: one long sentence of clauses. */
const MAX_ITEM = 600;

/**
 * The ；-pieces of the paragraph that starts at `from`, read one at a time while `keep` accepts
 * them, so that a colon or label without such a list costs one short look, not a paragraph.
 */
function semicolonPieces(text: string, from: number, keep: (piece: Span, i: number) => boolean, max: number): Span[] {
  const limit = Math.min(text.length, from + MAX_LIST);
  const out: Span[] = [];
  let at = from;
  while (at < limit && out.length < max) {
    const end = leadingClauseEnd(text, at, Math.min(limit, at + MAX_ITEM), ';。\n');
    const piece = trimSpan(text, at, end);
    if (end - at >= MAX_ITEM || !keep(piece, out.length)) break;
    out.push(piece);
    if (text[end] !== ';') break;
    at = end + 1;
  }
  return out;
}

/** The head of an item that opens with a short qualifier, the noun and a comma (理论学习方面，…). */
function openingHead(text: string, piece: Span, noun: string): Span | undefined {
  const comma = indexWithin(text, ',', piece.start, Math.min(piece.end, piece.start + MAX_HEAD_QUALIFIER + noun.length + 1));
  if (comma < 0 || comma - piece.start <= noun.length || !text.startsWith(noun, comma - noun.length)) return undefined;
  for (let k = piece.start; k < comma; k++) if (!isHan(text[k])) return undefined;
  return { start: piece.start, end: comma };
}

/** A counted label whose items each open with X + its noun: 6个方面…。理论学习方面，…；政治素质方面，… */
function openingEchoes(text: string, labels: PlacedLabel[]): Found[] {
  const out: Found[] = [];
  for (const pl of labels) {
    const noun = pl.label.noun;
    if (noun.length < 2 || pl.label.count < MIN_ITEMS) continue;
    // The items start after the label's sentence (。) or its colon.
    let start = -1;
    for (let k = pl.outerEnd; k < Math.min(text.length, pl.outerEnd + MAX_LEAD); k++) {
      if (text[k] === '。' || text[k] === ':') {
        start = k + 1;
        break;
      }
      if (isSentenceEnd(text[k])) break;
    }
    if (start < 0) continue;
    const heads: Span[] = [];
    const pieces = semicolonPieces(text, start, (p) => {
      const h = openingHead(text, p, noun);
      if (h) heads.push(h);
      return h !== undefined;
    }, pl.label.count + 1);
    // Exactly as many as the count: a further item that opens alike means another list.
    if (pieces.length !== pl.label.count) continue;
    out.push({ label: pl.label, items: pieces, members: heads, pattern: 'echoed-label', cues: ['clauses'] });
  }
  return out;
}

/** The noun phrase after the last 的 of a piece (…的显著优势 → 显著优势), or undefined. */
function closingEcho(text: string, piece: Span): string | undefined {
  let end = piece.end;
  if (text[end - 1] === '。') end--;
  let k = end;
  while (k > piece.start && end - k <= MAX_ECHO && isHan(text[k - 1]) && text[k - 1] !== '的') k--;
  if (text[k - 1] !== '的' || end - k < MIN_ECHO || end - k > MAX_ECHO) return undefined;
  return text.slice(k, end);
}

/** 具有多方面的显著优势，主要是：A…的显著优势；B…的显著优势；… */
function closingEchoes(text: string): Found[] {
  const out: Found[] = [];
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    // The run of items that close alike; the list ends where the echo stops.
    let echo: string | undefined;
    const pieces = semicolonPieces(text, c + 1, (p, i) => {
      const e = closingEcho(text, p);
      if (i === 0) echo = e;
      return e !== undefined && e === echo;
    }, MAX_ITEMS);
    const n = pieces.length;
    if (n < MIN_ITEMS || !echo) continue;
    // The label: the same noun in the sentence before the colon (…的显著优势，主要是：).
    let s = c;
    while (s > 0 && c - s < MAX_LEAD && !isSentenceEnd(text[s - 1])) s--;
    const at = text.lastIndexOf(echo, c - echo.length);
    if (at < s) continue;
    const items = pieces.slice(0, n);
    out.push({
      label: { start: at, end: at + echo.length, count: n, noun: echo },
      items,
      members: items.map((p) => leadingClause(text, p)),
      pattern: 'echoed-label',
      cues: ['clauses', 'link'],
    });
    c = items[n - 1]!.end;
  }
  return out;
}

const MAX_QUOTE = 200;
/** How far from the quoted list its label may stand (the same paragraph, a sentence or two away). */
const MAX_LABEL_GAP = 300;
const MAX_SUFFIX = 4;

/** The word every item ends with (…下基层), longest first, or '' when they share none of 2+ characters. */
function sharedSuffix(text: string, items: Span[]): string {
  for (let k = MAX_SUFFIX; k >= 2; k--) {
    const first = text.slice(items[0]!.end - k, items[0]!.end);
    if (![...first].every(isHan)) continue;
    if (items.every((s) => s.end - s.start > k && text.startsWith(first, s.end - k))) return first;
  }
  return '';
}

/**
 * “宣传党的路线、方针、政策下基层，调查研究下基层，信访接待下基层，现场办公下基层”…“四下基层”: a
 * quoted list whose N items all end with one word, and the label N + that word nearby.
 */
function quotedEchoes(text: string, labels: PlacedLabel[]): Found[] {
  const out: Found[] = [];
  const byKey = new Map<string, PlacedLabel[]>();
  for (const pl of labels) {
    const key = `${pl.label.count}|${pl.label.noun}`;
    const list = byKey.get(key);
    if (list) list.push(pl);
    else byKey.set(key, [pl]);
  }
  if (byKey.size === 0) return out;
  // The last character of every label noun: a quote whose last item ends otherwise is skipped unsplit.
  const lastUnits = new Set(labels.map((pl) => pl.label.noun.charCodeAt(pl.label.noun.length - 1)));
  for (let o = text.indexOf(OPEN_Q); o >= 0; o = text.indexOf(OPEN_Q, o + 1)) {
    const close = indexWithin(text, CLOSE_Q, o + 1, o + MAX_QUOTE);
    if (close < 0) continue;
    if (!lastUnits.has(text.charCodeAt(close - 1))) {
      o = close;
      continue;
    }
    for (const seps of [',', '、']) {
      const items = splitTopLevel(text, o + 1, close, seps).map((x) => trimSpan(text, x.start, x.end));
      if (items.length < 2 || items.some((x) => x.end <= x.start)) continue;
      const suffix = sharedSuffix(text, items);
      const near = suffix ? nearestLabel(byKey.get(`${items.length}|${suffix}`), o, close) : undefined;
      if (!near) continue;
      out.push({ label: near.label, items, members: items, pattern: 'echoed-label', cues: ['link'] });
      break;
    }
    o = close;
  }
  return out;
}

/** The label occurrence nearest the quote within MAX_LABEL_GAP, after it first (the text goes on to name it). */
function nearestLabel(candidates: PlacedLabel[] | undefined, open: number, close: number): PlacedLabel | undefined {
  if (!candidates) return undefined;
  // Few occurrences per key: a scan is cheaper than keeping them indexed.
  const after = candidates.find((pl) => pl.outerStart > close && pl.outerStart - close <= MAX_LABEL_GAP);
  if (after) return after;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const pl = candidates[i]!;
    if (pl.outerEnd <= open && open - pl.outerEnd <= MAX_LABEL_GAP) return pl;
    if (pl.outerEnd <= open) break;
  }
  return undefined;
}

export function findEchoedLabel(text: string, labels: PlacedLabel[]): Found[] {
  return [...openingEchoes(text, labels), ...closingEchoes(text), ...quotedEchoes(text, labels)];
}
