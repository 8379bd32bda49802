// The table of numbered-term recognisers. Each names a formula one way political writing
// marks it; the table runs them and keeps one term per place.
//   text recognisers scan the whole text (quotes);
//   token recognisers look at one jieba token at a time, in priority order: the first that
//   reports something at a token wins it (a fixed expression 五位一体 is not re-read as N大X).
// Finally, where terms overlap, the longest at each place is kept.
import type { Segmentation } from '../segmenter';
import { createContext, type Context, type NumberedTerm, type WordTagger } from './context';
import { findQuoted } from './quoted';
import { fixedTokenAt } from './fixed-token';
import { pairedAt } from './paired';
import { daAt } from './da';
import { citedNounAt, countedVerbAt } from './counted-noun';
import { findOrdinals } from './ordinal';
import { findMagnitudeNames, placeValueCountedAt } from './place-value';
import { findCompounds } from './compound';
import { findSchemes } from './scheme-unit';

export type TextRecogniser = (ctx: Context) => NumberedTerm[];
export type TokenRecogniser = (ctx: Context, k: number) => NumberedTerm | undefined;

export const TEXT_RECOGNISERS: TextRecogniser[] = [findQuoted, findCompounds, findMagnitudeNames, findOrdinals, findSchemes];
export const TOKEN_RECOGNISERS: TokenRecogniser[] = [fixedTokenAt, pairedAt, citedNounAt, daAt, countedVerbAt, placeValueCountedAt];

export function runRecognisers(seg: Segmentation, tagOf: WordTagger): NumberedTerm[] {
  const ctx = createContext(seg, tagOf);
  const out = TEXT_RECOGNISERS.flatMap((find) => find(ctx));
  for (let k = 0; k < ctx.words.length; k++) {
    for (const at of TOKEN_RECOGNISERS) {
      const t = at(ctx, k);
      if (t) {
        out.push(t);
        break;
      }
    }
  }
  return withoutOverlaps(out);
}

/** Several rules often see the same term (“四个服从” is quoted and a measure phrase): keep the
 * longest at each place. */
export function withoutOverlaps(found: NumberedTerm[]): NumberedTerm[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NumberedTerm[] = [];
  for (const t of found) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) continue;
    out.push(t);
  }
  return out;
}
