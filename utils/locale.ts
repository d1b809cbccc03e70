// Which UI language to speak, without the messages themselves (utils/i18n.ts holds those, ~33 KB):
// the content script needs the choice on every page, the messages only when it shows a card.
import { browser } from 'wxt/browser';
import type { Locale } from '../data/types';

export type { Locale };
export const LOCALES: readonly Locale[] = ['zh_CN', 'zh_TW', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh_CN';

/** Maps a BCP 47 tag (navigator.language, i18n.getUILanguage()) to one of our locales. */
export function localeFromTag(tag: string | undefined): Locale {
  const t = (tag ?? '').toLowerCase().replace('_', '-');
  if (/^zh-(tw|hk|mo|hant)/.test(t)) return 'zh_TW';
  if (t.startsWith('en')) return 'en';
  // Chinese first: every other language gets the simplified UI.
  return 'zh_CN';
}

/** The UI language: the user's choice, else the browser's (Chinese first). */
export function resolveLocale(setting: Locale | 'auto'): Locale {
  if (setting !== 'auto') return setting;
  let tag: string | undefined;
  try {
    tag = browser.i18n.getUILanguage();
  } catch {
    tag = globalThis.navigator?.language;
  }
  return localeFromTag(tag);
}
