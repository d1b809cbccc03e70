// UI strings come from the same _locales files the browser uses for the manifest, bundled here
// so that the user can pick a language other than the browser's (and so tests can render any).
import zhCN from '../public/_locales/zh_CN/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import en from '../public/_locales/en/messages.json';

export type Locale = 'zh_CN' | 'zh_TW' | 'en';
export const LOCALES: readonly Locale[] = ['zh_CN', 'zh_TW', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh_CN';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, Message>;

export const MESSAGES: Record<Locale, Messages> = { zh_CN: zhCN, zh_TW: zhTW, en };
export type MessageKey = keyof typeof zhCN;

/** Maps a BCP 47 tag (navigator.language, i18n.getUILanguage()) to one of our locales. */
export function localeFromTag(tag: string | undefined): Locale {
  const t = (tag ?? '').toLowerCase().replace('_', '-');
  if (/^zh-(tw|hk|mo|hant)/.test(t)) return 'zh_TW';
  if (t.startsWith('en')) return 'en';
  // Chinese first: every other language gets the simplified UI.
  return 'zh_CN';
}

/** Looks a message up, filling $1…$9 like chrome.i18n.getMessage does. Missing keys fall back to zh_CN. */
export function translate(locale: Locale, key: MessageKey, ...subs: (string | number)[]): string {
  const msg = MESSAGES[locale][key] ?? MESSAGES[DEFAULT_LOCALE][key];
  if (!msg) return key;
  return msg.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = msg.placeholders?.[name.toLowerCase()]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  });
}

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;
export const translator = (locale: Locale): Translate => (key, ...subs) => translate(locale, key, ...subs);
