// The settings' shape and the pure rules over it, kept free of `browser`/WXT so unit tests and
// the popup share exactly the logic the content script applies.

export interface Settings {
  /** Global switch for highlights. */
  highlightsEnabled: boolean;
  /** Hostnames where the user turned Tifa off. */
  disabledSites: string[];
  /** How many highlights: every occurrence (the default), each term's first, or numbered formulas only. */
  density?: Density;
}

export type Density = 'all' | 'first' | 'formulas';
export const DENSITIES: readonly Density[] = ['all', 'first', 'formulas'];

export function densityOf(settings: Settings): Density {
  return settings.density ?? 'all';
}

export function withDensity(settings: Settings, density: Density): Settings {
  const { density: _old, ...rest } = settings;
  return density === 'all' ? rest : { ...rest, density };
}

export const DEFAULT_SETTINGS: Settings = { highlightsEnabled: true, disabledSites: [] };

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.highlightsEnabled && !settings.disabledSites.includes(hostname);
}

export function withHighlights(settings: Settings, enabled: boolean): Settings {
  return { ...settings, highlightsEnabled: enabled };
}

/** Turn Tifa off (or back on) for one hostname; other sites are left as they were. */
export function withSiteDisabled(settings: Settings, hostname: string, disabled: boolean): Settings {
  const others = settings.disabledSites.filter((h) => h !== hostname);
  return { ...settings, disabledSites: disabled ? [...others, hostname] : others };
}

/**
 * Repair whatever storage holds into valid Settings without dropping what is usable: a stored
 * value written by an older or newer build, or edited by hand, keeps every valid field.
 */
export function coerceSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    highlightsEnabled:
      typeof v.highlightsEnabled === 'boolean' ? v.highlightsEnabled : DEFAULT_SETTINGS.highlightsEnabled,
    disabledSites: Array.isArray(v.disabledSites)
      ? [...new Set(v.disabledSites.filter((h): h is string => typeof h === 'string' && h.length > 0))]
      : [],
    // Only a choice other than the default is stored.
    ...(DENSITIES.includes(v.density as Density) && v.density !== 'all' ? { density: v.density as Density } : {}),
  };
}

/**
 * Browsers refuse content scripts on their own pages and on the extension stores, so the popup
 * can say so instead of waiting for a content script that will never answer.
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return true;
  const host = parsed.hostname;
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) ||
    host === 'microsoftedge.microsoft.com' ||
    host === 'addons.mozilla.org'
  );
}

/** The hostname "off on this site" applies to; null where there is no site (file:, about:). */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname : null;
  } catch {
    return null;
  }
}
