// One UI host element with a closed shadow root, created on first use. The tooltip is
// position:fixed and never focused, so opening it neither moves focus nor scrolls the page.
//
// What the page can reach: the host is a plain <div> (no custom element name a page could
// detect, or define itself to take over the host: a page's own <tifa-ui> once stopped the card),
// appended to <html> after <body> when the first card opens. Its shadow root is closed, so page
// scripts cannot read or edit the card (which may show the reader's private glossary entries):
// host.shadowRoot is null for them. Test builds hand the root to the browser tests through the
// isolated world (lib/debug.ts exposeForTests), out of the page's reach.
import { h, render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { DEBUG, exposeForTests, markWithDetail, OPEN_CARD_FOR_TESTS } from '../../lib/debug';
import type { CardPlacement } from './placement';
import { TOOLTIP_CSS } from './styles';
import { Tooltip, type TooltipProps } from './Tooltip';

export class TooltipHost {
  private host: HTMLElement | null = null;
  private box: HTMLDivElement | null = null;
  /** Polite live region: a card opened from the keyboard is read out (aria-live, not focus). */
  private live: HTMLDivElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  /** True while the pointer is over the tooltip (so leaving the term for the card keeps it open). */
  pointerInside = false;
  isOpen = false;

  constructor(
    private readonly doc: Document,
    private readonly onPointerLeave: () => void,
    /** Whether the page is dark (the card follows the page, not the OS theme). */
    private readonly pageIsDark: () => boolean,
  ) {}

  private mount(): HTMLDivElement {
    if (this.box && this.host?.isConnected) return this.box;
    const host = this.doc.createElement(OPEN_CARD_FOR_TESTS ? 'tifa-ui' : 'div');
    // Zero-size and out of the page's layout; only the fixed card inside is visible.
    host.style.cssText = 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647';
    const shadow = host.attachShadow({ mode: OPEN_CARD_FOR_TESTS ? 'open' : 'closed' });
    if (DEBUG) exposeForTests('cardRoot', () => (host.isConnected ? shadow : null));
    const style = this.doc.createElement('style');
    style.textContent = TOOLTIP_CSS;
    const box = this.doc.createElement('div');
    box.className = this.pageIsDark() ? 'tip dark' : 'tip';
    // A non-modal dialog, not a tooltip: the card holds buttons (pin, copy, save, jump).
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'false');
    box.hidden = true;
    box.addEventListener('pointerenter', () => (this.pointerInside = true));
    box.addEventListener('pointerleave', () => {
      this.pointerInside = false;
      this.onPointerLeave();
    });
    const live = this.doc.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    shadow.append(style, box, live);
    this.live = live;
    this.doc.documentElement.append(host);
    this.host = host;
    this.box = box;
    return box;
  }

  open(anchor: VirtualElement, props: TooltipProps, where?: CardPlacement): void {
    const box = this.mount();
    render(h(Tooltip, props), box);
    box.setAttribute('aria-label', props.info.term);
    box.style.maxWidth = where ? `${where.maxWidth}px` : '';
    box.hidden = false;
    // Test builds only: what the card shows, for browsers whose tests cannot reach our world.
    if (DEBUG) markWithDetail('card', { term: box.querySelector('.term')?.textContent ?? '', text: box.textContent ?? '' });
    this.isOpen = true;
    this.stopAutoUpdate?.();
    const place = () =>
      void computePosition(anchor, box, {
        strategy: 'fixed',
        placement: where?.placement ?? 'bottom-start',
        middleware: [
          offset(where?.beside ? 12 : 6),
          flip({ padding: 8 }),
          // crossAxis: a pinned card whose term scrolls out of view stays on screen.
          shift({ padding: 8, crossAxis: true }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              box.style.maxHeight = `${Math.max(120, Math.min(availableHeight, 480))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        box.style.left = `${x}px`;
        box.style.top = `${y}px`;
      });
    this.stopAutoUpdate = autoUpdate(anchor, box, place, { animationFrame: false });
  }

  /** Read `text` out through the live region (a card opened without the pointer). */
  announce(text: string): void {
    this.mount();
    if (!this.live) return;
    // Cleared first, so the same term announced twice is still a change.
    this.live.textContent = '';
    const live = this.live;
    setTimeout(() => (live.textContent = text), 50);
  }

  /** Scroll the card's content by about a page (keyboard scrolling without moving focus). */
  scrollCard(direction: 1 | -1): void {
    const body = this.box?.querySelector<HTMLElement>('.scroll');
    body?.scrollBy({ top: direction * Math.max(40, body.clientHeight - 40), behavior: 'auto' });
  }

  close(): void {
    if (!this.isOpen || !this.box) return;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    render(null, this.box);
    this.box.hidden = true;
    this.isOpen = false;
    this.pointerInside = false;
  }

  /** Whether an event came from inside the tooltip (events are retargeted to the host). */
  owns(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  destroy(): void {
    this.close();
    if (this.box) render(null, this.box);
    this.host?.remove();
    this.host = null;
    this.box = null;
  }
}
