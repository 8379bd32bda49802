// How much the text's own evidence supports a mined definition, 0–1. Every recogniser already
// requires as many items as the label counts; what separates a real definition from a chance
// match is the rest: explicit markers (一是/二是, 这“N个X”, 简称, 以上), items in parallel (same
// opening, similar lengths), and the absence of the shapes misreadings leave behind (a verb that
// takes the label as its object, a meeting name, a sentence subject glued to the first member).
// core/explain.ts compares the result with PAGE_DEFINITION_MIN_CONFIDENCE (core/confidence.ts).
// Pure and linear in the size of the passage.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, isCountChar } from './chars';
import type { Cue, Found } from './found';
import { endsWithObjectVerb } from './list-split';

/** What each pattern proves by itself, before the items are looked at. */
const BASE: Record<string, number> = {
  'yishi-list': 0.85,
  'yiyao-list': 0.8,
  'diyi-list': 0.8,
  'dilei-list': 0.8,
  'paren-list': 0.8,
  'circled-list': 0.8,
  'shouci-list': 0.7,
  'paragraph-list': 0.7,
  'colon-list': 0.75,
  'dash-list': 0.75,
  'jishi-list': 0.7,
  'paren-gloss': 0.8,
  // Items directly before a label, with no word tying them: common and usually right once the
  // shapes of misreadings below are ruled out, but the weakest evidence of all.
  'list-then-label': 0.7,
  'keyword-repeat': 0.72,
  'one-another': 0.8,
  // Every item restates the label (…方面，… ; …的显著优势；): as explicit as a marker.
  'echoed-label': 0.75,
  'singular-gloss': 0.75,
  'term-gloss': 0.62,
  'ordinal-gloss': 0.8,
  // A priority noun (第一要务, 中心任务) and the one thing said to fill it.
  'priority-gloss': 0.65,
  // A label without a count: only the head noun and the list's shape speak for it.
  'uncounted-after': 0.62,
  'uncounted-before': 0.6,
  // A list, 等 and a qualified head (等重要目标, 等基本经济制度): 等 says the list exemplifies the set.
  'uncounted-deng': 0.62,
  'uncounted-list': 0.65,
  'summary-label': 0.75,
};


/**
 * Characters a member does not start with: they open the clause the list stands in (把…, 要…).
 * Not 以/对/及, which open real items too (以德为先, 对党忠诚, 及时跟进学).
 */
const CLAUSE_OPENERS = new Set([...'把将并从在由被让使要而或']);

/** Meeting and congress names (十九届六中全会, 党的二十大): joined by 和 they are not a list's items. */
const MEETING = /[一二三四五六七八九十]+(?:届|中全会|大(?:$|[和与、]))|全会$|会议$/;

const clamp = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

function sharedOpening(members: string[], n: number): boolean {
  const lead = members[0]!.slice(0, n);
  return lead.length === n && members.every((m) => m.startsWith(lead));
}

/** Characters between the label and the nearest item (0 when they touch). */
function gap(label: Span, items: Span[]): number {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (label.end <= first.start) return first.start - label.end;
  if (label.start >= last.end) return label.start - last.end;
  return 0;
}

function quotedLabel(text: string, label: Span): boolean {
  return text[label.start - 1] === OPEN_Q && text[label.end] === CLOSE_Q;
}

/** A counted label inside a member (“两个确立”): the list is one of formulas, not this label's items. */
function holdsCountedLabel(member: string): boolean {
  for (let i = 0; i + 2 < member.length; i++) {
    if (member[i] === OPEN_Q && isCountChar(member[i + 1]) && /^[个大条项种方支位句点]/.test(member.slice(i + 2))) return true;
  }
  return false;
}

/**
 * The label joins two counts (两学一做, 三会一课, 两点一线): its first count does not say how many
 * items there are. 四个一 and 4个“一起” count with a measure word and are not compounds.
 */
function compoundCount(text: string, label: Span): boolean {
  const after = text[label.start + 1];
  if (after === '个' || after === OPEN_Q || isCountChar(after)) return false;
  for (let i = label.start + 2; i < label.end; i++) if (isCountChar(text[i]) && !isCountChar(text[i - 1])) return true;
  return false;
}

/**
 * Confidence of one found definition. `members` are the member strings as they will be shown
 * (normalised text). Penalties are for evidence against; bonuses for evidence beyond the count.
 */
export function definitionConfidence(text: string, f: Found, members: string[], cues: ReadonlySet<Cue>): number {
  let score = BASE[f.pattern] ?? 0.6;
  const afterList = f.pattern === 'list-then-label';
  const single = members.length === 1;

  if (cues.has('link')) score += 0.15;
  if (quotedLabel(text, f.label)) score += 0.05;
  if (cues.has('first-cut')) score -= 0.05;

  if (!single) {
    // Parallel items: the same opening word (坚持…、坚持…) or at least the same first character.
    if (sharedOpening(members, 2)) score += 0.1;
    else if (sharedOpening(members, 1)) score += 0.04;
    const lens = members.map((m) => m.length);
    const min = Math.min(...lens);
    const max = Math.max(...lens);
    // Sentence-long items under markers vary freely; short list items do not.
    if (!cues.has('markers') && !cues.has('clauses') && max > 2 * min + 6) score -= 0.12;
    // A subject glued to the first member: the others open alike, the first holds that opening later.
    const lead = members[1]!.slice(0, 2);
    if (members.length >= 3 && lead.length === 2 && members.slice(1).every((m) => m.startsWith(lead))) {
      const at = members[0]!.indexOf(lead);
      if (at > 0) score -= 0.3;
    }
  }

  for (const [i, m] of members.entries()) {
    if (m.length === 0) continue;
    const last = i === members.length - 1;
    // 把准政治方向, 把握…: 把 opening a verb is part of the item.
    const opener = CLAUSE_OPENERS.has(m[0]!) && !(m[0] === '把' && '准握关牢'.includes(m[1] ?? ''));
    if (opener && !single && !(cues.has('markers') || cues.has('clauses') || cues.has('link'))) score -= 0.25;
    // …坚决做到“两个维护”: the last piece before the label is the verb that governs it.
    if (afterList && last && endsWithObjectVerb(m)) score -= 0.4;
    if (afterList && holdsCountedLabel(m)) score -= 0.3;
    if (MEETING.test(m)) score -= 0.4;
    // 发展和安全是一体之两翼: a copula inside a label-after item is the sentence, not an item.
    if (afterList && /.是./.test(m) && !/实事求是|是非/.test(m)) score -= 0.3;
    if (!cues.has('markers') && !cues.has('clauses') && !single && m.length > 40) score -= 0.1;
    // 学系列讲话，做合格党员: a short-list item does not run over a comma.
    if (afterList && !cues.has('clauses') && /[,;]/.test(m)) score -= 0.3;
  }

  if (compoundCount(text, f.label)) score -= 0.1;
  // 两章, 两翼: a one-character noun without a measure word or quotes is as often a plain phrase.
  if (afterList && f.label.end - f.label.start === 2 && !quotedLabel(text, f.label)) score -= 0.25;

  // A label without a count names its list only when it is a name (新发展理念, 全人类共同价值);
  // a bare head (方针, 原则) after a list is as often the sentence's plain noun.
  if (f.pattern === 'uncounted-after' && f.label.end - f.label.start < 5) score -= 0.05;

  const distance = gap(f.label, f.items);
  if (distance > 1000) score -= 0.2;
  else if (distance > 300) score -= 0.1;

  return clamp(score);
}
