// Stored settings and evidence across versions of the extension. Version 1 is the first schema
// (utils/settings.ts, utils/evidence.ts); there is no real older one to migrate from, so these
// tests pin down what an upgrade will rely on:
// - what a build wrote before it versioned its items (no `key$` meta) is read as version 1;
// - a later version's migration runs on exactly what this build writes, once, and keeps the
//   user's choices (WXT's mechanism, driven through a test-defined version 2 of the same key);
// - a value from a NEWER build (a downgrade) or a migration that throws never breaks reading:
//   the normalizers still return usable settings and evidence.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';

beforeEach(() => {
  fakeBrowser.reset();
  // Each test imports the modules afresh, after it has put the stored state in place.
  vi.resetModules();
});

const fresh = async () => {
  const settings = { ...(await import('./settings')), ...(await import('./settings-item')) };
  const evidence = await import('./evidence');
  const { runStorageMigrations } = await import('./storage-migrations');
  return { ...settings, ...evidence, runStorageMigrations };
};

describe('settings and evidence written before items were versioned', () => {
  it('are read as version 1 and kept', async () => {
    await fakeBrowser.storage.local.set({
      settings: { paused: false, disabledSites: ['jobs.example'], locale: 'en', checkClaims: false },
    });
    const { loadSettings, runStorageMigrations } = await fresh();
    await runStorageMigrations(); // the background's start
    expect(await loadSettings()).toEqual({
      settings: { paused: false, disabledSites: ['jobs.example'], locale: 'en', checkClaims: false },
      problems: [],
    });
    expect(await fakeBrowser.storage.local.get('settings')).toHaveProperty('settings.locale', 'en');
  });
});

describe('an upgrade to a later schema version', () => {
  it('migrates what this build stored, once, keeping the user\'s choices', async () => {
    const { updateSettings, toggleSite, SETTINGS_VERSION, normalizeSettings, runStorageMigrations } = await fresh();
    await updateSettings((s) => toggleSite({ ...s, locale: 'zh_TW' }, 'Jobs.Example', false));
    // This build's background records its version beside the value.
    await runStorageMigrations();
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });

    // A later build, as it would declare the same key one version up. (Illustrative change: the
    // site list becomes a map, so that per-site options can be added later.)
    const migration = vi.fn((old: { disabledSites: string[] }) => {
      const { disabledSites, ...rest } = old;
      return { ...rest, sites: Object.fromEntries(disabledSites.map((h) => [h, { enabled: false }])) };
    });
    const next = storage.defineItem<Record<string, unknown>>('local:settings', { version: SETTINGS_VERSION + 1, migrations: { [SETTINGS_VERSION + 1]: migration } });
    const migrated = await next.getValue();
    expect(migrated).toEqual({ paused: false, locale: 'zh_TW', checkClaims: true, sites: { 'jobs.example': { enabled: false } } });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION + 1 } });

    // Defined again (the next start of that build): nothing left to migrate.
    const again = storage.defineItem<Record<string, unknown>>('local:settings', { version: SETTINGS_VERSION + 1, migrations: { [SETTINGS_VERSION + 1]: migration } });
    expect(await again.getValue()).toEqual(migrated);
    expect(migration).toHaveBeenCalledTimes(1);
    // Fields this build knows are still understood by its normalizer (a partial downgrade keeps them).
    expect(normalizeSettings(migrated).settings.locale).toBe('zh_TW');
  });
});

describe('values this build cannot migrate', () => {
  it('a value from a newer build (downgrade) still gives usable settings and evidence', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      settings: { paused: true, disabledSites: [], locale: 'en', checkClaims: true, newerField: 1 },
      settings$: { v: 99 },
      evidence: [{ id: 'x', somethingNew: true }],
      evidence$: { v: 99 },
    });
    const { loadSettings, loadEvidence, runStorageMigrations } = await fresh();
    await runStorageMigrations(); // in the background, which logs the downgrade; pages do not
    const { settings } = await loadSettings();
    // What it can read, it keeps (the pause stays on: never surprise the user by switching back on).
    expect(settings).toMatchObject({ paused: true, locale: 'en' });
    const evidence = await loadEvidence();
    expect(evidence.items).toEqual([]);
    expect(evidence.problems.length).toBeGreaterThan(0);
    // WXT says why the version was not migrated.
    expect(error.mock.calls.flat().join(' ')).toMatch(/downgrade/i);
    error.mockRestore();
  });

  it('a migration that throws on a damaged value leaves reading intact', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ settings: 'garbage', settings$: { v: 1 } });
    const { normalizeSettings, DEFAULT_SETTINGS } = await fresh();
    const next = storage.defineItem<unknown>('local:settings', {
      version: 2,
      migrations: { 2: (old: { disabledSites: string[] }) => ({ sites: old.disabledSites.map((h) => h) }) },
    });
    const raw = await next.getValue();
    expect(raw).toBe('garbage');
    expect(normalizeSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('where migrations run', () => {
  it('only in the background: reading and writing elsewhere never migrates or logs', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ settings: { paused: true }, settings$: { v: 99 } });
    const { loadSettings, updateSettings } = await fresh();
    expect((await loadSettings()).settings.paused).toBe(true);
    await updateSettings((s) => ({ ...s, locale: 'en' }));
    expect(error).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 99 } });
    error.mockRestore();
  });
});
