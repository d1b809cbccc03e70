// Writing the settings, through WXT's storage item: the popup, the options page and the background.
// Readers that never write (the content script) use loadSettings and watchSettings in settings.ts,
// which do not load WXT's storage library.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadSettings, type Settings } from './settings';

// The item everyone writes. It declares no migrations on purpose: WXT runs an item's migrations
// wherever the item is defined, and a content script must never migrate (or log a migration error)
// on somebody's page. The background runs them (utils/storage-migrations.ts).
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: { ...DEFAULT_SETTINGS, disabledSites: [] },
});

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change((await loadSettings()).settings);
  await settingsItem.setValue(next);
  return next;
}
