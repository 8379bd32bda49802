// The named highlights and their page style sheet, shared by the loader's first paint
// (early/first-paint.ts) and the page script's Highlighter. ::highlight() rules only apply from
// the page's own style sheets (not from a shadow root), so one <style> goes into the page.
import type { Category } from '../../core/types';

export const CATEGORY_HIGHLIGHT: Record<Category, string> = {
  formula: 'tifa-formula',
  enumeration: 'tifa-enumeration',
  policy: 'tifa-policy',
};
export const ACTIVE_HIGHLIGHT = 'tifa-active';
export const FLASH_HIGHLIGHT = 'tifa-flash';

// Two channels tell the categories apart, so colour is never the only one: the fill, and the
// underline's style (formula solid, list label double, policy term dotted; light pages: yellow / blue / rose). The fills are chosen
// to stay apart under simulated protanopia, deuteranopia and tritanopia (highlight-palette test:
// Machado et al. 2009, CIELAB distance); the translucent fills keep the page's text readable.
// Dark pages (see page-theme.ts) get fills that stand out on near-black without washing out text.
export const LIGHT_RULES = `
::highlight(tifa-formula){background-color:rgba(240,220,0,.30);text-decoration:underline solid 2px rgb(150,120,0)}
::highlight(tifa-enumeration){background-color:rgba(0,100,230,.25);text-decoration:underline double 3px rgb(0,80,190)}
::highlight(tifa-policy){background-color:rgba(220,40,40,.25);text-decoration:underline dotted 2px rgb(180,30,30)}
::highlight(tifa-active){background-color:rgba(255,120,40,.45)}
::highlight(tifa-flash){background-color:rgba(255,90,0,.65)}
`;
export const DARK_RULES = `
::highlight(tifa-formula){background-color:rgba(255,190,60,.35);text-decoration:underline solid 2px rgb(255,196,77)}
::highlight(tifa-enumeration){background-color:rgba(150,100,255,.40);text-decoration:underline double 3px rgb(190,160,255)}
::highlight(tifa-policy){background-color:rgba(70,210,150,.30);text-decoration:underline dotted 2px rgb(102,221,164)}
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
