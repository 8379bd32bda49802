// Glosses of an ordinal label: 第一个答案，就是… (forward), 给出“自我革命”的第二个答案 and
// 自我革命是我们党…的第二个答案 (backward: the name before 的).
import type { Found } from './found';
import { CLOSE_Q, OPEN_Q, isHan, lastIndexWithin, wordAt } from './chars';
import { CLAUSE_BREAK, GLOSS_TABLE, MAX_GLOSS, MAX_QUOTED_TERM, ORDINAL } from './gloss-words';
import { found, phrase, type Term } from './gloss-phrase';

/** 第一个答案，就是… / 给出“自我革命”的第二个答案 / 自我革命是我们党…的第二个答案. */
export function ordinalGlosses(text: string): Found[] {
  const out: Found[] = [];
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(text); m; m = ORDINAL.exec(text)) {
    let end = m.index + m[0].length;
    // 第一个答案后: a time word after the noun is not part of it.
    if (m[0].length > 5 && '后前时中上下里'.includes(text[end - 1]!)) end--;
    const span = { start: m.index, end };
    if (end - m.index < 4) continue;
    const term: Term = { span, outerEnd: span.end, quoted: false };
    const word = wordAt(GLOSS_TABLE, text, span.end);
    if (word) {
      const p = phrase(text, span.end + word.length, MAX_GLOSS);
      if (p) out.push(found(term, p, 'ordinal-gloss'));
      continue;
    }
    // Backward: the phrase before 的 names it, quoted (“让人民来监督政府”的第一个答案) or as the
    // subject of the clause (自我革命是…的第二个答案, 自我革命这一…的第二个答案).
    if (text[span.start - 1] !== '的') continue;
    if (text[span.start - 2] === CLOSE_Q) {
      const open = lastIndexWithin(text, OPEN_Q, span.start - 3, span.start - 3 - MAX_QUOTED_TERM);
      if (open >= 0 && span.start - 2 - open - 1 >= 2 && span.start - 2 - open <= MAX_QUOTED_TERM + 1) {
        out.push(found(term, { start: open + 1, end: span.start - 2 }, 'ordinal-gloss'));
      }
      continue;
    }
    let c = span.start - 1;
    while (c > 0 && span.start - c < 40 && !CLAUSE_BREAK.has(text[c - 1]!)) c--;
    for (const link of ['是', '这一', '这个']) {
      const k = text.slice(c, span.start).indexOf(link) + c;
      if (k > c && k - c <= 10 && k < span.start && [...text.slice(c, k)].every(isHan)) {
        // 找到了自我革命这一…: the verb before the name is not part of it.
        const le = text.slice(c, k).lastIndexOf('了') + c;
        const from = le >= c && k - le > 2 ? le + 1 : c;
        out.push(found(term, { start: from, end: k }, 'ordinal-gloss'));
        break;
      }
    }
  }
  return out;
}
