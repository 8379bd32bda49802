// The settings as the popup and the options page show them, kept live.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, coerceSettings, settingsItem, type Settings } from '../settings';

/** Current settings, kept live: the keyboard command or another window may change them. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void settingsItem.getValue().then((v) => setSettings(coerceSettings(v)));
    return settingsItem.watch((v) => setSettings(coerceSettings(v)));
  }, []);
  return settings;
}
