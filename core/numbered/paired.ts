// Paired: numeral–X–numeral–Y slogans of four characters: 两学一做, 三会一课, 一岗双责, 两点一线.
import { isHan, isNumeral, MEASURES } from './chars';
import type { Context, NumberedTerm } from './context';
import { EVIDENCE } from './confidence';
import { looksLikeFormula, pairedWithPoints, pairOfAmounts } from './quantity';

export function pairedAt(ctx: Context, k: number): NumberedTerm | undefined {
  if (!ctx.numeralLed(k)) return undefined;
  const w = ctx.words[k]!;
  const c = w[0]!;
  const start = ctx.starts[k]!;
  const four = ctx.text.slice(start, start + 4);
  if (
    four.length === 4 &&
    isHan(four) &&
    (isNumeral(four[2]) || four[2] === '双') &&
    !MEASURES.includes(four[1]!) &&
    // 一X一Y is ordinary prose (一地一域, 一步一步) unless quoted; 一校一策 comes in quotes.
    !(c === '一' && four[2] === '一') &&
    ctx.seg.isBoundary[start + 4] === 1 &&
    w.length < 4 &&
    (looksLikeFormula(four) || pairedWithPoints(four)) &&
    !pairOfAmounts(four, ctx.words[k + 1], ctx.tagOf)
  ) {
    return { term: four, start, end: start + 4, rule: 'paired', confidence: EVIDENCE.paired };
  }
  return undefined;
}
