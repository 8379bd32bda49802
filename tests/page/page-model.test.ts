// PageModel in a DOM, fed the real engine's answers for the seed article as the background would
// send them: occurrences become Ranges over exactly the page's text, the popup's list counts them,
// and the card's explanations come from core/explain.ts in its order.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getNodeEngine } from '../../core/node/engine';
import { buildAnnotateResult } from '../../lib/annotate-result';
import { PageModel } from '../../page/page-model';
import { collectBlocks, type Slicer } from '../../page/text/collect-text';
import { buildChunks, type TextChunk } from '../../page/text/chunks';

const seed = readFileSync(resolve(__dirname, '../../glossary/articles/qinglian-jiguan-2019.txt'), 'utf8');
const noYield: Slicer = { maybeYield: async () => {}, restart: () => {} };
const engine = getNodeEngine();
const entriesById = new Map(engine.glossary.entries.map((e) => [e.id, e]));

/** The seed article as a page: one <p> per line, built with DOM calls (no markup parsing). */
function seedPage(): HTMLElement {
  document.body.replaceChildren();
  const article = document.createElement('article');
  for (const line of seed.split('\n').filter((l) => l.trim())) {
    const p = document.createElement('p');
    p.textContent = line;
    article.append(p);
  }
  document.body.append(article);
  return article;
}

describe('PageModel on the seed article', () => {
  const model = new PageModel();
  let chunks: TextChunk[] = [];

  beforeAll(async () => {
    // Small chunks, so definitions and the terms they explain often arrive in different ones.
    chunks = buildChunks(await collectBlocks(seedPage(), noYield), 600, 300);
    for (const chunk of chunks) model.addChunk(chunk, buildAnnotateResult(engine.annotate(chunk.text), entriesById));
  });

  it('holds every occurrence as a Range over exactly the text of the term', () => {
    expect(chunks.length).toBeGreaterThan(3);
    const all = model.inDocumentOrder();
    expect(all.length).toBeGreaterThan(50);
    for (const occ of all) {
      const info = model.terms.get(occ.term)!;
      // Written as the page writes it: the canonical term or one of its glossary forms.
      const forms = [info.term, ...(info.entry ? [info.entry.term, ...info.entry.variants] : [])];
      expect(forms, occ.term).toContain(occ.range.toString());
    }
  });

  it('lists the page’s terms with the counts a reader sees and marks those the page explains', () => {
    const terms = new Map(model.pageTerms().map((t) => [t.term, t]));
    expect(terms.get('清廉机关')?.count).toBe(20);
    expect(terms.get('四个一')).toMatchObject({ count: 1, definedOnPage: true, source: 'glossary' });
    expect(terms.get('两个维护')?.definedOnPage).toBe(true);
    expect(terms.get('四个意识')?.definedOnPage).toBe(false);
  });

  it('gives the card the page’s definition first, its evidence a Range on the passage', () => {
    const [first, second] = model.explanationsOf('两个维护');
    expect(first?.from).toBe('page');
    if (first?.from !== 'page') return;
    expect(first.definition.members).toEqual(['坚决维护习近平总书记的核心地位', '坚决维护党中央权威和集中统一领导']);
    expect(first.definition.evidence.toString()).toContain('坚决维护习近平总书记的核心地位');
    expect(second?.from).toBe('glossary');
    expect(model.explanationsOf('四个意识').map((e) => e.from)).toEqual(['glossary']);
  });

  it('lists the terms in order of first occurrence, whichever chunk was answered first', async () => {
    const inOrder = model.pageTerms().map((t) => t.term);
    const firstSeen = [...new Set(model.inDocumentOrder().map((o) => o.term))];
    expect(inOrder).toEqual(firstSeen);
    // The same page with its chunks answered last-first lists the same terms in the same order.
    const reversed = new PageModel();
    const again = buildChunks(await collectBlocks(seedPage(), noYield), 600, 300);
    for (const chunk of [...again].reverse()) reversed.addChunk(chunk, buildAnnotateResult(engine.annotate(chunk.text), entriesById));
    expect(reversed.pageTerms().map((t) => t.term)).toEqual(inOrder);
  });

  it('forgets a block the page rewrites, and a term with no occurrence left', () => {
    const block = model.occurrencesOf('四个自信')[0]!.block;
    const before = model.allOccurrences().length;
    const removed = model.removeBlocks(new Set([block]));
    expect(removed.length).toBeGreaterThan(0);
    expect(model.allOccurrences().length).toBe(before - removed.length);
    expect(model.terms.has('四个自信')).toBe(false);
  });
});
