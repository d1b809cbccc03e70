import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isActiveOn, loadSettings, normalizeSettings, settingsItem, toggleSite, updateSettings } from './settings';

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

describe('isActiveOn / toggleSite', () => {
  it('honours the global pause and the per-site switch', () => {
    const off = toggleSite({ ...DEFAULT_SETTINGS, disabledSites: [] }, 'jobs.example', false);
    expect(isActiveOn(off, 'jobs.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn(toggleSite(off, 'jobs.example', true), 'jobs.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, paused: true }, 'other.example')).toBe(false);
  });
});
