// The provisional first highlight (engine still loading) must show only what the full result
// shows too, on real articles: a reader should not see a term light up and then vanish.
import { describe, expect, it } from 'vitest';
import { createQuickMatcher, QUICK_MATCH_MIN_CHARS } from '../../core/engine';
import { getNodeEngine } from '../../core/node/engine';
import { bundledGlossary } from '../../core/bundled-glossary';
import { article, articleFiles, seedArticle } from './core-article-fixtures';

const quick = createQuickMatcher(bundledGlossary);
const full = getNodeEngine();

const spans = (a: ReturnType<typeof quick.annotate>) =>
  a.terms.flatMap((t) => t.occurrences.map((o) => `${t.term}@${o.start}-${o.end}`));

describe('createQuickMatcher (no jieba)', () => {
  it('finds the seed article\'s long glossary terms at the offsets the full engine reports', () => {
    const provisional = quick.annotate(seedArticle);
    const terms = provisional.terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['四个意识', '两个维护']));
    for (const t of provisional.terms) {
      expect(t.source).toBe('glossary');
      expect(t.entryId).toBeDefined();
      for (const o of t.occurrences) expect(seedArticle.slice(o.start, o.end)).toBe(t.surfaces.find((s) => seedArticle.slice(o.start, o.end) === s));
    }
    const fullSpans = new Set(spans(full.annotate(seedArticle)));
    expect(spans(provisional).filter((s) => !fullSpans.has(s))).toEqual([]);
    expect(provisional.defined).toEqual([]);
  });

  it('leaves out keys shorter than the minimum (they could sit inside a longer word)', () => {
    const short = bundledGlossary.entries.find((e) => !e.definedOnly && e.term.length < QUICK_MATCH_MIN_CHARS && e.variants.every((v) => v.length < QUICK_MATCH_MIN_CHARS));
    expect(short).toBeDefined();
    const text = `会上强调要把${short!.term}落到实处。`;
    expect(quick.annotate(text).terms).toEqual([]);
  });

  it.each(articleFiles)('on %s shows nothing the full engine does not (traditional text included)', (file) => {
    const text = article(file);
    const fullSpans = new Set(spans(full.annotate(text)));
    expect(spans(quick.annotate(text)).filter((s) => !fullSpans.has(s))).toEqual([]);
  });
});
