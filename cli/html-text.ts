// Readable text of an HTML page, laid out like the project's .txt articles: the title on the
// first line, then one paragraph per line, entities decoded, scripts and site chrome gone.
// The CLI annotates this text, so every offset it prints indexes it.

import { createRequire } from 'node:module';
import { isBlockElement, isNonContent } from './html-blocks';
import { findMainContent, findTitleFor } from './main-content';

const HTML_EXTENSIONS = /\.(x?html?|shtml|xht)$/i;

/** By extension, or by a doctype / <html> tag near the top (saved pages often end in .txt or .aspx). */
export function looksLikeHtml(path: string, text: string): boolean {
  if (HTML_EXTENSIONS.test(path)) return true;
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 4096));
}

/** Class or id names that mark navigation or page furniture on sites without semantic tags. */
const CHROME_NAMES = /(^|[\s_-])(nav|navbar|menu|footer|breadcrumbs?|sidebar|topbar|toolbar|share|copyright)($|[\s_-])/i;

type Linkedom = typeof import('linkedom');
let linkedom: Linkedom | undefined;

/**
 * linkedom, loaded on the first HTML input: plain-text runs (most of them) never pay for the
 * parser's modules. require() keeps this function synchronous for its callers.
 */
function parser(): Linkedom {
  return (linkedom ??= createRequire(import.meta.url)('linkedom') as Linkedom);
}

export function extractReadableText(html: string): string {
  // linkedom is a fast, forgiving parser (htmlparser2) rather than an HTML5 tree builder: it
  // leaves content outside an implied <body> and has no root at all for a bare fragment. So
  // the root element, not document.body, is where the page's content lives.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parser().parseHTML(source) as unknown as { document: Document };
  const body = document.documentElement;
  if (!body) return '';
  removeAll(body, isNonContent);

  const container = findMainContent(body);
  const lines: string[] = [];
  if (container === body) {
    // No trustworthy article container: the whole page, minus what is named like chrome.
    removeAll(body, (el) => CHROME_NAMES.test(`${el.id} ${el.getAttribute('class') ?? ''}`));
  } else {
    const title = findTitleFor(container, body);
    if (title) renderLines(title, lines);
  }
  renderLines(container, lines);
  const text = lines.map((l) => l.trim()).filter((l) => l !== '').join('\n');
  return text === '' ? '' : `${text}\n`;
}

function removeAll(root: Element, predicate: (el: Element) => boolean): void {
  const doomed: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    for (const child of Array.from(el.children)) {
      if (predicate(child)) doomed.push(child);
      else stack.push(child);
    }
  }
  for (const el of doomed) el.remove();
}

/**
 * Appends the element's text to `lines`, starting a new line at every block boundary and
 * <br>. Runs of HTML whitespace collapse to one space as a browser renders them; U+3000 (the
 * ideographic space Chinese texts indent with) is not HTML whitespace and stays.
 */
function renderLines(root: Element, lines: string[]): void {
  let current = '';
  const breakLine = (): void => {
    if (current !== '') lines.push(current);
    current = '';
  };
  // An explicit stack, not recursion: pages nest thousands deep (generated markup, attacks),
  // and a recursive walk would overflow the call stack. A frame is either a node to enter
  // (with whether it is inside <pre>) or the line break owed after a block's children.
  type Frame = { node: Node; inPre: boolean } | 'break';
  const stack: Frame[] = [];
  const pushChildren = (node: Node, inPre: boolean): void => {
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inPre });
  };
  pushChildren(root, root.localName === 'pre');
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame === 'break') {
      breakLine();
      continue;
    }
    const { node: child, inPre } = frame;
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      if (inPre) {
        const [first = '', ...rest] = value.split(/\r?\n/);
        current += first;
        for (const line of rest) {
          breakLine();
          current = line;
        }
      } else {
        // &nbsp; is spacing in a rendered page, not a character readers or jieba care about.
        current += value.replace(/[ \t\n\r\f]+/g, ' ').replaceAll('\u00a0', ' ');
      }
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.localName === 'br') {
        breakLine();
        continue;
      }
      const block = isBlockElement(el);
      if (block) {
        breakLine();
        stack.push('break');
      }
      pushChildren(el, inPre || el.localName === 'pre');
    }
  }
  breakLine();
}
