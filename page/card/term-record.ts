// What the card's copy and star keep of a term: the explanation the card shows first (the
// page's own members, else the glossary entry), its citations, and the page it was read on.
import type { Explanation } from '../../core/explain';
import type { SavedTerm } from '../../lib/saved-terms-model';
import type { TermInfo } from '../page-model';
import { groupedSources } from './dedupe';
import type { Strings } from './strings';

export function termRecord(
  info: TermInfo,
  explanations: readonly Explanation<Range>[],
  page: { title: string; url: string; now: Date },
  strings: Pick<Strings, 'articleSource' | 'articleSourceMany' | 'referenceSource'>,
): SavedTerm {
  const first = explanations[0];
  const entry = info.entry;
  const sources = entry
    ? groupedSources(entry.sources).map((s) =>
        s.kind === 'article'
          ? `${s.lines.length === 1 ? strings.articleSource(s.citation, s.lines[0]!) : strings.articleSourceMany(s.citation, s.lines.join(', '))}: “${s.quote}”`
          : strings.referenceSource(s.document, s.date),
      )
    : [];
  let explanation = info.summary;
  let explainedBy: SavedTerm['explainedBy'] = info.source === 'glossary' ? 'glossary' : 'article';
  if (first?.from === 'page') {
    explanation = first.definition.members.join('、');
    explainedBy = 'page';
  } else if (first?.from === 'remembered') {
    explanation = first.memory.members.join('、');
    sources.push(`《${first.memory.title}》 ${first.memory.url} (${first.memory.date})`);
  } else if (entry) {
    explanation = [entry.summary, entry.members.map((m) => m.text).join('、')].filter(Boolean).join(' ');
  }
  if (entry?.id.startsWith('user-')) explainedBy = 'user';
  return {
    term: info.term,
    pinyin: info.pinyin,
    category: info.category,
    ...(entry?.english ? { english: entry.english } : {}),
    ...(entry?.englishSource ? { englishSource: strings.referenceSource(entry.englishSource.document, entry.englishSource.date) } : {}),
    explanation,
    explainedBy,
    sources: first?.from === 'page' ? [] : sources,
    pageTitle: page.title,
    url: page.url,
    date: page.now.toISOString().slice(0, 10),
  };
}
