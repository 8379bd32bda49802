// UI strings come from public/_locales (zh_CN by default, en when the browser UI is English).
import { browser } from '#imports';
import type messages from '../../public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  // An empty string means a missing key; showing the key makes the slip visible, not silent.
  return text || key;
}

/** Language of the UI actually shown, for <html lang> (screen readers, CJK font choice). */
export function uiLang(): string {
  return browser.i18n.getMessage('@@ui_locale').replace('_', '-') || 'zh-CN';
}
