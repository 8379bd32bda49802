// The reader's own terms: the form the context menu "Add to my glossary" opens (prefilled with
// the selection and its page), the list with edit and delete, and an export as a glossary file.
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadBundledGlossary } from '../../core/bundled-glossary';
import type { Category } from '../../core/types';
import { deleteUserTerm, readUserTerms, saveUserTerm, userTermsItem } from '../../lib/user-terms';
import { coerceUserTerms, userTermProblem, userTermsFile, type UserTerm } from '../../lib/user-terms-model';
import { downloadText, today } from '../../lib/ui/download';
import { t } from '../../lib/ui/i18n';
import { CATEGORY_ORDER, categoryLabel } from '../../lib/ui/labels';

const EMPTY: UserTerm = { term: '', category: 'policy', summary: '', source: '', date: '' };

/** What the context menu sent: ?add=<selection>&from=<page URL>. */
function prefill(): UserTerm | null {
  const params = new URLSearchParams(location.search);
  const add = params.get('add');
  if (!add) return null;
  const from = params.get('from');
  return { ...EMPTY, term: add.trim(), ...(from ? { url: from, source: from } : {}) };
}

export function UserTerms() {
  const [list, setList] = useState<UserTerm[]>([]);
  const [draft, setDraft] = useState<UserTerm>(() => prefill() ?? EMPTY);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const summaryRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void readUserTerms().then(setList);
    return userTermsItem.watch((v) => setList(coerceUserTerms(v)));
  }, []);

  // Opened from the context menu: the term is there, the explanation is what is missing.
  useEffect(() => {
    if (!prefill()) return;
    document.getElementById('add-term')?.scrollIntoView();
    summaryRef.current?.focus();
  }, []);

  const set = (field: keyof UserTerm) => (e: Event) => setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value });

  const onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const item = { ...draft, date: today() };
    const problem = userTermProblem(item);
    if (problem) return setMessage({ ok: false, text: t('userTermInvalid', problem) });
    await saveUserTerm(item);
    setMessage({ ok: true, text: t('userTermSaved', item.term.trim()) });
    setDraft(EMPTY);
    setEditing(false);
  };

  return (
    <section class="card user-terms" id="add-term" aria-labelledby="user-terms-heading">
      <h2 id="user-terms-heading">{t('userTermsHeading')}</h2>
      <p>{t('userTermsExplain')}</p>
      <form class="term-form" onSubmit={(e) => void onSubmit(e)}>
        <label>
          <span class="field-label">{t('userTermTerm')}</span>
          <input id="user-term" class="search-input" lang="zh-CN" required value={draft.term} onInput={set('term')} />
        </label>
        <label>
          <span class="field-label">{t('userTermCategory')}</span>
          <select id="user-category" class="search-input" value={draft.category}
            onChange={(e) => setDraft({ ...draft, category: e.currentTarget.value as Category })}>
            {CATEGORY_ORDER.map((c) => (
              <option key={c} value={c}>{categoryLabel(c)}</option>
            ))}
          </select>
        </label>
        <label>
          <span class="field-label">{t('userTermSummary')}</span>
          <input id="user-summary" ref={summaryRef} class="search-input" lang="zh-CN" required value={draft.summary} onInput={set('summary')} />
        </label>
        <label>
          <span class="field-label">{t('userTermEnglish')}</span>
          <input id="user-english" class="search-input" lang="en" value={draft.english ?? ''} onInput={set('english')} />
        </label>
        <label>
          <span class="field-label">{t('userTermSource')}</span>
          <input id="user-source" class="search-input" value={draft.source} onInput={set('source')} />
        </label>
        {draft.url && <p class="entry-source">{t('userTermFrom', draft.url)}</p>}
        <div class="actions">
          <button type="submit" class="button button-primary">{t('userTermSave')}</button>
          {editing && (
            <button type="button" class="button" onClick={() => (setDraft(EMPTY), setEditing(false))}>
              {t('userTermCancel')}
            </button>
          )}
        </div>
      </form>
      <div role="status" aria-live="polite">
        {message && <p class={message.ok ? 'message-ok' : 'state-error'}>{message.text}</p>}
      </div>
      {list.length === 0 ? (
        <p class="state">{t('userTermsNone')}</p>
      ) : (
        <ul class="saved-list">
          {list.map((term) => (
            <li class="saved user-term" key={term.term} data-term={term.term}>
              <div class="entry-head">
                <span class="entry-term" lang="zh-CN">{term.term}</span>
                <span class={`chip cat-${term.category}`}>{categoryLabel(term.category)}</span>
                <button type="button" class="button button-small edit" style="margin-inline-start:auto" aria-label={t('userTermEdit', term.term)}
                  onClick={() => (setDraft(term), setEditing(true), document.getElementById('user-term')?.focus())}>
                  ✎
                </button>
                <button type="button" class="button button-small" aria-label={t('userTermDelete', term.term)} onClick={() => void deleteUserTerm(term.term)}>
                  ✕
                </button>
              </div>
              {term.english && <p class="entry-english" lang="en">{term.english}</p>}
              <p class="entry-summary" lang="zh-CN">{term.summary}</p>
              {term.source && <p class="entry-source">{term.source}</p>}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="button" disabled={list.length === 0}
          onClick={async () => downloadText(`tifa-my-glossary-${today()}.json`, JSON.stringify(userTermsFile((await loadBundledGlossary()).glossary, list), null, 2), 'application/json')}>
          {t('userTermsExport')}
        </button>
      </div>
    </section>
  );
}
