import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  coerceSettings,
  isActiveOn,
  isRestrictedUrl,
  siteOf,
  withHighlights,
  withSiteDisabled,
} from '../../lib/settings-model';

vi.mock('#imports', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
  return await import('wxt/utils/storage');
});
const { settingsItem, updateSettings } = await import('../../lib/settings');
const { fakeBrowser } = await import('wxt/testing/fake-browser');

describe('settings rules', () => {
  it('is active everywhere by default', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'www.zjsjw.gov.cn')).toBe(true);
  });

  it('turning one site off leaves other sites on, and can be undone', () => {
    const off = withSiteDisabled(DEFAULT_SETTINGS, 'www.zjsjw.gov.cn', true);
    expect(isActiveOn(off, 'www.zjsjw.gov.cn')).toBe(false);
    expect(isActiveOn(off, 'www.news.cn')).toBe(true);
    expect(withSiteDisabled(off, 'www.zjsjw.gov.cn', true).disabledSites).toEqual(['www.zjsjw.gov.cn']);
    expect(isActiveOn(withSiteDisabled(off, 'www.zjsjw.gov.cn', false), 'www.zjsjw.gov.cn')).toBe(true);
  });

  it('the global switch turns every site off but keeps the per-site list', () => {
    const s = withHighlights(withSiteDisabled(DEFAULT_SETTINGS, 'a.example', true), false);
    expect(isActiveOn(s, 'www.news.cn')).toBe(false);
    expect(withHighlights(s, true).disabledSites).toEqual(['a.example']);
  });

  it('repairs a damaged stored value without losing its valid fields', () => {
    expect(coerceSettings({ highlightsEnabled: false, disabledSites: ['a.example', 3, '', 'a.example'] })).toEqual({
      highlightsEnabled: false,
      disabledSites: ['a.example'],
    });
    expect(coerceSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(coerceSettings({ disabledSites: ['b.example'] })).toEqual({ highlightsEnabled: true, disabledSites: ['b.example'] });
  });

  it('knows the pages a content script cannot run on', () => {
    for (const url of [
      'chrome://extensions/',
      'chrome-extension://abc/popup.html',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category/extensions',
      'https://addons.mozilla.org/zh-CN/firefox/',
      'about:blank',
      undefined,
    ]) {
      expect(isRestrictedUrl(url), String(url)).toBe(true);
    }
    expect(isRestrictedUrl('https://www.zjsjw.gov.cn/art/2019/7/1/art_1.html')).toBe(false);
    expect(isRestrictedUrl('http://127.0.0.1:8080/seed.html')).toBe(false);
  });

  it('per-site switches apply to http(s) hostnames only', () => {
    expect(siteOf('https://www.news.cn/politics/2021-11/16/c_1128069706.htm')).toBe('www.news.cn');
    expect(siteOf('file:///home/u/a.html')).toBeNull();
    expect(siteOf('chrome://newtab/')).toBeNull();
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the defaults and stores changes for the next session', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => withSiteDisabled(s, 'www.zjsjw.gov.cn', true));
    await updateSettings((s) => withHighlights(s, false));
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { highlightsEnabled: false, disabledSites: ['www.zjsjw.gov.cn'] },
    });
  });
});

describe('highlight density', () => {
  it('defaults to every occurrence, stores only another choice, and survives a repair', async () => {
    const { densityOf, withDensity, coerceSettings: coerce, DEFAULT_SETTINGS: defaults } = await import('../../lib/settings-model');
    expect(densityOf(defaults)).toBe('all');
    const first = withDensity(defaults, 'first');
    expect(first.density).toBe('first');
    expect(coerce(first)).toEqual(first);
    expect(withDensity(first, 'all')).toEqual(defaults);
    expect(coerce({ ...defaults, density: 'bogus' })).toEqual(defaults);
  });
});
