// Da: N大 / N重 + a short noun that closes the phrase: 五大行动, 三大攻坚战, 三重压力. The noun may
// be a modifier and its head (四大人才高地, 五大发展理念): the label keeps its head noun, never
// stopping at the modifier (N大X高地 cut to N大X). jieba sometimes glues N大 and the modifier into
// one new word (三大科创|高地); the head that follows still belongs to the label.
import { isHan, NOUN_LIKE } from './chars';
import type { Context, NumberedTerm } from './context';
import { EVIDENCE } from './confidence';

const HEAD_TAGS = new Set(['n', 'vn', 'nz', 'j', 'x', 'l', 'i']);
const nounish = (ctx: Context, w: string | undefined, min = 2, max = 3): w is string =>
  w !== undefined && isHan(w) && w.length >= min && w.length <= max && HEAD_TAGS.has(ctx.tagOf(w));

function label(ctx: Context, k: number, last: number): NumberedTerm {
  const start = ctx.starts[k]!;
  const end = ctx.starts[last + 1]!;
  return { term: ctx.text.slice(start, end), start, end, rule: 'da', confidence: EVIDENCE.da };
}

export function daAt(ctx: Context, k: number): NumberedTerm | undefined {
  if (!ctx.numeralLed(k)) return undefined;
  const { words, tagOf } = ctx;
  const w = words[k]!;
  if (w[0] === '一' || w[0] === '双' || (w[1] !== '大' && w[1] !== '重')) return undefined;
  // 三大科创|高地: a glued N大X new word, then its head noun.
  if (w.length >= 3 && w.length <= 4 && tagOf(w) === 'x') {
    return tagOf(words[k + 1] ?? '') === 'n' && nounish(ctx, words[k + 1], 2, 2) && ctx.closesAfter(k + 1) ? label(ctx, k, k + 1) : undefined;
  }
  if (w.length !== 2) return undefined;
  const head = words[k + 1];
  if (head === undefined || !isHan(head) || head.length < 2 || head.length > 3) return undefined;
  const tag = tagOf(head);
  if (!(NOUN_LIKE.has(tag) || tag === 'i' || tag === 'l') || tag === 'uj' || tag === 'ul') return undefined;
  if (ctx.closesAfter(k + 1)) return label(ctx, k, k + 1);
  // 四大|人才|高地: a two-character modifier and a two-character head noun that closes.
  // Not after 方面: 十大方面任务 counts the aspects of a work report, it names nothing.
  if (head.length === 2 && head !== '方面' && tagOf(words[k + 2] ?? '') === 'n' && nounish(ctx, words[k + 2], 2, 2) && ctx.closesAfter(k + 2)) return label(ctx, k, k + 2);
  return undefined;
}
