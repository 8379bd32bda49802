// Last corrections to member spans that every recogniser needs, on the normalised text:
// a sentence's subject glued to the first member (即中国必须正视…；必须尊重… → 必须正视…),
// ordinal markers left on items (一、战略背景；二、总体思路 → 战略背景), and quotes around a
// whole member (“一国两制”、“港人治港”、高度自治 → 一国两制). Linear in the members' length.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, isPhraseBreak } from './chars';
import type { Cue } from './found';

/** How far into the first member a glued subject may reach (中国|必须…, 我们|要…). */
const MAX_SUBJECT = 6;
const ORDINAL_PREFIX = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|[\u2460-\u2473])/;

/**
 * The first member opens with words the others do not have, before the opening they all share:
 * cut it there. Only when at least two others agree, so two items that merely differ stay whole.
 */
function cutGluedSubject(text: string, spans: Span[]): Span | undefined {
  if (spans.length < 3) return undefined;
  const [first, ...others] = spans as [Span, ...Span[]];
  const lead = text.slice(others[0]!.start, others[0]!.start + 2);
  if (lead.length < 2 || !others.every((o) => text.startsWith(lead, o.start))) return undefined;
  if (text.startsWith(lead, first.start)) return undefined;
  for (let k = first.start + 1; k <= first.start + MAX_SUBJECT && k < first.end - 2; k++) {
    if (isPhraseBreak(text[k]) || text[k] === OPEN_Q) return undefined;
    if (text.startsWith(lead, k)) return { start: k, end: first.end };
  }
  return undefined;
}

function withoutOrdinal(text: string, s: Span): Span {
  const m = ORDINAL_PREFIX.exec(text.slice(s.start, Math.min(s.end, s.start + 6)));
  return m && s.end - s.start > m[0].length + 1 ? { start: s.start + m[0].length, end: s.end } : s;
}

/** “一国两制” → 一国两制, but not “让党中央放心”这一政治要求 (the quote is part of the member). */
function withoutQuotes(text: string, s: Span): Span {
  if (text[s.start] !== OPEN_Q || text[s.end - 1] !== CLOSE_Q || s.end - s.start < 4) return s;
  for (let i = s.start + 1; i < s.end - 1; i++) if (text[i] === OPEN_Q || text[i] === CLOSE_Q) return s;
  return { start: s.start + 1, end: s.end - 1 };
}

export function refineMembers(text: string, spans: Span[], cues: Cue[]): Span[] {
  let out = spans;
  // Ordinal markers on every member: the list was numbered (一、战略背景；二、总体思路).
  if (out.length >= 2 && out.every((s) => ORDINAL_PREFIX.test(text.slice(s.start, s.start + 6)))) {
    out = out.map((s) => withoutOrdinal(text, s));
    cues.push('markers');
  }
  const cut = cutGluedSubject(text, out);
  if (cut) {
    out = [cut, ...out.slice(1)];
    cues.push('first-cut');
  }
  return out.map((s) => withoutQuotes(text, s));
}
