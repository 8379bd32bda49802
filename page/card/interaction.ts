// Opening the tooltip: mouse hover, touch/pen tap, keyboard focus on an element that contains a
// term, and Alt+Shift+↓/↑ (or →/←) to step through the terms of the page. Hit testing uses the
// stored Ranges, so it works even where the Highlight API is missing.
import type { GuestContext } from '../loader/guest-context';
import type { Highlighter } from '../paint/highlighter';
import type { Occurrence, PageModel } from '../page-model';
import type { TooltipHost } from './tooltip-host';
import { cardAnchor } from './anchor';
import { CardActions } from './card-actions';
import { tooltipStrings } from './strings';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

const CLOSE_DELAY_MS = 300;

/**
 * How the card was opened decides what closes it: a mouse card closes when the pointer leaves,
 * a tapped one only on a tap elsewhere or Esc (a finger lifting "leaves" the page at once),
 * a keyboard or focus card on Esc or focus moving on.
 */
type OpenedBy = 'pointer' | 'tap' | 'keyboard' | 'focus';

export class Interaction {
  private current: Occurrence | null = null;
  private openedBy: OpenedBy | null = null;
  /** A pinned card stays on its term until unpinned or Esc; its ‹ › step through the terms. */
  private pinned = false;
  private copied = false;
  private rectIndex = 0;
  private readonly actions: CardActions;
  private closeTimer: number | undefined;
  private frame = 0;
  private pointer = { x: 0, y: 0 };

  constructor(
    private readonly ctx: GuestContext,
    private readonly doc: Document,
    private readonly model: PageModel,
    private readonly highlighter: Highlighter,
    private readonly tooltip: TooltipHost,
  ) {
    this.actions = new CardActions(doc, () => this.refresh());
  }

  start(): void {
    const { ctx, doc } = this;
    // Only the reader's own input opens the card: a page's script can dispatch pointermove or
    // keydown events (isTrusted false) to open it, and must not.
    const trusted = <E extends Event>(handler: (e: E) => void) => (e: E) => {
      if (e.isTrusted) handler(e);
    };
    ctx.addEventListener(doc, 'pointermove', trusted((e: PointerEvent) => this.onPointerMove(e)), { passive: true });
    ctx.addEventListener(doc, 'pointerup', trusted((e: PointerEvent) => this.onTap(e)), { passive: true });
    ctx.addEventListener(doc.documentElement, 'pointerleave', trusted(() => this.scheduleClose()));
    ctx.addEventListener(doc, 'keydown', trusted((e: KeyboardEvent) => this.onKey(e)), { capture: true });
    ctx.addEventListener(doc, 'focusin', trusted((e: FocusEvent) => this.onFocus(e)));
    ctx.onInvalidated(() => this.actions.destroy());
  }

  /** The page changed or highlights went off: drop the tooltip if its term is gone. */
  close(): void {
    clearTimeout(this.closeTimer);
    this.tooltip.close();
    this.highlighter.setActive(null);
    this.current = null;
    this.openedBy = null;
    this.pinned = false;
  }

