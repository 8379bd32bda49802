// Counted labels: 三个方面, 五大行动, 五条原则, 四个一, 三方面, 四气, 3个“坚决”. A label is a count
// word, an optional measure word and a short noun. Plain quantities (三个月, 两个多小时) and
// ordinals (第三个, 十四届三次全会) are refused here; everything else is only claimed as a
// definition when a recogniser finds exactly as many items as the count says.
import { CLOSE_Q, OPEN_Q, byFirstUnit, countValue, indexWithin, isCountChar, isHan, lastIndexWithin, wordAt } from './chars';

export interface Label {
  /** Span of the label as written (without surrounding quotes). */
  start: number;
  end: number;
  count: number;
  /** The noun after count and measure (方面, 行动, 一, 坚决); used by keyword matching. */
  noun: string;
}

const MEASURES = ['方面', '个', '大', '条', '项', '种', '类', '点', '件', '支', '位', '句', '字', '层', '道', '步', '招', '张', '对', '组', '批', '篇', '座'];
/** Units that make a count a quantity or a date, never a label. */
const QUANTITY_START = new Set([...'年月日天号时分秒周次届倍万千百亿元块角岁米里克吨名家户口所座辆期轮级多余来成%亩斤度']);
const QUANTITY_AFTER_GE = new Set([...'月人省市县区国村乡镇镇']);
const QUANTITY_WORDS = ['小时', '星期', '百分点', '公里', '方米', '平方'];
/** Function words that end a label's noun (…五大行动的…, …三个方面和…). */
const NOUN_STOPS = new Set([...'的和与及等是即了把将在都也就以并或而']);
const MAX_NOUN = 6;
/** Verbs that take the label as their scope: 围绕7个方面进行发言, 从四个方面入手, 两章作了调整. */
const SCOPE_VERBS = ['进行', '入手', '着手', '作了', '作出', '展开', '加以'];
/**
 * Words that start the predicate after a label (三重压力仍然较大, 两个基本点统一于…). Without them a
 * label followed directly by its verb reads as one over-long noun and is refused.
 */
const PREDICATE_STARTS = ['仍', '已', '被', '还', '将', '均', '统一', '成为', '作为', '贯穿', '始终', '不断', '相互', '得到', '取得', '写入', '纳入', '融入', ...SCOPE_VERBS,
  // 七个方面|构建了…, 分两步|予以推进, 从八个方面|阐释: a verb after the label ends it.
  '构建', '予以', '阐释', '阐述'];
// Looked up by first code unit: tried at every noun character of every label on the page.
const PREDICATE_TABLE = byFirstUnit(PREDICATE_STARTS);
function predicateAt(text: string, j: number): boolean {
  return wordAt(PREDICATE_TABLE, text, j) !== undefined;
}
// 章/节/款: the parts of a document (党的纪律、党的纪律检查机关两章) are counted, not labelled.
const NOT_LABEL_NOUNS = new Set(['中', '中全会', '岸', '会', '月', '方', '者', '些', '切', '直', '旦', '起', '般', '章', '节', '款']);

const MEASURE_TABLE = byFirstUnit(MEASURES);
function measureAt(text: string, i: number): string {
  return wordAt(MEASURE_TABLE, text, i) ?? '';
}

/** Is `i` the first character of a count word (not the middle of one, not after 第)? */
export function isCountStart(text: string, i: number): boolean {
  if (!isCountChar(text[i])) return false;
  const prev = text[i - 1];
  // 第一百零三条: a digit after 零/百/千 is the end of a larger number, not a count.
  return !isCountChar(prev) && prev !== '第' && prev !== '.' && prev !== '初' && prev !== '周' && prev !== '零' && prev !== '百' && prev !== '千';
}

/**
 * Read a label that starts with the count word at `start`. The noun runs over Han characters
 * up to punctuation or a function word; `end` forces the label to end exactly there.
 */
