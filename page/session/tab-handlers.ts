// Answers the popup (TabProtocol). Only the top frame answers: tabs.sendMessage without a
// frameId reaches every frame and the first reply wins, so iframes stay silent.
import { tab, type PageStatus, type PageTerm } from '../../lib/protocol';
import type { Highlighter } from '../paint/highlighter';
import { scrollToRange } from '../card/interaction';
import { tooltipStrings } from '../card/strings';
import { termRecord } from '../card/term-record';
import type { PageModel } from '../page-model';

export interface PageState {
  status(): PageStatus;
  error(): string | undefined;
}

export function registerTabHandlers(state: PageState, model: PageModel | null, highlighter: Highlighter | null): () => void {
  const removers = [
    tab.onMessage('getPageTerms', () => {
      const status = state.status();
      const terms: PageTerm[] = model && status !== 'disabled' ? model.pageTerms() : [];
      const error = state.error();
      return error === undefined ? { status, terms } : { status, terms, error };
    }),
    tab.onMessage('revealTerm', ({ data }) => {
      const list = model?.occurrencesOf(data.term) ?? [];
      if (!list.length) return { shown: -1, total: 0 };
      const shown = (((data.index ?? 0) % list.length) + list.length) % list.length;
      const range = list[shown]!.range;
      scrollToRange(range, 'center');
      highlighter?.flashRange(range);
      return { shown, total: list.length };
    }),
    // The popup cannot read tabs.Tab.url without a host or tabs permission; the page tells it.
    tab.onMessage('getPageInfo', () => ({ url: location.href })),
    tab.onMessage('getPageGlossary', () => {
      if (!model || state.status() === 'disabled') return [];
      const page = { title: document.title.trim(), url: location.href, now: new Date() };
      return model
        .pageTerms()
        .map((t) => model.terms.get(t.term))
        .filter((info) => info !== undefined)
        .map((info) => termRecord(info, model.explanationsOf(info.term), page, tooltipStrings()));
    }),
  ];
  return () => removers.forEach((remove) => remove());
}
