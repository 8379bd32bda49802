// Versioned settings in extension storage. Changes reach open tabs through storage.watch.
import { storage } from '#imports';

export interface Settings {
  /** Global switch for highlights. */
  highlightsEnabled: boolean;
  /** Hostnames where the user turned Tifa off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { highlightsEnabled: true, disabledSites: [] };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.highlightsEnabled && !settings.disabledSites.includes(hostname);
}