  hitTest(x: number, y: number): { occ: Occurrence; rectIndex: number } | null {
    const caret = caretAt(this.doc as CaretDoc, x, y);
    const candidates = caret ? this.model.occurrencesInNode(caret) : this.model.allOccurrences();
    for (const occ of candidates) {
      const rects = occ.range.getClientRects();
      for (let i = 0; i < rects.length; i++) {
        const r = rects[i]!;
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return { occ, rectIndex: i };
      }
    }
    return null;
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType !== 'mouse' || this.tooltip.owns(e.target) || this.pinned) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    this.frame = this.ctx.requestAnimationFrame(() => {
      this.frame = 0;
      const hit = this.hitTest(this.pointer.x, this.pointer.y);
      if (hit) {
        clearTimeout(this.closeTimer);
        if (hit.occ !== this.current) this.open(hit.occ, hit.rectIndex, 'pointer');
      } else if (this.openedBy === 'pointer') {
        this.scheduleClose();
      }
    });
  }

  private onTap(e: PointerEvent): void {
    if (e.pointerType === 'mouse' || this.tooltip.owns(e.target)) return;
    const hit = this.hitTest(e.clientX, e.clientY);
    if (hit) this.open(hit.occ, hit.rectIndex, 'tap');
    else if (!this.pinned) this.close();
  }

  private onFocus(e: FocusEvent): void {
    const target = e.target;
    if (!(target instanceof Element) || target === this.doc.body || this.tooltip.owns(target)) return;
    const occ = this.model.inDocumentOrder().find((o) => target.contains(o.range.startContainer));
    if (occ) this.open(occ, 0, 'focus');
    else if (this.openedBy === 'focus' && !this.pinned) this.close();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.tooltip.isOpen) {
      this.close();
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
    if (this.tooltip.isOpen && this.onCardKey(e)) {
      e.preventDefault();
      return;
    }
    const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const list = this.model.inDocumentOrder();
    if (!list.length) return;
    e.preventDefault();
    this.step(step);
  }

  /** Alt+Shift+C copy, S save, P pin, PageDown / PageUp scroll the open card. */
  private onCardKey(e: KeyboardEvent): boolean {
    switch (e.code) {
      case 'KeyC':
        void this.copy();
        return true;
      case 'KeyS':
        void this.toggleSave();
        return true;
      case 'KeyP':
        this.togglePin();
        return true;
      case 'PageDown':
        this.tooltip.scrollCard(1);
        return true;
      case 'PageUp':
        this.tooltip.scrollCard(-1);
        return true;
    }
    return false;
  }

  /** The next (1) or previous (-1) term of the page, its card opened as from the keyboard. */
  private step(step: 1 | -1): void {
    const list = this.model.inDocumentOrder();
    if (!list.length) return;
    let index = this.current ? list.indexOf(this.current) : -1;
    if (index < 0) {
      // Start from the first term at or below the top of the viewport.
      index = list.findIndex((o) => (o.range.getClientRects()[0]?.bottom ?? -1) >= 0);
      if (index < 0) index = 0;
      if (step < 0) index = index - 1;
    } else index += step;
    const occ = list[(index + list.length) % list.length]!;
    scrollToRange(occ.range, 'nearest');
    this.open(occ, 0, this.pinned ? this.openedBy ?? 'keyboard' : 'keyboard');
  }

  private togglePin(): void {
    this.pinned = !this.pinned;
    this.refresh();
  }

  private async copy(): Promise<void> {
    const info = this.current && this.model.terms.get(this.current.term);
    if (!info || !this.current) return;
    this.copied = await this.actions.copy(info, this.model.explanationsOf(info.term), tooltipStrings());
    this.refresh();
  }

  private async toggleSave(): Promise<void> {
    const info = this.current && this.model.terms.get(this.current.term);
    if (info) await this.actions.toggleSave(info, this.model.explanationsOf(info.term), tooltipStrings());
  }

  /** Render the open card again (pin, copy or saved state changed). */
  private refresh(): void {
    if (this.current && this.openedBy && this.tooltip.isOpen) this.render(this.current, this.rectIndex);
  }

  private scheduleClose(): void {
    if (!this.tooltip.isOpen || this.openedBy !== 'pointer' || this.pinned) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = this.ctx.setTimeout(() => {
      if (!this.tooltip.pointerInside) this.close();
    }, CLOSE_DELAY_MS);
  }

  /** Called when the pointer leaves the tooltip card. */
  onTooltipLeave(): void {
    if (this.openedBy === 'pointer') this.scheduleClose();
  }

  open(occ: Occurrence, rectIndex: number, by: OpenedBy): void {
    if (!this.model.terms.has(occ.term)) return;
    clearTimeout(this.closeTimer);
    const fresh = occ !== this.current;
    this.current = occ;
    this.openedBy = by;
    this.rectIndex = rectIndex;
    if (fresh) this.copied = false;
    this.highlighter.setActive(occ.range);
    this.render(occ, rectIndex);
    // Nothing moves focus to the card, so a card opened without the pointer is read out.
    const info = this.model.terms.get(occ.term)!;
    if (fresh && (by === 'keyboard' || by === 'focus')) this.tooltip.announce(tooltipStrings().announce(info.term, announcement(info, this.model.explanationsOf(occ.term))));
  }

  private render(occ: Occurrence, rectIndex: number): void {
    const info = this.model.terms.get(occ.term);
    if (!info) return;
    const strings = tooltipStrings();
    const { anchor, placement } = cardAnchor(occ, rectIndex);
    this.tooltip.open(
      anchor,
      {
        info,
        surface: occ.range.toString(),
        explanations: this.model.explanationsOf(occ.term),
        strings,
        onReveal: (evidence) => {
          scrollToRange(evidence, 'center');
          this.highlighter.flashRange(evidence);
        },
        controls: {
          pinned: this.pinned,
          saved: this.actions.isSaved(info.term),
          copied: this.copied,
          onPin: () => this.togglePin(),
          onStep: (direction) => this.step(direction),
          onCopy: () => void this.copy(),
          onSave: () => void this.toggleSave(),
        },
      },
      placement,
    );
  }
}

/** What a screen reader hears for a card: the English (when known) and the first explanation. */
function announcement(info: { summary: string; entry?: { english?: string } }, explanations: ReturnType<PageModel['explanationsOf']>): string {
  const first = explanations[0];
  const text =
    first?.from === 'page' ? first.definition.members.join('、') : first?.from === 'remembered' ? first.memory.members.join('、') : first?.from === 'glossary' && first.entry ? first.entry.summary : info.summary;
  return [info.entry?.english, text].filter(Boolean).join(' — ');
}

function caretAt(doc: CaretDoc, x: number, y: number): Node | null {
  if (doc.caretPositionFromPoint) return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  if (doc.caretRangeFromPoint) return doc.caretRangeFromPoint(x, y)?.startContainer ?? null;
  return null;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Scroll so a range is visible (Range has no scrollIntoView; its element does). */
export function scrollToRange(range: Range, block: ScrollLogicalPosition): void {
  const rect = range.getBoundingClientRect();
  const view = range.startContainer.ownerDocument?.defaultView;
  if (view && block === 'nearest' && rect.top >= 0 && rect.bottom <= view.innerHeight) return;
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block, inline: 'nearest', behavior: 'auto' });
}
