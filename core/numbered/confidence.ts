// How sure one sighting of a numbered term makes us, by the kind of evidence, and how sightings
// add up over a text. The engine hides article terms below ARTICLE_TERM_MIN_CONFIDENCE
// (core/confidence.ts), so a weak kind of evidence (an ordinal phrase seen once) is shown only
// when the text backs it up: it repeats the term, or counts a sibling (第一个… beside 第二个…).

export const EVIDENCE = {
  /** The article quotes it: “四个着力”. Writers quote names, not amounts. */
  quoted: 0.9,
  /** Quoted parts that mirror each other: “千村示范、万村整治”, “一个国家、两种制度”. */
  compound: 0.9,
  /** jieba knows it as a fixed expression or builds it as one new word: 五位一体. */
  token: 0.8,
  /** Numeral–X–numeral–Y: 两学一做. */
  paired: 0.8,
  /** N大 + a closing noun: 五大行动. */
  da: 0.7,
  /** N个/项 + a verb-like head, or a doctrine cited by its number: 八个坚持, 坚持四项基本原则. */
  counted: 0.7,
  /** The same with a place-value count: 十四个坚持. Rarer as a name than a single numeral. */
  placeValueCounted: 0.6,
  /** 第一 + a head that ranks a priority: 第一资源, 第一责任人. */
  primacy: 0.7,
  /** 第N个 + a noun, once and alone: as often a plain ordinal (第一个吃螃蟹的人) as a name. */
  ordinal: 0.3,
  /**
   * 第N个 + a head that itself opens with a number (第二个百年奋斗目标): the ordinal picks one of a
   * numbered series of goals (两个一百年), not the next item of a plain sequence.
   */
  ordinalNumberedHead: 0.6,
  /** 第N个X beside 第M个X in the same text: the article counts its named goals or answers. */
  ordinalSiblings: 0.75,
  /** A scheme written with + or a unit (“1+X”, 三级联动). */
  scheme: 0.7,
} as const;

/** Each further place the text uses the same term adds this much (up to 1). */
export const PER_REPETITION = 0.15;

/**
 * Confidence of a term over a text: its best single sighting, raised by every further
 * occurrence (a phrase the article keeps using is a name it relies on).
 */
export function termConfidence(bestSighting: number, occurrences: number): number {
  return Math.min(1, bestSighting + PER_REPETITION * Math.max(0, occurrences - 1));
}