export function readLabel(text: string, start: number, end?: number): Label | undefined {
  if (!isCountStart(text, start)) return undefined;
  let i = start;
  while (i < text.length && i - start < 3 && isCountChar(text[i])) i++;
  const count = countValue(text.slice(start, i));
  if (count === undefined || count < 2 || count > 20) return undefined;
  const measure = measureAt(text, i);
  let nounStart = i + measure.length;
  if (measure === '个' && QUANTITY_AFTER_GE.has(text[nounStart] ?? '')) return undefined;
  if (QUANTITY_START.has(text[nounStart] ?? '') && measure === '') return undefined;
  if (measure === '个' && text[nounStart] === '多') return undefined;
  if (QUANTITY_WORDS.some((w) => text.startsWith(w, nounStart))) return undefined;
  const first = text[nounStart];
  if (first === '是' || first === '则' || first === '、' || first === '者') return undefined;

  // 3个“坚决”: the noun is the quoted word.
  if (first === OPEN_Q) {
    const close = indexWithin(text, CLOSE_Q, nounStart + 1, nounStart + 10);
    if (close < 0 || close - nounStart - 1 > 8 || close === nounStart + 1) return undefined;
    const noun = text.slice(nounStart + 1, close);
    if (![...noun].every(isHan)) return undefined;
    const labelEnd = close + 1;
    if (end !== undefined && end !== labelEnd) return undefined;
    return { start, end: labelEnd, count, noun };
  }

  let j = nounStart;
  const limit = end ?? text.length;
  while (j < limit && j - nounStart < MAX_NOUN && isHan(text[j]) && !(j > nounStart && (NOUN_STOPS.has(text[j]!) || predicateAt(text, j)))) j++;
  // 七个方面构建了…: 方面 completes a label; what follows is the sentence going on.
  if (end === undefined && text.startsWith('方面', nounStart)) j = Math.min(j, nounStart + 2);
  // 两点一线管理, 五位一体总体布局: a count–measure–一–X idiom is the label; what follows names its use.
  if (end === undefined && measure !== '' && measure !== '个' && text[nounStart] === '一' && j - nounStart > 2) j = nounStart + 2;
  if (end !== undefined && j !== end) return undefined;
  if (end === undefined && j - nounStart === MAX_NOUN && isHan(text[j]) && !NOUN_STOPS.has(text[j]!) && !predicateAt(text, j)) return undefined;
  if (j === start + (i - start) && measure === '') return undefined; // a bare number
  if (j === nounStart && measure === '') return undefined;
  const noun = text.slice(nounStart, j);
  if (noun === '' && !['方面', '点', '条', '项', '大', '类', '种', '层'].includes(measure)) return undefined;
  if (NOUN_STOPS.has(noun[0] ?? '')) return undefined;
  // 十九届二中全会, 两岸: common words that start with a count and are never list labels.
  // …except when a parenthesis right after it lists what it counts: 两会(人大和政协).
  if (measure === '' && (NOT_LABEL_NOUNS.has(noun) || noun.startsWith('岸')) && !(noun === '会' && text[j] === '(')) return undefined;
  return { start, end: j, count, noun: noun || measure };
}

/**
 * A label that ends exactly at `end` (the position of the colon, 。 or marker that follows it).
 * “四个一” in quotes: the label is the quoted text. The leftmost count that reads as a label wins,
 * so 四个一 is read from 四, not from 一.
 */
export function labelEndingAt(text: string, end: number): Label | undefined {
  if (text[end - 1] === CLOSE_Q) {
    const open = lastIndexWithin(text, OPEN_Q, end - 2, end - 12);
    if (open >= 0 && end - open <= 12) {
      const inner = readLabel(text, open + 1, end - 1);
      if (inner) return inner;
      // 3个“坚决”: count and measure stand before the quote.
      for (let c = Math.max(0, open - 4); c < open; c++) {
        const l = readLabel(text, c, end);
        if (l) return l;
      }
    }
    return undefined;
  }
  for (let c = Math.max(0, end - 2 - MAX_NOUN - 3); c <= end - 2; c++) {
    const l = readLabel(text, c, end);
    if (l) return l;
  }
  // 围绕7个方面进行发言。一是…: the label, then the verb that takes it as its scope, then the list.
  for (let c = Math.max(0, end - 2 - MAX_NOUN - 3 - 6); c <= end - 4; c++) {
    const l = readLabel(text, c);
    if (!l || l.end >= end || !SCOPE_VERBS.some((v) => text.startsWith(v, l.end))) continue;
    const tail = text.slice(l.end, end);
    if (tail.length <= 6 && [...tail].every(isHan)) return l;
  }
  return undefined;
}
