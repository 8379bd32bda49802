// Da: N大 / N重 + a short noun that closes the phrase: 五大行动, 三大攻坚战, 三重压力.
import { isHan, NOUN_LIKE } from './chars';
import type { Context, NumberedTerm } from './context';
import { EVIDENCE } from './confidence';

export function daAt(ctx: Context, k: number): NumberedTerm | undefined {
  if (!ctx.numeralLed(k)) return undefined;
  const w = ctx.words[k]!;
  if (w.length !== 2 || w[0] === '一' || w[0] === '双' || (w[1] !== '大' && w[1] !== '重')) return undefined;
  const head = ctx.words[k + 1];
  if (head === undefined || !isHan(head) || head.length < 2 || head.length > 3 || !ctx.closesAfter(k + 1)) return undefined;
  const tag = ctx.tagOf(head);
  if (!(NOUN_LIKE.has(tag) || tag === 'i' || tag === 'l') || tag === 'uj' || tag === 'ul') return undefined;
  const start = ctx.starts[k]!;
  return { term: w + head, start, end: start + 2 + head.length, rule: 'da', confidence: EVIDENCE.da };
}
