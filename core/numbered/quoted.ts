// Quoted: a short quoted phrase that starts with a numeral is the article naming a formula:
// “四个着力”, “两强三提高”, and each part of a quoted list (“四句话、十六字”).
import { isHan, MEASURES } from './chars';
import type { Context, NumberedTerm } from './context';
import { EVIDENCE } from './confidence';
import { looksLikeFormula } from './quantity';

export function findQuoted(ctx: Context): NumberedTerm[] {
  const { text } = ctx;
  const out: NumberedTerm[] = [];
  const re = /“([^“”\n]{2,16})”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const content = m[1]!;
    const base = m.index + 1;
    const partRe = /[^、,;/ ]+/g;
    const parts: { part: string; at: number }[] = [];
    for (let p = partRe.exec(content); p; p = partRe.exec(content)) {
      // A project name may carry a number after the formula (“双一流196”): keep the Han lead.
      const part = isHan(p[0]) ? p[0] : (/^[\u3400-\u4dbf\u4e00-\u9fff]+(?=[0-9a-zA-Z])/.exec(p[0])?.[0] ?? '');
      if (part) parts.push({ part, at: base + p.index });
    }
    // “百宝箱”, “千里马”: a dictionary word led by 百/千 is a metaphor; the genre's 百/千 names
    // (千村示范, 百县千企) are not single dictionary words.
    const dictionaryWord = (part: string): boolean => '百千'.includes(part[0]!) && ctx.tagOf(part) !== 'x';
    const formulas = parts.filter(({ part }) => part.length <= 8 && looksLikeFormula(part) && !dictionaryWord(part));
    // “一个中心、两个基本点”: a singular 一个X counted off with its siblings is part of the formula.
    const measuresInList = new Set(formulas.map(({ part }) => part[1]));
    for (const { part, at } of parts) {
      const counted = part[0] === '一' && MEASURES.includes(part[1] ?? '') && measuresInList.has(part[1]) && part.length <= 6 && isHan(part);
      if (formulas.some((f) => f.at === at) || counted) out.push({ term: part, start: at, end: at + part.length, rule: 'quoted', confidence: EVIDENCE.quoted });
    }
  }
  return out;
}
