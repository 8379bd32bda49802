// My terms: what the reader saved with the card's star. Listed newest first, searchable,
// deletable one by one; exported as CSV (which imports back), Markdown with citations, or an
// Anki deck file; imported back from a CSV export.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { importSavedTerms, readSavedTerms, savedTermsItem, unsaveTerm } from '../../lib/saved-terms';
import { coerceSavedTerms, savedKey, searchSaved, type SavedTerm } from '../../lib/saved-terms-model';
import { fromCsv, pageCitation, toAnkiTsv, toCsv, toMarkdown } from '../../lib/term-export';
import { downloadText, today } from '../../lib/ui/download';
import { t } from '../../lib/ui/i18n';
import { categoryLabel } from '../../lib/ui/labels';
import { FilePick } from './FilePick';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function MyTerms() {
  const [list, setList] = useState<SavedTerm[]>([]);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    void readSavedTerms().then(setList);
    return savedTermsItem.watch((v) => setList(coerceSavedTerms(v)));
  }, []);

  const shown = useMemo(() => searchSaved(list, query), [list, query]);

  const onImport = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = fromCsv(await file.text());
    if (!parsed.ok) return setMessage({ kind: 'error', text: `${t('myTermsImportFailed')} ${parsed.error}` });
    await importSavedTerms(parsed.value);
    setMessage({ kind: 'ok', text: t('myTermsImported', parsed.value.length) });
  };

  return (
    <section class="card my-terms" aria-labelledby="my-terms-heading">
      <h2 id="my-terms-heading">{t('myTermsHeading')}</h2>
      <p>{t('myTermsExplain')}</p>
      <label class="visually-hidden" for="my-terms-search">
        {t('myTermsSearch')}
      </label>
      <input id="my-terms-search" class="search-input" type="search" placeholder={t('myTermsSearch')} value={query}
        onInput={(e) => setQuery(e.currentTarget.value)} />
      <p class="state" data-testid="my-terms-count">
        {list.length === 0 ? t('myTermsNone') : t('myTermsCount', list.length, shown.length)}
      </p>
      <ul class="saved-list">
        {shown.map((term) => (
          <SavedRow key={savedKey(term)} term={term} />
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="button" disabled={list.length === 0}
          onClick={() => downloadText(`tifa-my-terms-${today()}.csv`, toCsv(shown), 'text/csv')}>
          {t('myTermsExportCsv')}
        </button>
        <button type="button" class="button" disabled={list.length === 0}
          onClick={() => downloadText(`tifa-my-terms-${today()}.md`, toMarkdown(shown, t('myTermsHeading')), 'text/markdown')}>
          {t('myTermsExportMd')}
        </button>
        <button type="button" class="button" disabled={list.length === 0}
          onClick={() => downloadText(`tifa-my-terms-${today()}-anki.txt`, toAnkiTsv(shown), 'text/tab-separated-values')}>
          {t('myTermsExportAnki')}
        </button>
        <FilePick id="my-terms-import" accept=".csv,text/csv" label={t('myTermsImport')} onFile={(input) => void onImport(input)} />
      </div>
      <div role="status" aria-live="polite">
        {message && <p class={message.kind === 'ok' ? 'message-ok' : 'state-error'}>{message.text}</p>}
      </div>
    </section>
  );
}

function SavedRow({ term }: { term: SavedTerm }) {
  // The exports mark the English in English; the page marks it in the UI's language.
  const english = term.english && `${term.english} · ${term.englishSource ? `${t('cardEnglishOfficial')}: ${term.englishSource}` : t('cardEnglishOwn')}`;
  return (
    <li class="saved" data-term={term.term}>
      <div class="entry-head">
        <span class="entry-term" lang="zh-CN">{term.term}</span>
        <span class="entry-english">{term.pinyin}</span>
        <span class={`chip cat-${term.category}`}>{categoryLabel(term.category)}</span>
        <button type="button" class="button button-small delete" aria-label={t('myTermsDelete', term.term)} title={t('myTermsDelete', term.term)}
          onClick={() => void unsaveTerm(savedKey(term))}>
          ✕
        </button>
      </div>
      {english && <p class="entry-english" lang="en">{english}</p>}
      <p class="entry-summary" lang="zh-CN">{term.explanation}</p>
      {term.sources.map((s, i) => (
        <p class="entry-source" key={i}>{s}</p>
      ))}
      <p class="entry-source">
        <a href={term.url} target="_blank" rel="noreferrer">{pageCitation({ ...term, url: '' }) || term.url}</a>
      </p>
    </li>
  );
}
