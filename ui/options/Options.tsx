import { useEffect, useState } from 'preact/hooks';
import type { Glossary } from '../../core/types';
import { updateSettings, withSiteDisabled } from '../../lib/settings';
import { importGlossaryFile, removeUserGlossary, userGlossaryItem } from '../../lib/user-glossary';
import { t } from '../../lib/ui/i18n';
import { useSettings } from '../../lib/ui/use-settings';
import { MyTerms } from './MyTerms';
import { Remembered } from './Remembered';
import { UserTerms } from './UserTerms';
import { FilePick } from './FilePick';

type Message = { kind: 'ok'; text: string; note?: string } | { kind: 'error'; title: string; detail: string } | null;

function GlossaryImport() {
  const [stored, setStored] = useState<Glossary | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    void userGlossaryItem.getValue().then(setStored);
    return userGlossaryItem.watch(setStored);
  }, []);

  const onFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire `change` again
    if (!file) return;
    const result = await importGlossaryFile(await file.text());
    setMessage(
      result.ok
        ? {
            kind: 'ok',
            text: t('importDone', result.value.entries),
            // The user's entry wins over a built-in one with the same term: say which ones.
            ...(result.value.overrides.length
              ? { note: t('importOverrides', result.value.overrides.map((o) => (o.what === 'entry' ? o.term : `${o.term}（${o.form}）`)).join('、')) }
              : {}),
          }
        : { kind: 'error', title: t('importFailed'), detail: result.error },
    );
  };

  return (
    <section class="card" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p>{t('importExplain')}</p>
      <p data-testid="import-status">{stored ? t('importCurrent', stored.entries.length) : t('importNone')}</p>
      <div class="actions">
        <FilePick id="import-file" accept=".json,application/json" label={t('importChoose')} primary onFile={(input) => void onFile(input)} />
        {stored && (
          <button type="button" class="button" onClick={() => void removeUserGlossary().then(() => setMessage({ kind: 'ok', text: t('importRemoved') }))}>
            {t('importRemove')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {message?.kind === 'ok' && <p class="message-ok">{message.text}</p>}
        {message?.kind === 'ok' && message.note && <p class="message-note">{message.note}</p>}
        {message?.kind === 'error' && (
          <>
            <p class="state-error">{message.title}</p>
            <pre class="message-error">{message.detail}</pre>
          </>
        )}
      </div>
    </section>
  );
}

function DisabledSites() {
  const settings = useSettings();
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="state">{t('sitesNone')}</p>
      ) : (
        <ul class="sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="button" onClick={() => void updateSettings((s) => withSiteDisabled(s, site, false))}>
                {t('sitesEnable', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Options() {
  return (
    <main class="options">
      <header class="header">
        <span class="logo" aria-hidden="true">提</span>
        <h1 class="title">{t('optionsTitle')}</h1>
      </header>
      <MyTerms />
      <UserTerms />
      <Remembered />
      <GlossaryImport />
      <DisabledSites />
    </main>
  );
}
