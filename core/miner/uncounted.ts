// Labels without a count, explained by a list the text gives with them. The count is then the
// number of items, so the evidence must come from elsewhere: a head noun that names a set
// (原则, 方针, 理念, 总要求…), items in parallel, and a colon, quotes or 的 tying them.
//   坚持全国统筹、节约优先、双轮驱动、内外畅通、防范风险的原则          (list, 的/等, label)
//   和平、发展、公平、正义、民主、自由的全人类共同价值
//   总要求是“学思想、强党性、重实践、建新功”                          (label, 是/为/：, list)
//   确定了修改工作原则：坚持…；坚持发扬党内民主，集中全党智慧；保持党章总体稳定
// Linear: one pass for head nouns, each followed by bounded looks either side.
import type { Span } from '../types';
import { CLOSE_Q, OPEN_Q, indexWithin, isCountChar, isHan, isSentenceEnd, lastIndexWithin } from './chars';
import { leadingClause, trimSpan } from './clause';
import type { Cue } from './found';
import type { Found } from './found';
import type { Label } from './label';
import { endsWithObjectVerb, firstItemStart, opensWithVerb, splitList } from './list-split';
import { HEADS, AFTER_HEADS, MAX_LABEL, MAX_DENG_LABEL, MIN_ITEMS, MAX_ITEMS, MAX_ITEM, MAX_REGION, HEAD_START, HEAD_PAIRS, DENG_HEADS, MAX_DENG_ITEM, MAX_COMMA_ITEM } from './uncounted-heads';


function headAt(text: string, i: number): string | undefined {
  return HEADS.find((h) => text.startsWith(h, i));
}

/** The label ending at `end` with a head: Han characters back to 的/等, a quote or punctuation. */
function labelBack(text: string, end: number, head: string): Span | undefined {
  let s = end - head.length;
  // 社会主义基本经济制度: a 制度 is named with a longer qualifier than a principle or a spirit.
  const max = DENG_HEADS.has(head) ? MAX_DENG_LABEL : MAX_LABEL;
  while (s > 0 && end - s < max && isHan(text[s - 1]) && text[s - 1] !== '的' && text[s - 1] !== '等' && text[s - 1] !== '是' && text[s - 1] !== '了') s--;
  // 把握以下几个原则 → 几个原则: 以下/下列 and what comes before them introduce the label.
  for (const w of ['以下', '下列', '如下']) {
    // Searched within the label only: an unbounded lastIndexOf would rescan the page each time.
    const k = text.slice(s, end - head.length).lastIndexOf(w);
    if (k >= 0) s += k + w.length;
  }
  return { start: s, end };
}

function parallel(text: string, items: Span[], maxItem = MAX_ITEM): boolean {
  const lens = items.map((s) => s.end - s.start);
  if (lens.some((l) => l < 2 || l > maxItem)) return false;
  if (Math.max(...lens) > 2 * Math.min(...lens) + 2) return false;
  return !items.some((s) => /[,;:。]/.test(text.slice(s.start, s.end)));
}

/**
 * Where the list region that ends at `end` starts: back to a sentence end or one of `stops`
 * outside quotes, at most MAX_REGION characters.
 */
function regionStart(text: string, end: number, stops: string): number {
  let start = end;
  let depth = 0;
  while (start > 0 && end - start < MAX_REGION) {
    const ch = text[start - 1]!;
    if (ch === CLOSE_Q) depth++;
    else if (ch === OPEN_Q) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (isSentenceEnd(ch) || stops.includes(ch))) break;
    start--;
  }
  return start;
}

/** 坚持A、B、C的原则 / A、B、C等原则: the 、-list that ends just before 的/等. */
function listBefore(text: string, end: number, maxItem = MAX_ITEM): { items: Span[]; cues: Cue[] } | undefined {
  // “坚持真理、坚守理想，…，对党忠诚、不负人民”的伟大建党精神: a quoted list, read inside its quotes.
  if (text[end - 1] === CLOSE_Q) return quotedListBefore(text, end - 1);
  const start = regionStart(text, end, ',;:(');
  const region = trimSpan(text, start, end);
  let items = splitList(text, region);
  if (items.length === 2 && text[start - 1] === ',') return pairsBefore(text, region);
  if (items.length < MIN_ITEMS || items.length > MAX_ITEMS) return undefined;
  const cues: Cue[] = [];
  const first = items[0]!;
  const s = firstItemStart(text, first, items.slice(1));
  if (s === undefined) return undefined;
  items = [{ start: s, end: first.end }, ...items.slice(1)];
  const last = text.slice(items[items.length - 1]!.start, items[items.length - 1]!.end);
  if (endsWithObjectVerb(last)) return undefined;
  return parallel(text, items, maxItem) ? { items, cues } : undefined;
}


