// What a recogniser reports before it becomes a Definition, and the evidence cues it saw: the
// shapes shared by the recognisers, definition.ts and confidence.ts (kept apart so none of them
// imports another in a circle).
import type { Span } from '../types';
import type { Label } from './label';

/** Evidence a recogniser saw while matching, beyond what the spans show. */
export type Cue =
  /** Items carry enumeration markers (一是/二是, (一)(二), ①②, 一、二、 headings). */
  | 'markers'
  /** A word ties list and label explicitly: 这“N个X”, 简称, 统称, 以上N个方面, 概括为. */
  | 'link'
  /** The last item was split off at 和/与/及 to reach the count. */
  | 'joiner-split'
  /** The first item's start was found by cutting an introducing verb or a subject. */
  | 'first-cut'
  /** Items are separated by sentence-level punctuation (；or 。), each its own clause. */
  | 'clauses';

export interface Found {
  label: Label;
  items: Span[];
  /** Member spans; defaults to the leading clause of each item. */
  members?: Span[];
  pattern: string;
  /** Evidence seen while matching (markers, a linking word…), weighed by definitionConfidence. */
  cues?: Cue[];
}
