// The named highlights and their page style sheet, shared by the loader's first paint
// (page/loader/first-paint.ts) and the page script's Highlighter. ::highlight() rules only apply from
// the page's own style sheets (not from a shadow root), so one <style> goes into the page.
import type { Category } from '../../core/types';

export const CATEGORY_HIGHLIGHT: Record<Category, string> = {
  formula: 'tifa-formula',
  enumeration: 'tifa-enumeration',
  policy: 'tifa-policy',
};
export const ACTIVE_HIGHLIGHT = 'tifa-active';
export const FLASH_HIGHLIGHT = 'tifa-flash';

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

/** Where the API is missing (Firefox < 140, old Safari) nothing is painted. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function insertHighlightStyle(doc: Document, dark: boolean): HTMLStyleElement {
  const style = doc.createElement('style');
  style.dataset.tifa = dark ? 'dark' : 'light';
  style.textContent = dark ? DARK_RULES : LIGHT_RULES;
  (doc.head ?? doc.documentElement).append(style);
  return style;
}

/** One highlight per category, painted under the term-state highlights (active, flash). */
export function categoryHighlights(): Map<Category, Highlight> {
  const byCategory = new Map<Category, Highlight>();
  for (const category of Object.keys(CATEGORY_HIGHLIGHT) as Category[]) {
    const h = new Highlight();
    h.priority = 1;
    byCategory.set(category, h);
  }
  return byCategory;
}
