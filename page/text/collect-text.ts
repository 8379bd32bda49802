// Which text of a page is read: the visible text of every block with Chinese, in document order,
// page chrome (menus, site header and footer, sidebars) and our own UI left out, collected in
// time slices. chunks.ts joins the blocks into chunks; span-range.ts maps answers back to Ranges.
import { HAN_CHAR as CJK } from '../../core/han';


const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'PRE', 'CODE', 'KBD', 'SAMP',
  'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HGROUP', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);


export interface BlockText {
  block: Element;
  text: string;
  nodes: Text[];
}

/** Menus and link bars: never prose, wherever they sit. */
const NAV_TAGS = new Set(['NAV']);
const NAV_ROLES = new Set(['navigation', 'menu', 'menubar']);
/**
 * Site header, footer and sidebars: chrome at page level, but inside an article a <header>
 * holds the article's own title and byline, and an <aside> a note on the text, so those stay.
 */
const PAGE_CHROME_TAGS = new Set(['HEADER', 'FOOTER', 'ASIDE']);
const PAGE_CHROME_ROLES = new Set(['banner', 'contentinfo', 'complementary']);
const CONTENT_LANDMARKS = 'article, main, [role="main"], [role="article"]';

/**
 * Page chrome (menus, site header/footer, sidebars, hidden-from-readers parts): its 提法 are
 * link texts and slogans, not what the reader reads. An element that holds the article itself
 * is never chrome: some sites wrap their <main> in a <header> or mark it aria-hidden while a
 * cookie dialog is open. `insideContent`: an ancestor of `el` is a content landmark (passed in
 * by callers that walk down the tree, so no call climbs the ancestors again: on 2,000 nested
 * <aside>s that climb, for each of them, made every mutation quadratic in the depth).
 */
function isPageChrome(el: Element, insideContent: boolean): boolean {
  const role = el.getAttribute('role');
  let chrome: 'always' | 'outside-content' | null = null;
  if (NAV_TAGS.has(el.tagName) || (role !== null && NAV_ROLES.has(role)) || el.getAttribute('aria-hidden') === 'true') {
    chrome = 'always';
  } else if (PAGE_CHROME_TAGS.has(el.tagName) || (role !== null && PAGE_CHROME_ROLES.has(role))) {
    chrome = 'outside-content';
  }
  if (chrome === null) return false;
  if (chrome === 'outside-content' && insideContent) return false;
  return el.querySelector(CONTENT_LANDMARKS) === null;
}

function isSkipped(el: Element, insideContent: boolean): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return isPageChrome(el, insideContent);
}

export function closestBlock(node: Node): Element {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? node.ownerDocument!.body;
}

/**
 * True when the node sits in a subtree whose text we never read (`stopAt` and its ancestors are
 * not looked at). One climb to collect the ancestors, then one walk down deciding each with
 * what lies above it: linear in the depth.
 */
export function isInSkippedSubtree(node: Node, stopAt: Node | null): boolean {
  const chain: Element[] = [];
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  for (; el; el = el.parentElement) chain.push(el);
  let insideContent = false;
  let checking = stopAt === null;
  for (let i = chain.length - 1; i >= 0; i--) {
    const e = chain[i]!;
    if (checking && isSkipped(e, insideContent)) return true;
    if (e === stopAt) checking = true;
    if (!insideContent && e.matches(CONTENT_LANDMARKS)) insideContent = true;
  }
  return false;
}

export interface Slicer {
  /** Resolves at once while the task has time left, otherwise after yielding to the page. */
  maybeYield(): Promise<void>;
  /**
   * Resolves once the browser has rendered a frame: the page's style is then computed, so
   * checkVisibility() reads it instead of computing it (on a page of 200k nodes that first
   * computation took 1.1 s, inside our slice). Without it, visibility is not checked.
   */
  afterRender?(): Promise<void>;
  /** Work resumes in a new task (after awaiting a message): count the slice from now. */
  restart(): void;
  /** The task ends here (an await on a message follows): measure the slice (test builds). */
  end?(): void;
}

/**
 * Visible text of every block under `root` that contains Chinese, in document order. Consecutive
 * Text nodes with the same nearest block ancestor form one block (so inline markup such as
 * <b>四个</b>意识 does not split a term). With `stopAfterChars`, the walk ends at the first
 * block that takes the text collected past that length (enough for the page's first chunk).
 */
export async function collectBlocks(root: Element, slicer: Slicer, stopAfterChars = Infinity): Promise<BlockText[]> {
  const doc = root.ownerDocument;
  if (isInSkippedSubtree(root, null)) return [];
  // Whether each element visited lies inside a content landmark, known from its parent (visited
  // first, in document order): the chrome test never climbs the ancestors.
  const inside = new Map<Node, boolean>([[root, root.parentElement?.closest(CONTENT_LANDMARKS) != null]]);
  const insideContent = (el: Element): boolean => {
    const parent = el.parentNode!;
    let known = inside.get(parent);
    if (known === undefined) inside.set(parent, (known = (parent as Element).closest?.(CONTENT_LANDMARKS) != null));
    return known || (parent as Element).matches?.(CONTENT_LANDMARKS) === true;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      if (n.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = n as Element;
      const within = insideContent(el);
      if (isSkipped(el, within)) return NodeFilter.FILTER_REJECT;
      inside.set(el, within);
      return NodeFilter.FILTER_SKIP;
    },
  });
  const candidates: BlockText[] = [];
  let chars = 0;
  const keep = (b: { block: Element; parts: string[]; nodes: Text[] }) => {
    // Joined once per block, not grown node by node.
    const text = b.parts.join('');
    if (!CJK.test(text)) return;
    candidates.push({ block: b.block, text, nodes: b.nodes });
    chars += text.length + 1;
  };
  const blockOf = new Map<Element, Element>();
  let current: { block: Element; parts: string[]; nodes: Text[] } | null = null;
  let visited = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++visited % 256 === 0) await slicer.maybeYield();
    const text = n as Text;
    // Not trim(): that copies the node's text (5M characters in one node happen).
    if (!/\S/.test(text.data)) continue;
    const parent = text.parentElement!;
    let block = blockOf.get(parent);
    if (!block) blockOf.set(parent, (block = closestBlock(parent)));
    if (!current || current.block !== block) {
      if (current) keep(current);
      if (chars > stopAfterChars) return keepVisible(candidates, slicer);
      current = { block, parts: [], nodes: [] };
    }
    current.parts.push(text.data);
    current.nodes.push(text);
  }
  if (current) keep(current);
  return keepVisible(candidates, slicer);
}

/**
 * The blocks the reader can see. checkVisibility() needs the page's computed style: it is read
 * after the browser has rendered (Slicer.afterRender), a few hundred blocks per slice. A slicer
 * without afterRender (the loader's 8 ms head start) does not check: a hidden block it sends
 * makes its first chunk differ from the page script's, which then sends its own.
 */
async function keepVisible(blocks: BlockText[], slicer: Slicer): Promise<BlockText[]> {
  if (!slicer.afterRender) return blocks;
  await slicer.afterRender();
  const visible: BlockText[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (i % 128 === 127) await slicer.maybeYield();
    const b = blocks[i]!;
    if (b.block.checkVisibility?.() ?? true) visible.push(b);
  }
  return visible;
}
