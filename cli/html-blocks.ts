// Which HTML elements start a new line of text, and which never hold readable text.

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Never visible as text, or site chrome rather than content. */
const NON_CONTENT_TAGS = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'canvas', 'audio', 'video', 'select', 'button', 'textarea', 'input', 'nav', 'aside', 'footer',
]);

const NON_CONTENT_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

export function isNonContent(el: Element): boolean {
  if (NON_CONTENT_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && NON_CONTENT_ROLES.has(role)) return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}
