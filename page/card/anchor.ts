// The card's anchor: the term's line, widened to its text column when the card goes beside the
// column (placement.ts), so the card sits in the margin level with the line being read.
import type { VirtualElement } from '@floating-ui/dom';
import type { Occurrence } from '../page-model';
import { chooseCardPlacement, type CardPlacement } from './placement';

export function cardAnchor(occ: Occurrence, rectIndex: number): { anchor: VirtualElement; placement: CardPlacement } {
  const line = (): DOMRect => {
    const rects = occ.range.getClientRects();
    return rects[Math.min(rectIndex, rects.length - 1)] ?? occ.range.getBoundingClientRect();
  };
  const view = occ.block.ownerDocument.defaultView;
  const placement = chooseCardPlacement(occ.block.getBoundingClientRect(), view?.innerWidth ?? 1024);
  const anchor: VirtualElement = {
    getBoundingClientRect: () => {
      const r = line();
      if (!placement.beside) return r;
      const col = occ.block.getBoundingClientRect();
      return new DOMRect(col.left, r.top, col.width, r.height);
    },
    contextElement: occ.range.startContainer.parentElement ?? undefined,
  };
  return { anchor, placement };
}
