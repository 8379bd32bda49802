import {
  updateSettings,
  withHighlights,
  withSiteDisabled,
  type Settings,
} from '../../lib/settings';
import { t } from '../../lib/ui/i18n';

function Switch(props: { id: string; label: string; checked: boolean; disabled?: boolean; hint?: string; onChange: (on: boolean) => void }) {
  return (
    <label class="switch-row" for={props.id} title={props.hint}>
      <span class="switch-label">{props.label}</span>
      <input
        id={props.id}
        type="checkbox"
        role="switch"
        class="switch"
        checked={props.checked}
        disabled={props.disabled}
        aria-checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
    </label>
  );
}

export function Toggles(props: { settings: Settings; site: string | null }) {
  const { settings, site } = props;
  return (
    <section class="toggles" aria-label={t('toggleHighlights')}>
      <Switch
        id="toggle-highlights"
        label={t('toggleHighlights')}
        checked={settings.highlightsEnabled}
        onChange={(on) => void updateSettings((s) => withHighlights(s, on))}
      />
      <Switch
        id="toggle-site"
        label={site ? t('toggleSite', site) : t('toggleSiteNoSite')}
        checked={site !== null && settings.disabledSites.includes(site)}
        disabled={site === null}
        hint={site === null ? t('toggleSiteUnavailable') : undefined}
        onChange={(off) => site && void updateSettings((s) => withSiteDisabled(s, site, off))}
      />
    </section>
  );
}
