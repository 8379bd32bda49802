// Numbered formulas that the glossary does not know (“三个千亿”, 五水共治, 十大行动, 八个坚持),
// told apart from plain quantities (三个月, 两个多小时, 十四次党代会, 一个前提, 第一时间).
// Political writing marks a formula in one of a few ways; core/numbered/ has one recogniser
// per way and core/numbered/table.ts runs them:
//   quoted.ts       a short quoted phrase that starts with a numeral: “四个着力”, “两强三提高”
//   fixed-token.ts  jieba knows it as a fixed expression or builds it as a new word: 五位一体
//   paired.ts       numeral-X-numeral-Y slogans: 两学一做, 三会一课, 一校一策
//   da.ts           N大 + a short noun that closes the phrase: 五大行动, 三大攻坚战
//   counted-noun.ts N个/项/条/种 + a verb-like head: 八个坚持, 两个毫不动摇, 三个务必
//   quantity.ts     the filters every recogniser applies (amounts, dates, congresses, idioms)
// Everything runs on the normalised text (one quote style, simplified characters).
import type { Segmentation } from './segmenter';
import { runRecognisers } from './numbered/table';
import type { NumberedTerm, WordTagger } from './numbered/context';

export type { NumberedTerm, WordTagger } from './numbered/context';
export { looksLikeFormula } from './numbered/quantity';

export function findNumberedTerms(seg: Segmentation, tagOf: WordTagger): NumberedTerm[] {
  return runRecognisers(seg, tagOf);
}
