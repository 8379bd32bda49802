import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { siteOf } from '../../lib/settings';
import { GlossarySearch } from './GlossarySearch';
import { PageExport } from './PageExport';
import { t } from '../../lib/ui/i18n';
import { TermList } from './TermList';
import { useSettings } from '../../lib/ui/use-settings';
import { Toggles } from './Toggles';
import { findTargetTab, urlFromPage, type TargetTab } from './target-tab';
import { usePageTerms, type PageState } from './use-page-terms';

export function App() {
  const [target, setTarget] = useState<TargetTab | null | undefined>(undefined);
  const settings = useSettings();
  const { state, refresh } = usePageTerms(target ?? null);
  // The tab's URL when the browser withholds it: asked from the page, without holding up the list.
  const [pageUrl, setPageUrl] = useState<string | undefined>(undefined);
  const site = siteOf(target?.url ?? pageUrl);

  useEffect(() => {
    void findTargetTab().then(setTarget, () => setTarget(null));
  }, []);

  useEffect(() => {
    if (target && target.url === undefined) void urlFromPage(target.id).then(setPageUrl);
  }, [target]);

  // The content script applies a settings change itself; ask again once it has.
  useEffect(() => {
    if (!target) return;
    const timer = setTimeout(refresh, 250);
    return () => clearTimeout(timer);
  }, [settings, target, refresh]);

  const total = state.terms.reduce((n, x) => n + x.count, 0);
  return (
    <main class="popup">
      <header class="header">
        <span class="logo" aria-hidden="true">提</span>
        <h1 class="title">{t('extName')}</h1>
        <button
          type="button"
          class="icon-button"
          title={t('popupOptions')}
          aria-label={t('popupOptions')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path
              fill="currentColor"
              d="M19.4 13a7.6 7.6 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7.3 7.3 0 0 0-1.7-1L15 3.5h-4L10.6 6a7.3 7.3 0 0 0-1.7 1l-2.4-1-2 3.4 2 1.6a7.6 7.6 0 0 0 0 2l-2 1.6 2 3.4 2.4-1c.5.4 1.1.7 1.7 1l.4 2.5h4l.4-2.5c.6-.3 1.2-.6 1.7-1l2.4 1 2-3.4-2-1.6zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
              transform="translate(-1 0)"
            />
          </svg>
        </button>
      </header>
      <Toggles settings={settings} site={site} />
      {/* Before the list: a keyboard or screen-reader user reaches the search without tabbing
          through every term of the page first. */}
      <GlossarySearch />
      <section class="page" aria-labelledby="page-heading" aria-busy={state.kind === 'loading'}>
        <h2 id="page-heading" class="section-heading">
          {t('popupPageTerms')}
          {state.kind === 'ready' && state.terms.length > 0 && (
            <span class="section-meta">{t('popupTermSummary', state.terms.length, total)}</span>
          )}
        </h2>
        {target === null ? (
          <p class="state">{t('stateUnreachable')}</p>
        ) : state.kind === 'ready' && state.terms.length > 0 && target ? (
          <>
            <TermList terms={state.terms} tabId={target.id} />
            <PageExport tabId={target.id} />
          </>
        ) : (
          <PageStateLine state={state} siteOff={site !== null && settings.disabledSites.includes(site)} />
        )}
      </section>
    </main>
  );
}

function PageStateLine({ state, siteOff }: { state: PageState; siteOff: boolean }) {
  const [text, cls] = ((): [string, string] => {
    switch (state.kind) {
      case 'loading':
        return [t('stateLoading'), 'state-loading'];
      case 'ready':
        return [t('stateNoTerms'), ''];
      case 'no-chinese':
        return [t('stateNoChinese'), ''];
      case 'disabled':
        return [siteOff ? t('stateSiteDisabled') : t('stateDisabled'), ''];
      case 'restricted':
        return [t('stateRestricted'), ''];
      case 'unreachable':
        return [t('stateUnreachable'), ''];
      case 'slow':
        return [t('stateSlow'), ''];
      case 'error':
        return [t('stateError', state.error ?? '?'), 'state-error'];
    }
  })();
  return (
    <p class={`state ${cls}`} data-state={state.kind} role="status">
      {cls === 'state-loading' && <span class="spinner" aria-hidden="true" />}
      {text}
    </p>
  );
}
