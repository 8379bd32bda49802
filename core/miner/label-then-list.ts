// Label, then a colon, a dash, 即/就是/是指/指的是/指, or a parenthesis, then its list:
// 五大行动：举旗铸魂、强基固本…。 / “三个务必”——务必…；务必…；务必…。 / 四个全面（全面建设…、…）。
import type { Span } from '../types';
import { indexWithin, isSentenceEnd } from './chars';
import { countTopLevel, leadingClause, leadingClauseEnd, trimSpan } from './clause';
import type { Found } from './found';
import type { Cue } from './found';
import { labelsInText } from './labels-in-text';
import { splitLastJoiner, splitList } from './list-split';

const MAX_LIST = 300;
const INTRO = [
  ':', '——', '—', '-', ',即', ',是指', ',指的是', ',说的是', '即', ',也就是', '也就是', ',就是', '就是', '是指', '指的是', ',分别是', '分别是', ',分别为', '分别为', ',包括', '包括', ',具体是', '无非是', '无非就是', '(',
].sort((a, b) => b.length - a.length);

/** 指 as a verb of meaning (“两个维护”指…), not the first character of 指出, 指导, 指示…. */
const NOT_MEANING_AFTER_ZHI = new Set([...'出导示引挥标定南向数令责控望明正点']);

const PAREN_GLOSS_WORDS = ['也就是', '即', '指', '包括'];

function introAfter(text: string, p: number): string | undefined {
  const intro = INTRO.find((w) => text.startsWith(w, p));
  if (intro) return intro;
  return text[p] === '指' && !NOT_MEANING_AFTER_ZHI.has(text[p + 1] ?? '') ? '指' : undefined;
}

function regionEnd(text: string, from: number, paren: boolean): number {
  const limit = Math.min(text.length, from + MAX_LIST);
  if (paren) {
    return indexWithin(text, ')', from, limit);
  }
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === '\u201c' || ch === '(') depth++;
    else if (ch === '\u201d' || ch === ')') depth = Math.max(0, depth - 1);
    // A second colon starts another label's list.
    else if ((depth === 0 && (isSentenceEnd(ch) || ch === ':')) || ch === '\n') return i;
  }
  return limit;
}

function itemsAfter(text: string, region: Span, count: number): { items: Span[]; members: Span[]; cues?: Cue[] } | undefined {
  // One counting pass first: most labels followed by a colon have no list of that size after them.
  const [semis = 0, commas = 0, duns = 0] = countTopLevel(text, region.start, region.end, ';,、');
  if (semis < count - 1 && commas < count - 1 && duns < count - 2) return undefined;
  // A ；-list carries sentences: members are their leading clauses.
  const semi = splitList(text, region, ';');
  if (semi.length === count) return { items: semi, members: semi.map((s) => leadingClause(text, s)), cues: ['clauses'] };
  // A 、-list ends at the first top-level comma (…关心关爱，推动… → 关心关爱).
  const clause = trimSpan(text, region.start, leadingClauseEnd(text, region.start, region.end, ',;:。!?\n'));
  let items = splitList(text, clause);
  if (items.length === count - 1) items = splitLastJoiner(text, items) ?? items;
  if (items.length === count) return { items, members: items };
  // 务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必…: items separated by commas.
  const byComma = splitList(text, region, ',');
  if (byComma.length === count) return { items: byComma, members: byComma, cues: ['clauses'] };
  return undefined;
}

/** 两个基本点即“全面深化改革和坚持群众路线”: a list quoted as a whole is read inside its quotes. */
function unquoted(text: string, region: Span): Span {
  if (text[region.start] !== '\u201c') return region;
  const close = indexWithin(text, '\u201d', region.start + 1, region.end);
  if (close < 0) return region;
  // The quote ends the list when nothing but a clause break follows it (…从严治党”，又是…).
  return close + 1 >= region.end || ',;。'.includes(text[close + 1]!) ? { start: region.start + 1, end: close } : region;
}

export function findLabelThenList(text: string, labels = labelsInText(text)): Found[] {
  const out: Found[] = [];
  for (const pl of labels) {
    const intro = introAfter(text, pl.outerEnd);
    if (!intro) continue;
    let from = pl.outerEnd + intro.length;
    const end = regionEnd(text, from, intro === '(');
    // “四史”(即党史、新中国史…): a gloss word opening the parenthesis is not part of the first item.
    if (intro === '(') from += PAREN_GLOSS_WORDS.find((w) => text.startsWith(w, from))?.length ?? 0;
    if (end <= from) continue;
    const found = itemsAfter(text, unquoted(text, trimSpan(text, from, end)), pl.label.count);
    if (!found) continue;
    const pattern = intro === '(' ? 'paren-gloss' : /[—-]/.test(intro) ? 'dash-list' : intro === ':' ? 'colon-list' : 'jishi-list';
    out.push({ label: pl.label, ...found, pattern });
  }
  return out;
}
