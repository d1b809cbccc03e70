import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from './i18n';
import { LOCALES, localeFromTag } from './locale';

describe('locale files', () => {
  const keys = (l: (typeof LOCALES)[number]) => Object.keys(MESSAGES[l]).sort();
  it.each(LOCALES)('%s has exactly the keys of zh_CN', (locale) => {
    expect(keys(locale)).toEqual(keys('zh_CN'));
  });
  it.each(LOCALES)('%s has no empty message and the same placeholders as zh_CN', (locale) => {
    for (const [key, msg] of Object.entries(MESSAGES[locale])) {
      expect(msg.message.trim(), `${locale}.${key}`).not.toBe('');
      const names = (m: string) => [...m.matchAll(/\$([A-Z0-9_]+)\$/g)].map((x) => x[1]).sort();
      expect(names(msg.message), `${locale}.${key}`).toEqual(names(MESSAGES.zh_CN[key]!.message));
    }
  });
  it('keeps the manifest description within the 132 characters Chrome allows', () => {
    for (const l of LOCALES) expect(MESSAGES[l].extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('zh_CN', 'dataCheckedOn', '2026-11-01')).toBe('数据核对于 2026-11-01');
    expect(translate('en', 'dataCheckedOn', '2026-11-01')).toBe('Data checked on 2026-11-01');
  });
  it('picks the locale from a language tag, Chinese first', () => {
    expect(localeFromTag('zh-TW')).toBe('zh_TW');
    expect(localeFromTag('zh-Hant-HK')).toBe('zh_TW');
    expect(localeFromTag('zh-CN')).toBe('zh_CN');
    expect(localeFromTag('en-US')).toBe('en');
    expect(localeFromTag('fr')).toBe('zh_CN');
    expect(localeFromTag(undefined)).toBe('zh_CN');
  });
});
