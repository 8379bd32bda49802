import {
  DENSITIES,
  densityOf,
  updateSettings,
  withDensity,
  type Density,
  withHighlights,
  withSiteDisabled,
  type Settings,
} from '../../lib/settings';
import { t, type MessageKey } from '../../lib/ui/i18n';

const DENSITY_LABEL: Record<Density, MessageKey> = { all: 'densityAll', first: 'densityFirst', formulas: 'densityFormulas' };

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
      {/* ON always means highlights show here: checked while the site is not switched off. With
          all highlights off the site switch cannot show them, so it is off and disabled. */}
      <Switch
        id="toggle-site"
        label={site ? t('toggleSite', site) : t('toggleSiteNoSite')}
        checked={site !== null && settings.highlightsEnabled && !settings.disabledSites.includes(site)}
        disabled={site === null || !settings.highlightsEnabled}
        hint={site === null ? t('toggleSiteUnavailable') : undefined}
        onChange={(on) => site && void updateSettings((s) => withSiteDisabled(s, site, !on))}
      />
      <label class="switch-row" for="density">
        <span class="switch-label">{t('densityLabel')}</span>
        <select id="density" class="density" value={densityOf(settings)}
          onChange={(e) => {
            // Read now: currentTarget is gone once the event has been dispatched.
            const density = e.currentTarget.value as Density;
            void updateSettings((s) => withDensity(s, density));
          }}>
          {DENSITIES.map((d) => (
            <option key={d} value={d}>{t(DENSITY_LABEL[d])}</option>
          ))}
        </select>
      </label>
    </section>
  );
}
