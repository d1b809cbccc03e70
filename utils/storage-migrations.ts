// The background owns the stored schema: it alone declares the versioned items, so their
// migrations run once per start in the service worker, never in a content script on a page.
import { storage } from 'wxt/utils/storage';
import { EVIDENCE_MIGRATIONS, EVIDENCE_VERSION } from './evidence';
import { SETTINGS_KEY, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings';

const SCHEMAS = [
  { key: `local:${SETTINGS_KEY}`, version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS },
  { key: 'local:evidence', version: EVIDENCE_VERSION, migrations: EVIDENCE_MIGRATIONS },
] as const;

/**
 * Brings every stored item up to this build's schema and records the version beside it, so the
 * next schema change knows where to start. A failed migration or a downgrade is logged by WXT and
 * leaves the value as it was: the readers' normalizers still make sense of it.
 */
export async function runStorageMigrations(): Promise<void> {
  for (const { key, version, migrations } of SCHEMAS) {
    const item = storage.defineItem<unknown>(key, { version, migrations });
    await item.getValue(); // resolves after the item's migrations
    const meta = (await item.getMeta()) as { v?: number };
    if (meta.v === undefined && (await item.getValue()) !== null) await item.setMeta({ v: version });
  }
}
