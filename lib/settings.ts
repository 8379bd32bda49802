// Versioned settings in extension storage. Changes reach open tabs through storage.watch.
import { storage } from '#imports';
import { DEFAULT_SETTINGS, coerceSettings, type Settings } from './settings-model';

export {
  DEFAULT_SETTINGS,
  DENSITIES,
  coerceSettings,
  densityOf,
  withDensity,
  type Density,
  isActiveOn,
  isRestrictedUrl,
  siteOf,
  withHighlights,
  withSiteDisabled,
  type Settings,
} from './settings-model';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  // Bump `version` and add `migrations[n]` (old value → new value) whenever the shape changes;
  // WXT runs them in order on first access, so a user's sites and switches are never lost.
  // Every migration should end in coerceSettings so a hand-edited value cannot break the UI.
  version: 1,
  migrations: {},
});

/** Read-modify-write, so two quick toggles in the popup cannot overwrite each other's field. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(coerceSettings(await settingsItem.getValue()));
  await settingsItem.setValue(next);
  return next;
}
