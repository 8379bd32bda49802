// One term explained by one phrase (a gloss): the definition has one member, the defining phrase,
// and the label no count.
//   第一个答案，就是“让人民来监督政府” / 第二个答案，这就是自我革命   (ordinal label, forward)
//   给出“自我革命”的第二个答案 / 自我革命是我们党…的第二个答案     (ordinal label, backward)
//   “两个确立”是党在新时代取得的重大政治成果 / 所谓“调音器”，功能是… (quoted term)
//   举旗帜，就是要高举马克思主义、中国特色社会主义的旗帜            (short term, ，就是要)
//   中国式现代化是物质文明和精神文明相协调的现代化                  (a sentence's subject named by a noun phrase)
// Every form needs the term at the start of its clause: a term inside a clause (推进中国式现代化是…)
// is not what the clause is about. Linear: one pass over clause starts and ordinal labels, each
// followed by a bounded look ahead.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, byFirstUnit, indexWithin, isHan, isSentenceEnd, lastIndexWithin, wordAt } from './chars';
import type { Cue } from './found';
import type { Found } from './found';
import { found, phrase, type Term } from './gloss-phrase';
import { ordinalGlosses } from './ordinal-gloss';
import { isHanCode } from '../han';
import { MAX_TERM, QUOTED_SUFFIXES, MAX_QUOTED_TERM, MAX_GLOSS, MAX_PLAIN_GLOSS, MAX_SHORT_TERM, MIN_QUOTED_GLOSS, CLAUSE_BREAK, REPORTING, VERB_OPENINGS, GLOSS_BAD_OPENINGS, NOT_TERMS, TERM_HEADS, ROLE_HEADS, GLOSS_HEADS, GLOSS_TABLE } from './gloss-words';

const SHI = 0x662f; // 是
const DE = 0x7684; // 的
const JIU = 0x5c31; // 就

const BREAK_CODE = new Uint8Array(0x10000);
for (const c of CLAUSE_BREAK) BREAK_CODE[c.charCodeAt(0)] = 1;
const WEI = 0x8c13; // 谓 of 所谓

/** Spaces and bullets that may open a line before its first clause (■  中国特色社会主义制度是…). */
const LINE_LEAD = ' \u3000\t■□●○▲△◆◇★☆·•';
const MAX_LINE_LEAD = 4;

/** Only spaces and bullets between the line start and `i`: a caption or bulleted line opens a clause. */
function afterLineLead(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < MAX_LINE_LEAD && LINE_LEAD.includes(text[k - 1]!)) k--;
  return k < i && (k === 0 || text[k - 1] === '\n');
}

/** The characters at or right after which clauseStart may accept a position (see termGlosses). */
const CLAUSE_HOP = /[。!?;:\n, \u3000\u201c\u8c13]/g;

function clauseStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const code = text.charCodeAt(i - 1);
  if (BREAK_CODE[code] === 0) {
    if (code === 0x20 || code === 0x3000) return afterLineLead(text, i);
    if (code === WEI || text.charCodeAt(i - 2) === WEI) return text.startsWith('所谓', i - 2) || text.startsWith('所谓', i - 3);
    // 当初提出「一国两制」构想，就是要…: a quoted name right after a reporting verb opens the gloss.
    return text.charCodeAt(i) === 0x201c && REPORTING.some((w) => text.startsWith(w, i - w.length));
  }
  const prev = text[i - 1]!;
  {
    // 全会提出，中国式现代化是…: after a reporting verb the object clause starts a new subject.
    if (prev !== ',') return true;
    return REPORTING.some((w) => text.startsWith(w, i - 1 - w.length)) || i < 2;
  }
}

/** Only 是, 就是, 这就是 or a comma before one of them (，就是 / ，即 / ，是指…) can follow a glossed term. */
// Code units, not one-character strings: this runs after every clause-initial run of the page.
const ZHE = 0x8fd9; // 这
const AFTER_COMMA = new Set([...'就即是指这也功'].map((c) => c.charCodeAt(0)));
function glossCanFollow(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c === SHI || c === JIU || c === ZHE) return true;
  return c === 0x2c && AFTER_COMMA.has(text.charCodeAt(j + 1));
}

// Looked up by first code unit: these run at every clause start of the page.
const VERB_TABLE = byFirstUnit(VERB_OPENINGS);

function startsWithVerb(text: string, at: number): boolean {
  return wordAt(VERB_TABLE, text, at) !== undefined;
}

