// The card's place and what it leaves out: beside the text column when the margin is wide
// enough (never over the passage), below the line only on a narrow window; the glossary's
// members not repeated under the page's own identical list; each source cited once.
import { describe, expect, it } from 'vitest';
import { bundledGlossary } from '../../core/bundled-glossary';
import type { Explanation, HeldDefinition } from '../../core/explain';
import { groupedSources, membersShownByPage } from '../../page/card/dedupe';
import { chooseCardPlacement, MAX_CARD_WIDTH, MIN_SIDE_WIDTH } from '../../page/card/placement';

describe('card placement', () => {
  it('goes in the right margin of a centred column on a wide window, no wider than the margin', () => {
    const p = chooseCardPlacement({ left: 420, right: 1180 }, 1600);
    expect(p).toMatchObject({ placement: 'right-start', beside: true });
    expect(p.maxWidth).toBeLessThanOrEqual(1600 - 1180);
    expect(p.maxWidth).toBeGreaterThanOrEqual(MIN_SIDE_WIDTH);
  });

  it('uses the left margin when only that one is wide enough', () => {
    expect(chooseCardPlacement({ left: 500, right: 1000 }, 1100)).toMatchObject({ placement: 'left-start', beside: true });
  });

  it('goes below the line on a narrow window (400 px), within the window', () => {
    const p = chooseCardPlacement({ left: 16, right: 384 }, 400);
    expect(p).toMatchObject({ placement: 'bottom-start', beside: false });
    expect(p.maxWidth).toBeLessThanOrEqual(400 - 16);
    expect(chooseCardPlacement({ left: 0, right: 2000 }, 3000).maxWidth).toBe(MAX_CARD_WIDTH);
  });
});

const entry = (term: string) => bundledGlossary.entries.find((e) => e.term === term)!;

function pageDefinition(members: string[]): Explanation<null> {
  const definition: HeldDefinition<null> = { explains: 'x', label: 'x', members, items: members, evidence: null, confidence: 1 };
  return { from: 'page', definition };
}

describe('what the card says once', () => {
  it('does not repeat the glossary members of 五条原则 under the page’s identical list', () => {
    const members = entry('五条原则').members;
    expect(membersShownByPage(members, [pageDefinition(members.map((m) => m.text))])).toBe(true);
    // A page list with other members (another article's 五条原则) leaves the glossary's shown.
    expect(membersShownByPage(members, [pageDefinition(['坚持甲', '坚持乙'])])).toBe(false);
    expect(membersShownByPage(members, [])).toBe(false);
  });

  it('cites an article quoted five times once, with its paragraphs, and keeps distinct sources', () => {
    const five = entry('五条原则');
    expect(five.sources.length).toBeGreaterThan(2);
    const lines = groupedSources(five.sources);
    expect(lines).toHaveLength(1);
    const only = lines[0]!;
    expect(only.kind).toBe('article');
    const distinctLines = new Set(five.sources.map((s) => (s.kind === 'article' ? s.line : 0)));
    if (only.kind === 'article') expect(only.lines).toEqual([...distinctLines].sort((a, b) => a - b));
    // 一国两制 cites two articles: two lines, each article once.
    const twoArticles = groupedSources(entry('一国两制').sources);
    expect(twoArticles).toHaveLength(new Set(entry('一国两制').sources.map((s) => (s.kind === 'article' ? s.article : s.document))).size);
    const repeatedRef = groupedSources([
      { kind: 'reference', document: '中央政治局会议', date: '2016-01' },
      { kind: 'reference', document: '中央政治局会议', date: '2016-01' },
    ]);
    expect(repeatedRef).toHaveLength(1);
  });
});
