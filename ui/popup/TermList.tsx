import { useState } from 'preact/hooks';
import type { Category } from '../../core/types';
import { tab, type PageTerm } from '../../lib/protocol';
import { t } from '../../lib/ui/i18n';
import { CATEGORY_ORDER, categoryLabel } from '../../lib/ui/labels';

interface Props {
  terms: PageTerm[];
  tabId: number;
}

/** Terms of the page grouped by category; a click shows the next occurrence on the page. */
export function TermList({ terms, tabId }: Props) {
  // Per term: the occurrence the next click shows, and what the last click showed.
  const [next, setNext] = useState<Record<string, number>>({});
  const [shown, setShown] = useState<{ term: string; text: string } | null>(null);

  const reveal = async (term: PageTerm): Promise<void> => {
    try {
      const reply = await tab.sendMessage('revealTerm', { term: term.term, index: next[term.term] ?? 0 }, tabId);
      // The page changed since the list was made (dynamic page, or highlights just switched off).
      if (reply.total === 0) return setShown({ term: term.term, text: t('stateNoTerms') });
      setNext((n) => ({ ...n, [term.term]: (reply.shown + 1) % Math.max(reply.total, 1) }));
      setShown({ term: term.term, text: t('popupRevealed', reply.shown + 1, reply.total) });
    } catch {
      setShown({ term: term.term, text: t('stateUnreachable') });
    }
  };

  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    terms: terms.filter((x) => x.category === category),
  })).filter((g) => g.terms.length > 0);

  return (
    <div class="term-groups">
      {groups.map((g) => (
        <section class="term-group" key={g.category} aria-labelledby={`group-${g.category}`}>
          <h3 id={`group-${g.category}`} class="group-heading">
            <span class={`dot cat-${g.category}`} aria-hidden="true" />
            {categoryLabel(g.category as Category)}
            <span class="group-count">{g.terms.length}</span>
          </h3>
          <ul class="term-list">
            {g.terms.map((term) => (
              <li key={term.term}>
                <button
                  type="button"
                  class="term-row"
                  data-term={term.term}
                  title={t('popupRevealHint', (next[term.term] ?? 0) + 1, term.count)}
                  onClick={() => void reveal(term)}
                >
                  <span class="term-main">
                    <span class="term-text" lang="zh-CN">{term.term}</span>
                    {term.definedOnPage && (
                      <span class="defined-mark" title={t('popupDefinedOnPageHint')}>
                        {t('popupDefinedOnPage')}
                      </span>
                    )}
                    <span class="term-count" aria-label={t('popupOccurrences', term.count)}>
                      {term.count}
                    </span>
                  </span>
                  {term.summary && <span class="term-summary" lang="zh-CN">{term.summary}</span>}
                  {shown?.term === term.term && (
                    <span class="term-shown" role="status">
                      {shown.text}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
