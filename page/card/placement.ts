// Where the card goes. A card below the term covers the lines the reader is about to read and
// the next term under the pointer, so when the margin beside the text column is wide enough the
// card goes there, level with the term's line (right margin first: Chinese reads left to right).
// Only a narrow window, with no usable margin, gets the card below (or above) the line itself.
import type { Placement } from '@floating-ui/dom';

/** Narrower than this a card of two-line members is harder to read than one below the line. */
export const MIN_SIDE_WIDTH = 240;
export const MAX_CARD_WIDTH = 420;
const GAP = 12;
const EDGE = 8;

export interface CardPlacement {
  placement: Placement;
  /** Where the card sits beside the column: the column's edges replace the term's. */
  beside: boolean;
  maxWidth: number;
}

interface Box {
  left: number;
  right: number;
}

/** `column`: the text block the term stands in; `viewportWidth`: the window's inner width. */
export function chooseCardPlacement(column: Box, viewportWidth: number): CardPlacement {
  const right = viewportWidth - column.right - GAP - EDGE;
  const left = column.left - GAP - EDGE;
  if (right >= MIN_SIDE_WIDTH) return { placement: 'right-start', beside: true, maxWidth: Math.min(MAX_CARD_WIDTH, right) };
  if (left >= MIN_SIDE_WIDTH) return { placement: 'left-start', beside: true, maxWidth: Math.min(MAX_CARD_WIDTH, left) };
  return { placement: 'bottom-start', beside: false, maxWidth: Math.min(MAX_CARD_WIDTH, viewportWidth - 2 * EDGE) };
}

export const CARD_GAP = GAP;
