// Token: jieba knows the formula as one word — a fixed expression (l), an abbreviation (j) or
// a new word it builds by HMM (x): 五位一体, 五水共治, 双减 (before a policy noun).
import { FORMULA_TOKEN, MEASURES } from './chars';
import type { Context, NumberedTerm } from './context';
import { EVIDENCE } from './confidence';
import { looksLikeFormula, setPhrase } from './quantity';

/** Nouns that follow a 双X policy name: 双减政策, 双碳目标, 双创工作. */
const POLICY_NOUNS = new Set(['政策', '目标', '工作', '战略', '行动', '工程', '改革', '试点', '建设', '任务', '要求', '格局', '示范']);

export function fixedTokenAt(ctx: Context, k: number): NumberedTerm | undefined {
  if (!ctx.numeralLed(k)) return undefined;
  const w = ctx.words[k]!;
  const start = ctx.starts[k]!;
  // 双减, 双碳, 双创: jieba builds these as new words (x); dictionary words with 双 are not x.
  // Only as the name of a policy (双减政策): 双难处境 is prose.
  if (w.length === 2 && w[0] === '双') {
    const named = ctx.tagOf(w) === 'x' && POLICY_NOUNS.has(ctx.words[k + 1] ?? '') && looksLikeFormula(w);
    return named ? { term: w, start, end: start + 2, rule: 'token', confidence: EVIDENCE.token } : undefined;
  }
  if (w.length < 3 || w.length > 6 || !looksLikeFormula(w)) return undefined;
  const tag = ctx.tagOf(w);
  // 两大央企董事长: jieba glued N大/N个 + a noun into a new word; like da.ts, it names a formula
  // only where the phrase ends, not as the modifier of a following noun.
  if (tag === 'x' && '大个项'.includes(w[1]!) && !ctx.closesAfter(k)) return undefined;
  if ((FORMULA_TOKEN.has(tag) && !setPhrase(w, tag, ctx.tagOf)) || (tag === 'nz' && MEASURES.includes(w[1]!))) {
    return { term: w, start, end: start + w.length, rule: 'token', confidence: EVIDENCE.token };
  }
  return undefined;
}
