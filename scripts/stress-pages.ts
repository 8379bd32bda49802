// Unusual pages that once stalled the content script (issue 11 item 5), shared by the browser
// test (tests/e2e/stress-pages.test.ts) and the e2e bench (bench/e2e.ts). Each is built from
// the seed article's real text.
import { escapeHtml, readArticle, SEED_ARTICLE } from './serve-fixtures';

const seedLines = () => readArticle(SEED_ARTICLE).split('\n').map((l) => l.trim()).filter(Boolean).slice(1);

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** 50,000 paragraphs of four Text nodes each: 200k Text nodes, 50k blocks. */
export function manyNodesPage(paragraphs = 50_000): string {
  const lines = seedLines();
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const line = lines[i % lines.length]!;
    const q = Math.max(1, Math.floor(line.length / 4));
    // Short pieces: the node count, not the text, is what this page is about.
    const [a, b, c, d] = [line.slice(0, q), line.slice(q, 2 * q), line.slice(2 * q, 3 * q), line.slice(3 * q, 4 * q)].map((s) => escapeHtml(s.slice(0, 12) || '。'));
    parts.push(`<p>${a}<b>${b}</b>${c}<i>${d}</i></p>`);
  }
  return page('二十万个文本节点', `<article>${parts.join('\n')}</article>`);
}

/**
 * `depth` nested <aside>s inside an <article> (so they are read, not skipped as sidebars), with
 * Chinese text at the bottom, and a script that appends a Chinese text node to the innermost one
 * every 100 ms (`appendForMs`).
 */
export function deepAsidesPage(depth = 1800, appendForMs = 10_000): string {
  const line = escapeHtml(seedLines().find((l) => l.includes('四个意识'))!);
  const open = '<aside>'.repeat(depth);
  const close = '</aside>'.repeat(depth);
  return page(
    '深层嵌套',
    `<article><p>${line}</p>${open}<p id="deepest">${line}</p>${close}</article>
<script>
  const started = performance.now();
  const deepest = document.getElementById('deepest');
  let n = 0;
  const timer = setInterval(() => {
    if (performance.now() - started > ${appendForMs}) return clearInterval(timer);
    deepest.append(document.createTextNode('第' + (++n) + '次：坚决做到“两个维护”。'));
  }, 100);
</script>`,
  );
}

/** One Text node of `chars` characters of article text (no markup inside). */
export function hugeNodeText(chars = 5_000_000): string {
  const text = seedLines().join('');
  return text.repeat(Math.ceil(chars / text.length)).slice(0, chars);
}

export function hugeNodePage(chars = 5_000_000): string {
  return page('五百万字', `<article><p id="huge">${escapeHtml(hugeNodeText(chars))}</p></article>`);
}

/**
 * Runs in the page from its first script on (addInitScript): collects long tasks after
 * DOMContentLoaded. With the content script's own long-slice measures (test builds), the
 * probes below tell Tifa's stretches from the page's own.
 */
export const LONG_TASK_PROBE = `(() => {
  const p = (window.__tifaStress = { dcl: -1, longTasks: [] });
  addEventListener('DOMContentLoaded', () => (p.dcl = performance.now()));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (p.dcl >= 0 && e.startTime >= p.dcl) p.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** The content script's longest own stretch between yields (tifa:long-slice, over 16 ms), in ms. */
export const longestTifaSlice = (): number =>
  Math.max(0, ...performance.getEntriesByName('tifa:long-slice').map((m) => m.duration));
