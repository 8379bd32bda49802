// The singular half of a counted formula, glossed on its own: “一个中心,两个基本点”。一个中心指
// …提出的“中国梦”,而两个基本点即“…”。 A definition of one member (count 1 → 1 member, the same
// count rule as every other label). 一个X alone is usually a plain phrase (一个前提, 一个人), so it
// is only taken as a label when the text quotes it counted off with a sibling of the same measure
// (一个中心 beside 两个基本点): the formula is then the text's own, and its parts are labels.
// Linear: one regex pass for the quoted pairs, then one bounded look after each label occurrence.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, isSentenceEnd, lastIndexWithin } from './chars';
import type { Found } from './found';

/** “一个中心,两个基本点”, “一项X、两项Y”: a singular counted off with a sibling in one quote. */
const QUOTED_PAIR = /\u201c(一([个项条种])([\u3400-\u9fff]{1,4}))[,、]\s*[两二三四五六七八九十]\2[\u3400-\u9fff]{1,6}\u201d/g;
/** 指 as a verb of meaning, not the first character of 指出, 指导, 指示…. */
const GLOSS_VERBS = ['指的是', '是指', '就是', ',就是', ',即', '即', '指'];
const NOT_MEANING_AFTER_ZHI = new Set([...'出导示引挥标定南向数令责控望明正点']);
const MAX_GLOSS = 40;
/** A plain gloss (not a quoted name) longer than this is an explanation, not a member. */
const MAX_PLAIN_MEMBER = 16;

function glossVerbAt(text: string, p: number): string | undefined {
  for (const v of GLOSS_VERBS) {
    if (!text.startsWith(v, p)) continue;
    if (v === '指' && NOT_MEANING_AFTER_ZHI.has(text[p + 1] ?? '')) return undefined;
    return v;
  }
  return undefined;
}

/** The gloss runs to the end of its clause: ,而 / ; / the sentence end. */
function glossEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_GLOSS);
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === OPEN_Q || ch === '(') depth++;
    else if (ch === CLOSE_Q || ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (isSentenceEnd(ch) || ch === ',' || ch === ';' || ch === ':')) return i;
  }
  return -1;
}

/** The member: a name quoted at the end of the gloss (…提出的“中国梦” → 中国梦), else a short gloss. */
function memberOf(text: string, gloss: Span): Span | undefined {
  if (text[gloss.end - 1] === CLOSE_Q) {
    const open = lastIndexWithin(text, OPEN_Q, gloss.end - 2, gloss.start);
    if (open >= gloss.start && gloss.end - 1 - (open + 1) >= 2) return { start: open + 1, end: gloss.end - 1 };
  }
  if (text.slice(gloss.start, gloss.end).includes(OPEN_Q)) return undefined;
  return gloss.end - gloss.start <= MAX_PLAIN_MEMBER && gloss.end - gloss.start >= 2 ? gloss : undefined;
}

export function findSingularGloss(text: string): Found[] {
  const labels = new Set<string>();
  QUOTED_PAIR.lastIndex = 0;
  for (let m = QUOTED_PAIR.exec(text); m; m = QUOTED_PAIR.exec(text)) labels.add(m[1]!);
  const out: Found[] = [];
  if (labels.size === 0) return out;
  // One pass over the page for all labels (not one per label): at each 一, the few lengths a label
  // can have. A page quoting many distinct pairs stays linear.
  const lengths = [...new Set([...labels].map((l) => l.length))].sort((a, b) => b - a);
  for (let at = text.indexOf('一'); at >= 0; at = text.indexOf('一', at + 1)) {
    for (const len of lengths) {
      const label = text.slice(at, at + len);
      if (!labels.has(label)) continue;
      let p = at + label.length;
      if (text[p] === CLOSE_Q) p++;
      const verb = glossVerbAt(text, p);
      if (!verb) continue;
      const start = p + verb.length;
      const end = glossEnd(text, start);
      if (end <= start) continue;
      const item = { start, end };
      const member = memberOf(text, item);
      if (!member) continue;
      out.push({ label: { start: at, end: at + label.length, count: 1, noun: label.slice(2) }, items: [item], members: [member], pattern: 'singular-gloss' });
    }
  }
  return out;
}
