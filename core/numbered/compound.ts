// Compound: a quoted pair (or list) whose halves mirror each other is ONE formula, not a list of
// formulas: “千村示范、万村整治” (thousand villages… ten thousand villages…), “一个国家、两种制度”.
// Two ways the halves show they belong together:
//   they share the word after the numeral (千村/万村, 一府/一委) — one campaign counted twice;
//   the first is a singular 一个X whose measure no sibling repeats (一个国家、两种制度): a lone
//   一个X is no formula by itself (quoted.ts), so the quote names the pair.
// A list of counted formulas (“一个中心、两个基本点”, “四个意识”、…) stays apart: quoted.ts.
import { isHan, MEASURES } from './chars';
import type { Context, NumberedTerm } from './context';
import { EVIDENCE } from './confidence';

const LEADS = '一二两三四五六七八九十百千万双';

export function findCompounds({ text }: Context): NumberedTerm[] {
  const out: NumberedTerm[] = [];
  const re = /“([^“”\n]{5,20})”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const parts = m[1]!.split(/[、,]/);
    if (parts.length < 2 || parts.some((p) => p.length < 2 || p.length > 8 || !isHan(p) || !LEADS.includes(p[0]!))) continue;
    const second = parts.map((p) => p[1]!);
    const sameWord = !MEASURES.includes(second[0]!) && second.every((c) => c === second[0]);
    const loneSingular = parts[0]![0] === '一' && MEASURES.includes(second[0]!) && second.slice(1).every((c) => c !== second[0]);
    if (!sameWord && !loneSingular) continue;
    const start = m.index + 1;
    out.push({ term: m[1]!, start, end: start + m[1]!.length, rule: 'compound', confidence: EVIDENCE.compound });
  }
  return out;
}
