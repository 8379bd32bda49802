// The named highlights and their page style sheet, shared by the loader's first paint
// (page/loader/first-paint.ts) and the page script's Highlighter. ::highlight() rules only apply from
// the page's own style sheets (not from a shadow root), so one <style> goes into the page.
import type { Category } from '../../core/types';
import { DEBUG, markWithDetail } from '../../lib/debug';
import { CATEGORY_ORDER } from '../../core/categories';

/** The names Tifa's highlights are registered under in the page's CSS.highlights. */
export type HighlightNames = Record<Category | 'active' | 'flash', string>;

const NAMES_KEY = Symbol.for('tifa.highlightNames');
type WithNames = typeof globalThis & { [NAMES_KEY]?: HighlightNames };

/**
 * CSS.highlights is the page's own registry, readable by any page script, and so is the
 * <style> with the ::highlight() rules. Fixed names (tifa-formula, …) would let every page test
 * for Tifa with one CSS.highlights.has() call, so the names are random for each content-script
 * instance: the loader and the page script (two bundles, one isolated world) share them
 * through a registered symbol on that world's global, which the page cannot reach. A page can
 * still enumerate CSS.highlights and see entries it did not register (see the README).
 */
export function highlightNames(): HighlightNames {
  const g = globalThis as WithNames;
  if (!g[NAMES_KEY]) {
    const random = () => {
      const bytes = crypto.getRandomValues(new Uint8Array(6));
      // A CSS identifier must not start with a digit.
      return `h${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    };
    const names: HighlightNames = { formula: random(), enumeration: random(), policy: random(), active: random(), flash: random() };
    g[NAMES_KEY] = names;
    // Test builds only: the browser tests map the random names back to categories.
    if (DEBUG) markWithDetail('highlight-names', Object.fromEntries(Object.entries(names).map(([k, v]) => [`tifa-${k}`, v])));
  }
  return g[NAMES_KEY];
}

// Two channels tell the categories apart, so colour is never the only one: the fill, and the
// underline's style (formula solid, list label double, policy term dotted; light pages: yellow /
// blue / rose). The fills stay apart under simulated protanopia, deuteranopia and tritanopia
// (tests/unit/highlight-palette.test.ts: Machado et al. 2009, CIELAB distance); translucent fills
// keep the page's text readable. Dark pages (see page-theme.ts) get fills that stand out on
// near-black without washing out text. The names are this page's random ones (highlightNames).
export const lightRules = (n: HighlightNames) => `
::highlight(${n.formula}){background-color:rgba(240,220,0,.30);text-decoration:underline solid 2px rgb(150,120,0)}
::highlight(${n.enumeration}){background-color:rgba(0,100,230,.25);text-decoration:underline double 3px rgb(0,80,190)}
::highlight(${n.policy}){background-color:rgba(220,40,40,.25);text-decoration:underline dotted 2px rgb(180,30,30)}
::highlight(${n.active}){background-color:rgba(255,120,40,.45)}
::highlight(${n.flash}){background-color:rgba(255,90,0,.65)}
`;
export const darkRules = (n: HighlightNames) => `
::highlight(${n.formula}){background-color:rgba(255,190,60,.35);text-decoration:underline solid 2px rgb(255,196,77)}
::highlight(${n.enumeration}){background-color:rgba(150,100,255,.40);text-decoration:underline double 3px rgb(190,160,255)}
::highlight(${n.policy}){background-color:rgba(70,210,150,.30);text-decoration:underline dotted 2px rgb(102,221,164)}
::highlight(${n.active}){background-color:rgba(255,150,70,.42)}
::highlight(${n.flash}){background-color:rgba(255,120,40,.6)}
`;

/** Where the API is missing (Firefox < 140, old Safari) nothing is painted. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function insertHighlightStyle(doc: Document, dark: boolean): HTMLStyleElement {
  // No attribute marks it as Tifa's: a page sees one more <style> with ::highlight() rules.
  const style = doc.createElement('style');
  style.textContent = dark ? darkRules(highlightNames()) : lightRules(highlightNames());
  if (DEBUG) markWithDetail('palette', dark ? 'dark' : 'light');
  (doc.head ?? doc.documentElement).append(style);
  return style;
}

/** One highlight per category, painted under the term-state highlights (active, flash). */
export function categoryHighlights(): Map<Category, Highlight> {
  const byCategory = new Map<Category, Highlight>();
  for (const category of CATEGORY_ORDER) {
    const h = new Highlight();
    h.priority = 1;
    byCategory.set(category, h);
  }
  return byCategory;
}
