// User settings, kept in extension storage with a versioned schema (WXT storage migrations).
// Read everywhere through normalizeSettings(), so a corrupted or unexpected value falls back to
// defaults with a message instead of crashing a content script on somebody's page.
//
// Reading and watching are here, with the plain storage API: the content script only reads, and
// WXT's storage library (the item, its locks) was ~8 KB of a script evaluated on every page load.
// Writing, through WXT's item, is in settings-item.ts (the popup, the options page, the background).
import { browser, type Browser } from 'wxt/browser';
import type { Locale } from '../data/types';

export type LocaleSetting = 'auto' | Locale;

export interface Settings {
  /** Global pause: nothing is scanned, highlighted or flagged anywhere. */
  paused: boolean;
  /** Hostnames the user switched CertLens off on ("off on this site"). */
  disabledSites: string[];
  /** UI language; 'auto' follows the browser (Chinese first). */
  locale: LocaleSetting;
  /** Flag training-agency claims, not only certificate mentions. */
  checkClaims: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  disabledSites: [],
  locale: 'auto',
  checkClaims: true,
});

export const SETTINGS_VERSION = 1;

/** Add `N: (old) => new` here when the schema changes, and a test in storage-migration.test.ts. */
export const SETTINGS_MIGRATIONS: Record<number, (old: any) => unknown> = {};

/**
 * Where the settings are: WXT's item 'local:settings' (settings-item.ts) keeps its value under this
 * key of storage.local (settings.test.ts checks that the two agree).
 */
export const SETTINGS_KEY = 'settings';

const LOCALE_SETTINGS: readonly LocaleSetting[] = ['auto', 'zh_CN', 'zh_TW', 'en'];

export interface Normalized {
  settings: Settings;
  /** What was wrong with the stored value, for the options page to show. Empty when all was well. */
  problems: string[];
}

/** Turns whatever is in storage into valid settings, keeping every valid field. */
export function normalizeSettings(raw: unknown): Normalized {
  const problems: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, problems: [`settings: expected an object, found ${Array.isArray(raw) ? 'an array' : typeof raw}`] };
  }
  const r = raw as Record<string, unknown>;
  const bool = (key: 'paused' | 'checkClaims') => {
    if (r[key] === undefined) return;
    if (typeof r[key] === 'boolean') settings[key] = r[key];
    else problems.push(`${key}: expected true/false`);
  };
  bool('paused');
  bool('checkClaims');
  if (r.locale !== undefined) {
    if (LOCALE_SETTINGS.includes(r.locale as LocaleSetting)) settings.locale = r.locale as LocaleSetting;
    else problems.push('locale: unknown language');
  }
  if (r.disabledSites !== undefined) {
    if (Array.isArray(r.disabledSites)) {
      const hosts = r.disabledSites.filter((h): h is string => typeof h === 'string' && h.length > 0);
      if (hosts.length !== r.disabledSites.length) problems.push('disabledSites: dropped entries that are not host names');
      settings.disabledSites = [...new Set(hosts.map((h) => h.toLowerCase()))];
    } else problems.push('disabledSites: expected a list');
  }
  return { settings, problems };
}

export async function loadSettings(): Promise<Normalized> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return normalizeSettings(stored[SETTINGS_KEY]);
  } catch (error) {
    return { settings: { ...DEFAULT_SETTINGS, disabledSites: [] }, problems: [`settings: could not be read (${String(error)})`] };
  }
}

/** Calls back with normalized settings whenever they change. Returns the unwatch function. */
export function watchSettings(callback: (n: Normalized) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[SETTINGS_KEY];
    // A write of the same value is no change (as WXT's item.watch, which this replaced).
    if (area !== 'local' || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    callback(normalizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Whether CertLens should run on a page of this hostname. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname.toLowerCase());
}

export function toggleSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = hostname.toLowerCase();
  const others = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host] };
}
