// Finds the element that holds an HTML page's article body. News and government CMS pages wrap
// the body in a site-specific container (<div class="conTxt">, <div id="zoom">, <div
// class="TRS_Editor"> …), so instead of knowing class names we score containers by the Chinese
// text their paragraphs carry, discounting link text (menus, "related articles" lists), in the
// spirit of Mozilla Readability: a paragraph's score counts for its own element, fully for its
// parent and half for its grandparent, so the element whose children hold the prose wins.

import { isBlockElement } from './html-blocks';
import { HAN_RANGES } from '../core/han';

const CJK = new RegExp(`[${HAN_RANGES}]`, 'g');

/** The article container holds at least this share of the page's prose (link text excluded). */
const MIN_SHARE_OF_PAGE = 0.5;

/** Semantic wrappers that, when they enclose the winner, are the better boundary (title included). */
const SEMANTIC_CONTAINERS = new Set(['article', 'main']);

interface BlockText {
  cjk: number;
  linkCjk: number;
}

export function findMainContent(body: Element): Element {
  const own = new Map<Element, BlockText>();
  collectBlockText(body, body, false, own);

  const scores = new Map<Element, number>();
  let pageProse = 0;
  for (const [block, { cjk, linkCjk }] of own) {
    const prose = cjk - linkCjk;
    if (prose <= 0) continue;
    pageProse += prose;
    const parent = block === body ? null : block.parentElement;
    const grandparent = parent && parent !== body ? parent.parentElement : null;
    bump(scores, block, prose);
    if (parent) bump(scores, parent, prose);
    if (grandparent) bump(scores, grandparent, prose / 2);
  }

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  if (!best || best === body) return body;
  // An article split over sibling containers (one <section> per paragraph) makes a single
  // section win; widen to the nearest ancestor that holds most of the page's prose.
  let container: Element = best;
  while (container !== body && proseInside(container, own) < MIN_SHARE_OF_PAGE * pageProse) {
    container = container.parentElement ?? body;
  }
  // linkedom keeps an explicit <body> as an element under the root: it is the whole page too.
  if (container === body || container.localName === 'body') return body;
  return innermostSemanticAncestor(container, body) ?? container;
}

function bump(scores: Map<Element, number>, el: Element, by: number): void {
  scores.set(el, (scores.get(el) ?? 0) + by);
}

/**
 * Attributes every text node's CJK count to its nearest block ancestor. Iterative (an explicit
 * stack) so that markup nested thousands deep cannot overflow the call stack.
 */
function collectBlockText(root: Element, rootBlock: Element, rootInLink: boolean, own: Map<Element, BlockText>): void {
  const stack: { node: Element; block: Element; inLink: boolean }[] = [{ node: root, block: rootBlock, inLink: rootInLink }];
  while (stack.length > 0) {
    const { node, block, inLink } = stack.pop()!;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const cjk = child.nodeValue?.match(CJK)?.length ?? 0;
        if (cjk === 0) continue;
        const entry = own.get(block) ?? { cjk: 0, linkCjk: 0 };
        entry.cjk += cjk;
        if (inLink) entry.linkCjk += cjk;
        own.set(block, entry);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        stack.push({ node: el, block: isBlockElement(el) ? el : block, inLink: inLink || el.localName === 'a' });
      }
    }
  }
}

function proseInside(container: Element, own: Map<Element, BlockText>): number {
  let total = 0;
  for (const [block, { cjk, linkCjk }] of own) {
    if (container.contains(block)) total += cjk - linkCjk;
  }
  return total;
}

function innermostSemanticAncestor(el: Element, body: Element): Element | null {
  for (let cur: Element | null = el; cur && cur !== body; cur = cur.parentElement) {
    if (SEMANTIC_CONTAINERS.has(cur.localName) || cur.getAttribute('role') === 'main' || cur.getAttribute('itemprop') === 'articleBody') {
      return cur;
    }
  }
  return null;
}

/**
 * The page title that belongs to a content container found by scoring: CMS templates put the
 * <h1>/<h2> just before the body container, a level or two up. Looking only a few levels up
 * keeps the site logo's <h1> in the page header out.
 */
export function findTitleFor(container: Element, body: Element): Element | null {
  if (container.querySelector('h1, h2')) return null;
  let cur: Element | null = container;
  for (let level = 0; level < 3 && cur && cur !== body; level++) {
    const parent: Element | null = cur.parentElement;
    if (!parent) break;
    const headings = Array.from(parent.querySelectorAll('h1, h2')).filter(
      (h) => !container.contains(h) && precedes(h, container) && (h.textContent ?? '').trim() !== '',
    );
    const last = headings.at(-1);
    if (last) return last;
    cur = parent;
  }
  return null;
}

function precedes(a: Node, b: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING (4): b follows a.
  return (a.compareDocumentPosition(b) & 4) !== 0;
}
