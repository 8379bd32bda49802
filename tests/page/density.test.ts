// Highlight density over the seed article's real occurrences: first only keeps one per term,
// the earliest; numbered formulas only drops the policy terms.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getNodeEngine } from '../../core/node/engine';
import { buildAnnotateResult } from '../../lib/annotate-result';
import { PageModel } from '../../page/page-model';
import { shownOccurrences } from '../../page/paint/density';
import { collectBlocks, type Slicer } from '../../page/text/collect-text';
import { buildChunks } from '../../page/text/chunks';

const seed = readFileSync(resolve(__dirname, '../../glossary/articles/qinglian-jiguan-2019.txt'), 'utf8');
const noYield: Slicer = { maybeYield: async () => {}, restart: () => {} };

describe('highlight density', async () => {
  document.body.replaceChildren();
  const article = document.createElement('article');
  for (const line of seed.split('\n').filter((l) => l.trim())) article.append(Object.assign(document.createElement('p'), { textContent: line }));
  document.body.append(article);
  const engine = getNodeEngine();
  const entries = new Map(engine.glossary.entries.map((e) => [e.id, e]));
  const model = new PageModel();
  for (const chunk of buildChunks(await collectBlocks(article, noYield), 600, 300)) model.addChunk(chunk, buildAnnotateResult(engine.annotate(chunk.text), entries));
  const all = model.inDocumentOrder();

  it('all: every occurrence', () => {
    expect(shownOccurrences(all, 'all')).toHaveLength(all.length);
  });

  it('first: one per term, its first in the document', () => {
    const first = shownOccurrences(all, 'first');
    expect(first).toHaveLength(model.terms.size);
    expect(first.filter((o) => o.term === '清廉机关')).toEqual([model.occurrencesOf('清廉机关')[0]]);
  });

  it('formulas: no policy term, every formula and list label', () => {
    const formulas = shownOccurrences(all, 'formulas');
    expect(formulas.some((o) => o.category === 'policy')).toBe(false);
    expect(formulas).toHaveLength(all.filter((o) => o.category !== 'policy').length);
    expect(formulas.length).toBeGreaterThan(5);
  });
});
