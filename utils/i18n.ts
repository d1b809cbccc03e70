// UI strings come from the same _locales files the browser uses for the manifest, bundled here
// so that the user can pick a language other than the browser's (and so tests can render any).
import zhCN from '../public/_locales/zh_CN/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import en from '../public/_locales/en/messages.json';
// Which language to speak is utils/locale.ts (the content script needs it without the messages).
import { DEFAULT_LOCALE, type Locale } from './locale';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, Message>;

export const MESSAGES: Record<Locale, Messages> = { zh_CN: zhCN, zh_TW: zhTW, en };
export type MessageKey = keyof typeof zhCN;

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