/** A clause-initial term at `i`: quoted (“两个确立”) or a run of Han characters up to 是/，. */
function termAt(text: string, i: number): Term | undefined {
  if (text[i] === OPEN_Q) {
    const close = indexWithin(text, CLOSE_Q, i + 1, i + MAX_QUOTED_TERM + 2);
    if (close < 0 || close - i - 1 < 2) return undefined;
    for (let k = i + 1; k < close; k++) if (isSentenceEnd(text[k]) || text[k] === OPEN_Q) return undefined;
    // “十五五”时期是…, 「一国两制」构想，就是…: a classifier noun after the quote belongs to the subject.
    const suffix = QUOTED_SUFFIXES.find((w) => text.startsWith(w, close + 1)) ?? '';
    return { span: { start: i + 1, end: close }, outerEnd: close + 1 + suffix.length, quoted: true };
  }
  if (!isHanCode(text.charCodeAt(i))) return undefined;
  let j = i;
  // Code units, not one-character strings: this runs at every clause start of the page.
  for (; j < text.length && j - i < MAX_TERM; j++) {
    const c = text.charCodeAt(j);
    if (!isHanCode(c) || c === SHI || c === DE || (c === JIU && text.charCodeAt(j + 1) === SHI)) break;
  }
  // Only 是, 就是 or a comma can follow a glossed term: most clause starts stop here.
  if (j - i < 2 || !glossCanFollow(text, j) || startsWithVerb(text, i)) return undefined;
  return { span: { start: i, end: j }, outerEnd: j, quoted: false };
}

/** “两个确立”是… / 举旗帜，就是要… / 中国式现代化是…的现代化. */
function termGlosses(text: string): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < text.length; i++) {
    // A term stands right after a break, a space or 所谓, or is a quote (after a reporting verb):
    // the only places clauseStart accepts. Elsewhere the regex hops to the next such character
    // natively instead of stepping through every character of the page. (clauseStart's full test,
    // a reporting verb before a comma…, waits until a term is read.)
    const code = text.charCodeAt(i);
    const prev = i === 0 ? 0x0a : text.charCodeAt(i - 1);
    if (BREAK_CODE[prev] === 0 && prev !== 0x20 && prev !== 0x3000 && prev !== WEI && text.charCodeAt(i - 2) !== WEI && code !== 0x201c) {
      CLAUSE_HOP.lastIndex = i;
      const hop = CLAUSE_HOP.exec(text);
      if (!hop) break;
      if (hop.index > i) i = hop.index - 1;
      continue;
    }
    // A term opens with a quote or a Han character.
    if (code !== 0x201c && !isHanCode(code)) continue;
    const term = termAt(text, i);
    if (!term) continue;
    // Mid-clause, a quoted name and a dash (帮学校领导“分担任务”——教育局要…) gives an example or
    // a comment as often as a gloss: only a clause-initial term is glossed.
    if (!clauseStart(text, i)) continue;
    const at = term.outerEnd;
    const word = wordAt(GLOSS_TABLE, text, at);
    const len = term.span.end - term.span.start;
    if (word) {
      // Unquoted terms glossed by 就是 are short names (举旗帜, 聚民心); a longer subject with
      // ，就是要 is a clause explaining an action (开展这次主题教育，就是要…).
      if (!term.quoted && (len > MAX_SHORT_TERM || word[0] !== ',')) continue;
      if (NOT_TERMS.includes(text.slice(term.span.start, term.span.end))) continue;
      const p = phrase(text, at + word.length, MAX_GLOSS);
      if (p) out.push(found(term, p, 'term-gloss', term.quoted ? ['link'] : []));
      i = at;
      continue;
    }
    // “全面体检”——对企业、金融等方面的代表人选…: a dash after a quoted name opens its gloss.
    if (term.quoted && text.startsWith('——', at)) {
      const p = phrase(text, at + 2, MAX_GLOSS);
      const gloss = p ? text.slice(p.start, p.end) : '';
      if (p && gloss.length >= MIN_QUOTED_GLOSS && !GLOSS_BAD_OPENINGS.some((w) => gloss.startsWith(w))) out.push(found(term, p, 'term-gloss', ['link']));
      continue;
    }
    // 所谓“调音器”，功能是… / 所谓“加速器”，功能则是…
    const fn = [',功能是', ',功能则是'].find((w) => text.startsWith(w, at));
    if (term.quoted && fn) {
      const p = phrase(text, at + fn.length, MAX_GLOSS);
      if (p) out.push(found(term, p, 'term-gloss', ['link']));
      continue;
    }
    if (text[at] !== '是' || text[at + 1] === '否') continue;
    const p = phrase(text, at + 1, term.quoted ? MAX_GLOSS : MAX_PLAIN_GLOSS);
    if (!p) continue;
    const gloss = text.slice(p.start, p.end);
    if (GLOSS_BAD_OPENINGS.some((w) => gloss.startsWith(w))) continue;
    if (!term.quoted) {
      const name = text.slice(term.span.start, term.span.end);
      if (name.length < 3) continue;
      if (!TERM_HEADS.some((h) => name.endsWith(h))) continue;
      if (!GLOSS_HEADS.some((h) => gloss.endsWith(h))) continue;
    } else if (gloss.endsWith('的') || ROLE_HEADS.some((h) => gloss.endsWith(h)) || gloss.length < MIN_QUOTED_GLOSS) continue;
    out.push(found(term, p, 'term-gloss', term.quoted ? ['link'] : []));
  }
  return out;
}