/**
 * 公有制为主体、多种所有制经济共同发展，按劳分配为主体、多种分配方式并存，社会主义市场经济体制等…:
 * items that hold a 、 of their own are separated by commas. Only when some item does hold one
 * (else the commas are the sentence's), back to the sentence start or a colon.
 */
function commaListBefore(text: string, end: number): { items: Span[]; cues: Cue[] } | undefined {
  const start = regionStart(text, end, ';:(');
  if (start > 0 && end - start >= MAX_REGION) return undefined;
  const items = splitList(text, trimSpan(text, start, end), ',');
  if (items.length < MIN_ITEMS || items.length > MAX_ITEMS) return undefined;
  const withDun = items.filter((s) => splitList(text, s).length > 1).length;
  if (withDun === 0 || withDun === items.length) return undefined;
  const first = items[0]!;
  const s = firstItemStart(text, first, items.slice(1));
  if (s === undefined) return undefined;
  items[0] = { start: s, end: first.end };
  const lens = items.map((x) => x.end - x.start);
  if (lens.some((l) => l < 4 || l > MAX_COMMA_ITEM) || Math.max(...lens) > 2 * Math.min(...lens) + 4) return undefined;
  return { items, cues: ['clauses'] };
}

const MAX_PAIR_PART = 6;

/** A clause of two short parts joined by 、 (坚守理想、担当使命), or undefined. */
function pair(text: string, clause: Span): boolean {
  const parts = splitList(text, clause);
  return parts.length === 2 && parts.every((p) => p.end - p.start >= 2 && p.end - p.start <= MAX_PAIR_PART);
}

/**
 * 坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民的伟大建党精神: the
 * items are comma-separated pairs. `last` is the pair just before 的; earlier pairs run back over
 * commas while they keep the shape.
 */
function pairsBefore(text: string, last: Span): { items: Span[]; cues: Cue[] } | undefined {
  if (!pair(text, last)) return undefined;
  const items: Span[] = [last];
  let end = last.start - 1;
  while (items.length < MAX_ITEMS && end > 0 && text[end] === ',') {
    let s = end;
    while (s > 0 && end - s <= 2 * MAX_PAIR_PART + 4 && !isSentenceEnd(text[s - 1]) && !',;:('.includes(text[s - 1]!)) s--;
    const clause = trimSpan(text, s, end);
    if (!pair(text, clause)) {
      // The first pair may carry the verb that introduces the list (弘扬|坚持真理、坚守理想).
      const parts = splitList(text, clause);
      if (parts.length === 2 && items.length >= 2) {
        const cut = firstItemStart(text, { start: clause.start, end: parts[0]!.end }, [parts[1]!]);
        if (cut !== undefined && cut > clause.start && parts[0]!.end - cut >= 2) items.unshift({ start: cut, end: clause.end });
      }
      break;
    }
    items.unshift(clause);
    end = clause.start - 1;
  }
  return items.length >= MIN_ITEMS ? { items, cues: ['clauses'] } : undefined;
}

function quotedListBefore(text: string, close: number): { items: Span[]; cues: Cue[] } | undefined {
  const open = lastIndexWithin(text, OPEN_Q, close - 1, close - MAX_REGION);
  if (open < 0) return undefined;
  const region = { start: open + 1, end: close };
  const clauses = splitList(text, region, ',');
  if (clauses.length >= MIN_ITEMS && clauses.length <= MAX_ITEMS && clauses.every((c) => pair(text, c))) return { items: clauses, cues: ['clauses', 'link'] };
  // “守初心、担使命，找差距、抓落实”: short parallel items under both separators.
  for (const seps of ['、', '、,']) {
    const items = splitList(text, region, seps);
    if (items.length >= MIN_ITEMS && items.length <= MAX_ITEMS && parallel(text, items)) return { items, cues: ['link'] };
  }
  return undefined;
}

