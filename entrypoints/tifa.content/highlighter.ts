// Paints occurrences with the CSS Custom Highlight API: no DOM changes, one named highlight per
// category. ::highlight() rules only apply from the page's own style sheets (not from a shadow
// root), so one <style> goes into the page. Where the API is missing (Firefox < 140, old
// Safari) nothing is painted; hover still works because hit testing uses the stored ranges.
import type { Category } from '../../core/types';
import type { Occurrence } from './page-model';
import { pageIsDark } from './page-theme';

export const CATEGORY_HIGHLIGHT: Record<Category, string> = {
  formula: 'tifa-formula',
  enumeration: 'tifa-enumeration',
  policy: 'tifa-policy',
};
const ACTIVE = 'tifa-active';
const FLASH = 'tifa-flash';

// Translucent fills keep the page's own text colour readable; the underline carries the
// category where the fill is faint. Dark pages (see page-theme.ts) get brighter underlines and
// fills that still stand out against a near-black background without washing out light text.
const LIGHT_RULES = `
::highlight(tifa-formula){background-color:rgba(255,184,0,.30);text-decoration:underline 2px rgba(214,120,0,.9)}
::highlight(tifa-enumeration){background-color:rgba(40,150,255,.24);text-decoration:underline 2px rgba(30,110,220,.9)}
::highlight(tifa-policy){background-color:rgba(30,190,120,.24);text-decoration:underline 2px rgba(20,140,90,.9)}
::highlight(tifa-active){background-color:rgba(255,120,40,.45)}
::highlight(tifa-flash){background-color:rgba(255,90,0,.65)}
`;
const DARK_RULES = `
::highlight(tifa-formula){background-color:rgba(255,190,60,.26);text-decoration:underline 2px rgb(255,196,77)}
::highlight(tifa-enumeration){background-color:rgba(100,170,255,.28);text-decoration:underline 2px rgb(138,180,248)}
::highlight(tifa-policy){background-color:rgba(70,210,150,.24);text-decoration:underline 2px rgb(102,221,164)}
::highlight(tifa-active){background-color:rgba(255,150,70,.42)}
::highlight(tifa-flash){background-color:rgba(255,120,40,.6)}
`;

export class Highlighter {
  readonly supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  private readonly byCategory = new Map<Category, Highlight>();
  private active: Highlight | null = null;
  private flash: Highlight | null = null;
  private style: HTMLStyleElement | null = null;
  private shown = false;
  /** Decided once, when highlights are first shown (the page has its styles by then). */
  dark: boolean | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {
    if (!this.supported) return;
    for (const category of Object.keys(CATEGORY_HIGHLIGHT) as Category[]) {
      const h = new Highlight();
      h.priority = 1;
      this.byCategory.set(category, h);
    }
    this.active = new Highlight();
    this.active.priority = 2;
    this.flash = new Highlight();
    this.flash.priority = 3;
  }

  add(occurrences: readonly Occurrence[]): void {
    for (const o of occurrences) this.byCategory.get(o.category)?.add(o.range);
  }

  remove(occurrences: readonly Occurrence[]): void {
    for (const o of occurrences) this.byCategory.get(o.category)?.delete(o.range);
  }

  show(): void {
    if (!this.supported || this.shown) return;
    this.shown = true;
    if (!this.style || !this.style.isConnected) {
      this.dark ??= pageIsDark(this.doc);
      this.style = this.doc.createElement('style');
      this.style.dataset.tifa = this.dark ? 'dark' : 'light';
      this.style.textContent = this.dark ? DARK_RULES : LIGHT_RULES;
      (this.doc.head ?? this.doc.documentElement).append(this.style);
    }
    for (const [category, h] of this.byCategory) CSS.highlights.set(CATEGORY_HIGHLIGHT[category], h);
    CSS.highlights.set(ACTIVE, this.active!);
    CSS.highlights.set(FLASH, this.flash!);
  }

  hide(): void {
    if (!this.supported || !this.shown) return;
    this.shown = false;
    for (const name of [...Object.values(CATEGORY_HIGHLIGHT), ACTIVE, FLASH]) CSS.highlights.delete(name);
  }

  /** Mark the term the tooltip is about (hover, keyboard). */
  setActive(range: Range | null): void {
    if (!this.active) return;
    this.active.clear();
    if (range) this.active.add(range);
  }

  /** Briefly light up a range the reader asked to see; falls back to the selection. */
  flashRange(range: Range, ms = 1600): void {
    clearTimeout(this.flashTimer);
    if (this.flash) {
      CSS.highlights.set(FLASH, this.flash);
      this.flash.clear();
      this.flash.add(range);
      this.flashTimer = setTimeout(() => this.flash?.clear(), ms);
      return;
    }
    const selection = this.doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    this.hide();
    this.style?.remove();
    this.style = null;
  }
}