/**
 * Nouns that name one priority slot (the first task, the strategic base point): whatever fills the
 * slot is what the text says the noun is, whichever side of 是 it stands on.
 */
const PRIORITY_NOUNS = /第一要务|首要任务|中心任务|根本任务|战略基点/g;
/** Longest subject of a reverse gloss (以中国式现代化全面推进中华民族伟大复兴 is 19). */
const MAX_SUBJECT = 24;
/** Longest qualifier between 是 and the priority noun (是|新时代新征程党的|中心任务). */
const MAX_QUALIFIER = 14;
/** Verbs that govern an apposition (紧紧围绕|高质量发展这个首要任务, 坚持|扩大内需这个战略基点). */
const APPOSITION_VERBS = ['围绕', '坚持', '抓住', '抓好', '聚焦', '把握', '扭住', '紧扣', '服务', '服从', '落实', '突出'];
const MAX_APPOSED = 10;
const SUBJECT_STOPS = new Set([...'。!?;:\n,、']);

/** The subject of the clause that ends at `end` (the 是): back to a clause or list break. */
function subjectBefore(text: string, end: number): Span | undefined {
  let s = end;
  while (s > 0 && end - s <= MAX_SUBJECT && !SUBJECT_STOPS.has(text[s - 1]!)) s--;
  if (end - s > MAX_SUBJECT || end - s < 2 || !SUBJECT_STOPS.has(text[s - 1] ?? '\n')) return undefined;
  for (let k = s; k < end; k++) if (!isHan(text[k])) return undefined;
  return { start: s, end };
}

/** Would termGlosses take this subject as the glossed term (高质量发展是…的首要任务)? */
function namesATerm(text: string, s: Span): boolean {
  const name = text.slice(s.start, s.end);
  return name.length >= 3 && !startsWithVerb(text, s.start) && TERM_HEADS.some((h) => name.endsWith(h));
}

/**
 * 根本任务是坚持学思用贯通… (the noun opens the clause: label it, the rest is its gloss);
 * 发展是党执政兴国的第一要务 (a subject that is no term fills the slot: label the noun);
 * 高质量发展这个全面建设…的首要任务 (an apposition: the term is glossed by the slot it fills).
 */
function priorityGlosses(text: string): Found[] {
  const out: Found[] = [];
  PRIORITY_NOUNS.lastIndex = 0;
  for (let m = PRIORITY_NOUNS.exec(text); m; m = PRIORITY_NOUNS.exec(text)) {
    const noun: Term = { span: { start: m.index, end: m.index + m[0].length }, outerEnd: m.index + m[0].length, quoted: false };
    const at = noun.span.start;
    if (text[noun.span.end] === '是' && (at === 0 || SUBJECT_STOPS.has(text[at - 1]!))) {
      const p = phrase(text, noun.span.end + 1, MAX_PLAIN_GLOSS);
      if (p && !GLOSS_BAD_OPENINGS.some((w) => text.startsWith(w, p.start))) out.push(found(noun, p, 'priority-gloss'));
      continue;
    }
    // 扩大内需这个战略基点: the apposition may name the slot with no qualifier.
    const bare = text.startsWith('这个', at - 2) || text.startsWith('这一', at - 2);
    if (text[at - 1] !== '的' && !bare) continue;
    // Back over the qualifier to 是 (reverse gloss) or 这个/这一 (apposition), within one clause.
    let k = bare ? at - 1 : at - 2;
    while (!bare && k > 0 && at - k <= MAX_QUALIFIER && isHan(text[k]) && text[k] !== '是' && !text.startsWith('这个', k - 1) && !text.startsWith('这一', k - 1)) k--;
    if (text[k] === '是') {
      const subject = subjectBefore(text, k);
      if (subject && !namesATerm(text, subject)) out.push(found(noun, subject, 'priority-gloss'));
    } else if (text.startsWith('这个', k - 1) || text.startsWith('这一', k - 1)) {
      const termEnd = k - 1;
      let s = termEnd;
      while (s > 0 && termEnd - s < MAX_APPOSED && isHan(text[s - 1]) && !'和与及的'.includes(text[s - 1]!)) s--;
      const run = text.slice(s, termEnd);
      const verb = APPOSITION_VERBS.map((v) => ({ v, i: run.lastIndexOf(v) })).filter((x) => x.i >= 0).sort((a, b) => b.i - a.i)[0];
      const from = verb ? s + verb.i + verb.v.length : s;
      // Only a term the verb governs: an apposition at a clause start (这个…) has no term before it.
      if (!verb || termEnd - from < 2) continue;
      const term: Term = { span: { start: from, end: termEnd }, outerEnd: termEnd, quoted: false };
      out.push(found(term, { start: k + 1, end: noun.span.end }, 'term-gloss'));
    }
  }
  return out;
}

export { ordinalGlosses, termGlosses, priorityGlosses };
export function findTermGloss(text: string): Found[] {
  return [...ordinalGlosses(text), ...termGlosses(text), ...priorityGlosses(text)];
}