/** 总要求是“学思想、强党性…” / 修改工作原则：A；B；C — the list after the label. */
function listAfter(text: string, from: number, overall = false): { items: Span[]; members: Span[]; cues: Cue[] } | undefined {
  const limit = Math.min(text.length, from + MAX_REGION * 2);
  let end = from;
  while (end < limit && !isSentenceEnd(text[end])) end++;
  if (end === limit && end < text.length) return undefined;
  let region = trimSpan(text, from, end);
  // The whole list in quotes: read inside them.
  if (text[region.start] === OPEN_Q) {
    const close = indexWithin(text, CLOSE_Q, region.start + 1, region.end);
    if (close < 0 || ![',', ';', '。', undefined].includes(text[close + 1]) && close + 1 < region.end) return undefined;
    region = { start: region.start + 1, end: close };
    const items = splitList(text, region);
    if (items.length < 2 || items.length > MAX_ITEMS || !parallel(text, items)) return undefined;
    return { items, members: items, cues: ['link'] };
  }
  const semis = splitList(text, region, ';');
  if (!overall && semis.length >= 2 && semis.length <= MAX_ITEMS) return { items: semis, members: semis.map((s) => leadingClause(text, s)), cues: ['clauses'] };
  // 战略目标调整表述为：到2035年…，到本世纪中叶…: comma clauses count only when they open alike.
  const commas = splitList(text, region, ',');
  const lead = text.slice(commas[0]!.start, commas[0]!.start + 1);
  if (colonBefore(text, from) && commas.length >= 2 && commas.length <= 4 && isHan(lead) && commas.every((c) => text.startsWith(lead, c.start) && c.end - c.start >= 4)) {
    return { items: commas, members: commas, cues: ['clauses'] };
  }
  // 总目标是继续完善和发展…制度，推进国家治理体系和治理能力现代化。: an overall goal (总目标, 总要求)
  // stated as a sentence of two or three verb clauses, each a goal of its own.
  if (overall && !colonBefore(text, from) && commas.length >= 2 && commas.length <= 3 && commas.every((c) => c.end - c.start >= 6 && c.end - c.start <= MAX_REGION / 4 && opensWithVerb(text, c.start))) {
    return { items: commas, members: commas, cues: ['clauses'] };
  }
  return undefined;
}

/** What a 的-phrase after the label names about it before the list (的具体表现，包括…). */
const ASPECTS = ['具体表现', '主要内容', '具体内容', '基本内涵', '核心要义', '主要表现'];
const ASPECT_LINKS = ['主要包括', '包括', '主要是', '是', '为'];

/** Where the list starts after 的 + an aspect + (，) + 包括/是/为 (+ ：), or -1. */
function aspectIntro(text: string, end: number): number {
  if (text[end] !== '的') return -1;
  const aspect = ASPECTS.find((a) => text.startsWith(a, end + 1));
  if (!aspect) return -1;
  let p = end + 1 + aspect.length;
  if (text[p] === ',') p++;
  const link = ASPECT_LINKS.find((w) => text.startsWith(w, p));
  if (!link) return -1;
  p += link.length;
  if (text[p] === ':') p++;
  return p;
}

/** A plain 、-list of short parallel items up to the sentence end (a closing 等 dropped). */
function dunListAfter(text: string, from: number): Span[] | undefined {
  const limit = Math.min(text.length, from + MAX_REGION);
  let end = from;
  while (end < limit && !isSentenceEnd(text[end]) && text[end] !== ',' && text[end] !== ';') end++;
  if (end === limit) return undefined;
  let region = trimSpan(text, from, end);
  if (text[region.end - 1] === '等') region = { start: region.start, end: region.end - 1 };
  const items = splitList(text, region);
  return items.length >= MIN_ITEMS && items.length <= MAX_ITEMS && parallel(text, items) ? items : undefined;
}

/** Heads that sum up a whole programme: a sentence after them may list its parts without a colon. */
const OVERALL_HEADS = new Set(['总目标', '总要求']);

function colonBefore(text: string, from: number): boolean {
  return text[from - 1] === ':';
}

