import { useEffect, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../../core/types';
import { background } from '../../lib/protocol';
import { t } from '../../lib/ui/i18n';
import { categoryLabel, sourceLabel } from '../../lib/ui/labels';

const DEBOUNCE_MS = 150;

type SearchState =
  | { kind: 'idle' }
  | { kind: 'results'; query: string; entries: GlossaryEntry[] }
  | { kind: 'error'; message: string };

export function GlossarySearch() {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ kind: 'idle' });
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      background
        .sendMessage('searchGlossary', { query: q, limit: 20 })
        .then((entries) => !stale && setState({ kind: 'results', query: q, entries }))
        .catch((err: unknown) => !stale && setState({ kind: 'error', message: String((err as Error)?.message ?? err) }));
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <section class="search" aria-labelledby="search-label">
      <label id="search-label" class="section-heading" for="search-input">
        {t('popupSearchLabel')}
      </label>
      <input
        id="search-input"
        class="search-input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('popupSearchPlaceholder')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <div aria-live="polite">
        {state.kind === 'error' && <p class="state state-error">{t('popupSearchError', state.message)}</p>}
        {state.kind === 'results' && state.entries.length === 0 && (
          <p class="state">{t('popupSearchNoResults', state.query)}</p>
        )}
        {state.kind === 'results' && state.entries.length > 0 && (
          <ul class="results">
            {state.entries.map((entry) => (
              <EntryCard key={entry.id} entry={entry} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function EntryCard({ entry }: { entry: GlossaryEntry }) {
  return (
    <li class="entry" data-entry={entry.id}>
      <div class="entry-head">
        <span class="entry-term" lang="zh-CN">{entry.term}</span>
        <span class={`chip cat-${entry.category}`}>{categoryLabel(entry.category)}</span>
      </div>
      {entry.english && <div class="entry-english" lang="en">{entry.english}</div>}
      <p class="entry-summary" lang="zh-CN">{entry.summary}</p>
      {entry.members.length > 0 && (
        <div class="entry-members">
          <span class="field-label">{t('tooltipMembers')}</span>
          <ol lang="zh-CN">
            {entry.members.map((m) => (
              <li key={m.text}>{m.text}</li>
            ))}
          </ol>
        </div>
      )}
      <div class="entry-source">
        <span class="field-label">{t('tooltipSource')}</span>
        {entry.sources.map((s, i) => (
          <span key={i} class="source" lang="zh-CN">
            {sourceLabel(s)}
          </span>
        ))}
      </div>
    </li>
  );
}
