// Remembered explanations in the options page: how many are kept, and a button to clear them.
import { useEffect, useState } from 'preact/hooks';
import { rememberedItem } from '../../lib/remembered';
import { coerceRemembered, MAX_REMEMBERED } from '../../lib/remembered-model';
import { t } from '../../lib/ui/i18n';

export function Remembered() {
  const [count, setCount] = useState(0);
  const [cleared, setCleared] = useState(false);
  useEffect(() => {
    void rememberedItem.getValue().then((v) => setCount(coerceRemembered(v).length));
    return rememberedItem.watch((v) => setCount(coerceRemembered(v).length));
  }, []);
  return (
    <section class="card" aria-labelledby="remembered-heading">
      <h2 id="remembered-heading">{t('rememberedHeading')}</h2>
      <p>{t('rememberedExplain', MAX_REMEMBERED)}</p>
      <p data-testid="remembered-count">{t('rememberedCount', count)}</p>
      <div class="actions">
        <button type="button" class="button" id="remembered-clear" disabled={count === 0}
          onClick={() => void rememberedItem.setValue([]).then(() => setCleared(true))}>
          {t('rememberedClear')}
        </button>
      </div>
      <div role="status" aria-live="polite">{cleared && count === 0 && <p class="message-ok">{t('rememberedCleared')}</p>}</div>
    </section>
  );
}