export function findUncounted(text: string): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < text.length; i++) {
    const c0 = text.charCodeAt(i);
    if (HEAD_START[c0] === 0 || !HEAD_PAIRS.has(c0 * 0x10000 + text.charCodeAt(i + 1))) continue;
    const head = headAt(text, i);
    if (!head) continue;
    const end = i + head.length;
    // The head ends its noun phrase (原则性 and 精神病 are other words).
    if (isHan(text[end]) && !'是为的'.includes(text[end]!) && !text.startsWith('调整表述为', end)) continue;
    const label = labelBack(text, end, head);
    if (!label) continue;
    const before = text[label.start - 1];
    // List, 的/等, label. Not 全面落实党的二十大精神 (a meeting's name) nor a 的 inside 党的.
    // A counted label (三条重要经验) belongs to the other recognisers.
    if ([...text.slice(label.start, label.end)].some((c) => isCountChar(c))) continue;
    // A、B、C等重要目标 / …，社会主义市场经济体制等基本经济制度: after 等, a qualified 目标 or 制度
    // names the set the list exemplifies (a bare 等目标, 等制度 only trails off).
    const qualifiedAfterDeng = before === '等' && DENG_HEADS.has(head) && label.end - label.start > head.length;
    if ((AFTER_HEADS.has(head) || qualifiedAfterDeng) && (before === '的' || before === '等') && text[label.start - 2] !== '党') {
      const list = listBefore(text, label.start - 1, qualifiedAfterDeng ? MAX_DENG_ITEM : MAX_ITEM) ?? (qualifiedAfterDeng ? commaListBefore(text, label.start - 1) : undefined);
      if (list) {
        const pattern = qualifiedAfterDeng && !AFTER_HEADS.has(head) ? 'uncounted-deng' : 'uncounted-after';
        out.push({ label: { ...label, count: list.items.length, noun: head }, items: list.items, members: list.items, pattern, cues: list.cues });
        i = end - 1;
        continue;
      }
    }
    // Label, 是/为/：, list. (制度 heads a label only after a 等-list: 制度：… is a heading.)
    if (head === '制度') continue;
    // 企业家精神的具体表现，包括A、B、C…等: the label's aspect, then the list that spells it out.
    const aspect = aspectIntro(text, end);
    if (aspect >= 0) {
      const list = dunListAfter(text, aspect);
      if (list) {
        out.push({ label: { ...label, count: list.length, noun: head }, items: list, members: list, pattern: 'uncounted-before', cues: ['link'] });
        i = end - 1;
        continue;
      }
    }
    let p = end;
    if (text.startsWith('调整表述为', p)) p += 5;
    else if (text[p] === '是' || text[p] === '为') p++;
    const colon = text[p] === ':';
    // 总体目标是，到…时，…；到二〇三五年，…；到…: after 是 and a comma, only a ；-list counts.
    const commaSemis = !colon && p > end && text[p] === ',';
    if (colon || commaSemis) p++;
    // (The head must open its noun phrase or follow 的: 明确全面深化改革总目标是… is cut mid-phrase.)
    const overall = OVERALL_HEADS.has(head) && (before === '的' || !isHan(before)) && p === end + 1 && text[end] === '是' && !colon && !commaSemis;
    if (p === end || (!colon && !commaSemis && text[p] !== OPEN_Q && !overall)) continue;
    const list = listAfter(text, p, overall);
    if (!list || (commaSemis && !list.cues.includes('clauses'))) continue;
    out.push({ label: { ...label, count: list.items.length, noun: head }, items: list.items, members: list.members, pattern: 'uncounted-before', cues: colon ? [...list.cues, 'link'] : list.cues });
    i = end - 1;
  }
  return out;
}

/**
 * A label without a count that ends at `end` and is followed by a colon before numbered items
 * (主要内容：\n一、…\n二、…): the count is the number of markers.
 */
export function uncountedLabelEndingAt(text: string, end: number, count: number): Label | undefined {
  for (const w of ['如下', '包括', '是', '为']) if (text.startsWith(w, end - w.length)) end -= w.length;
  const head = HEADS.find((h) => text.startsWith(h, end - h.length));
  if (!head) return undefined;
  const label = labelBack(text, end, head);
  if (!label || [...text.slice(label.start, label.end)].some((c) => isCountChar(c))) return undefined;
  return { ...label, count, noun: head };
}
