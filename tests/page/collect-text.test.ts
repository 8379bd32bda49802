// Page text → chunks → DOM Ranges, in a DOM: what the browser tests would catch only in minutes.
import { beforeEach, describe, expect, it } from 'vitest';
import { collectBlocks, type Slicer } from '../../page/text/collect-text';
import { buildChunks } from '../../page/text/chunks';
import { spanToRange } from '../../page/text/span-range';

const noYield: Slicer = { maybeYield: async () => {}, restart: () => {} };

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture markup, not page text
  return document.body;
}

describe('collectBlocks', () => {
  beforeEach(() => (document.body.innerHTML = ''));

  it('joins inline markup into one block, so <b>四个</b>意识 stays one term', async () => {
    const body = page('<article><p>增强<b>四个</b>意识，坚定四个自信。</p></article>');
    const blocks = await collectBlocks(body, noYield);
    expect(blocks.map((b) => b.text)).toEqual(['增强四个意识，坚定四个自信。']);
    expect(blocks[0]!.nodes).toHaveLength(3);
  });

  it('skips scripts, menus, the page footer and our own UI host, but keeps an aside inside the article', async () => {
    const body = page(
      '<nav>首页 两个维护</nav><script>var s = "四个意识";</script>' +
        '<article><p>做到两个维护。</p><aside>注：四个意识。</aside></article>' +
        '<footer>版权所有 四个全面</footer>',
    );
    // The card's host (page/card/tooltip-host.ts): its text is in a closed shadow root.
    const host = body.ownerDocument.createElement('div');
    host.attachShadow({ mode: 'closed' }).innerHTML = '<p>四个自信</p>';
    body.append(host);
    const blocks = await collectBlocks(body, noYield);
    expect(blocks.map((b) => b.text)).toEqual(['做到两个维护。', '注：四个意识。']);
  });

  it('leaves blocks without Chinese out', async () => {
    const body = page('<p>Only English here.</p><p>中文在此。</p>');
    expect((await collectBlocks(body, noYield)).map((b) => b.text)).toEqual(['中文在此。']);
  });
});

describe('buildChunks and spanToRange', () => {
  it('keeps the first chunk small and maps every span back to the exact DOM text', async () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `<p>第${i}段：坚持<b>两个</b>维护，增强四个意识。</p>`).join('');
    const body = page(`<article>${paragraphs}</article>`);
    const chunks = buildChunks(await collectBlocks(body, noYield), 100, 60);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]!.text.length).toBeLessThanOrEqual(60);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(100);
      for (let at = chunk.text.indexOf('两个维护'); at >= 0; at = chunk.text.indexOf('两个维护', at + 1)) {
        const mapped = spanToRange(chunk, at, at + 4);
        // The term spans <b>两个</b> and the text after it: two Text nodes, one Range.
        expect(mapped?.range.toString()).toBe('两个维护');
        expect(mapped?.nodes).toHaveLength(2);
      }
    }
  });

  it('cuts one long block at sentence ends, each piece mapping into the same Text node', async () => {
    const sentence = '坚持和加强党的全面领导。';
    const body = page(`<p>${sentence.repeat(40)}</p>`);
    const chunks = buildChunks(await collectBlocks(body, noYield), 100);
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks) {
      expect(chunk.text.endsWith('。')).toBe(true);
      const at = chunk.text.indexOf('全面领导');
      expect(spanToRange(chunk, at, at + 4)?.range.toString()).toBe('全面领导');
    }
  });
});
