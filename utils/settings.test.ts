import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isActiveOn, loadSettings, normalizeSettings, toggleSite, watchSettings, type Normalized } from './settings';
import { settingsItem, updateSettings } from './settings-item';

beforeEach(() => fakeBrowser.reset());

describe('normalizeSettings', () => {
  it('gives defaults for nothing stored, without complaint', () => {
    expect(normalizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
  it('keeps valid fields and reports the invalid ones', () => {
    const { settings, problems } = normalizeSettings({ paused: 'yes', locale: 'en', disabledSites: ['A.com', 3] });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, locale: 'en', disabledSites: ['a.com'] });
    expect(problems).toHaveLength(2);
  });
  it.each([[42], ['text'], [[1, 2]]])('falls back to defaults for %j', (raw) => {
    const { settings, problems } = normalizeSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems[0]).toMatch(/expected an object/);
  });
});

describe('stored settings', () => {
  it('round-trip through storage', async () => {
    await updateSettings((s) => toggleSite(s, 'Example.com', false));
    expect((await loadSettings()).settings.disabledSites).toEqual(['example.com']);
  });
  it('survive a corrupted stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    const { settings, problems } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).not.toEqual([]);
    expect(await settingsItem.getValue()).toBe('garbage'); // reading never destroys what is there
  });
});

describe('the plain reader (the content script) and the WXT item (the writers)', () => {
  it('read the same stored value', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, paused: true, disabledSites: ['a.example'] });
    expect(await fakeBrowser.storage.local.get(null)).toHaveProperty('settings');
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, paused: true, disabledSites: ['a.example'] });
  });

  it('watch: every change of the item, once, normalized; not other keys, areas or same-value writes', async () => {
    const seen: Normalized[] = [];
    const unwatch = watchSettings((n) => seen.push(n));
    await updateSettings((s) => ({ ...s, locale: 'en' }));
    await updateSettings((s) => ({ ...s, locale: 'en' })); // the same value again
    await fakeBrowser.storage.local.set({ evidence: [] });
    await fakeBrowser.storage.sync.set({ settings: { paused: true } });
    await fakeBrowser.storage.local.set({ settings: { paused: 'no' } });
    await settingsItem.removeValue();
    expect(seen.map((n) => n.settings.locale)).toEqual(['en', 'auto', 'auto']);
    expect(seen[1]!.problems).toEqual(['paused: expected true/false']);
    expect(seen[2]).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    unwatch();
    await updateSettings((s) => ({ ...s, paused: true }));
    expect(seen).toHaveLength(3);
  });
});

describe('isActiveOn / toggleSite', () => {
  it('honours the global pause and the per-site switch', () => {
    const off = toggleSite({ ...DEFAULT_SETTINGS, disabledSites: [] }, 'jobs.example', false);
    expect(isActiveOn(off, 'jobs.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn(toggleSite(off, 'jobs.example', true), 'jobs.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, paused: true }, 'other.example')).toBe(false);
  });
});
