// Definitions an article gives for its own labels (四个一 → 一个前提、一个关键…; 五大行动;
// 其基本内涵应体现三个方面：一是…二是…三是…). Pure string work on the normalised text, linear in
// its length; members and spans refer to the ORIGINAL text. Recognisers live in core/miner/.
import type { Definition } from './types';
import { normalize } from './normalize';
import { toDefinition } from './miner/definition';
import type { Found } from './miner/found';
import { findEnumerated } from './miner/enumerated';
import { findParagraphList } from './miner/paragraph-list';
import { findLabelThenList } from './miner/label-then-list';
import { findListThenLabel } from './miner/list-then-label';
import { labelsInText } from './miner/labels-in-text';
import { findKeywordRepeat } from './miner/keyword-repeat';
import { findSingularGloss } from './miner/singular-gloss';
import { findTermGloss } from './miner/term-gloss';
import { findUncounted } from './miner/uncounted';
import { findOneAnother } from './miner/one-another';
import { findEchoedLabel } from './miner/echoed-label';

type Recogniser = (norm: string, labels: ReturnType<typeof labelsInText>) => Found[];

/** In priority order: when two recognisers claim the same label occurrence, the first wins. */
const RECOGNISERS: Recogniser[] = [findEnumerated, findParagraphList, findLabelThenList, findListThenLabel, findOneAnother, findKeywordRepeat, findSingularGloss, findTermGloss, findUncounted, findEchoedLabel];

/**
 * Mine with a normalised copy the caller already has (the engine normalises once for matching
 * and mining). `normalized` must be `normalize(text)`.
 */
export function mineNormalized(text: string, normalized: string): Definition[] {
  const byLabel = new Map<number, Definition>();
  const labels = labelsInText(normalized);
  for (const recognise of RECOGNISERS) {
    for (const found of recognise(normalized, labels)) {
      if (byLabel.has(found.label.start)) continue;
      const def = toDefinition(text, normalized, found);
      if (def) byLabel.set(found.label.start, def);
    }
  }
  return [...byLabel.values()].sort((a, b) => a.evidence.start - b.evidence.start || a.label.start - b.label.start);
}

/** Definitions the text gives for its own counted labels, sorted by where their passage starts. */
export function mineDefinitions(text: string): Definition[] {
  return mineNormalized(text, normalize(text));
}
