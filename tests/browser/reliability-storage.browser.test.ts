// Storage in the real browser: settings and saved evidence survive a restart of Chromium (same
// profile), values written before items were versioned or by a newer build are read without
// harm, and corrupted values never break highlighting on a page (the content script falls back
// to defaults) while the options page says what was wrong.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../harness/extension';
import { settledFlags, storedEvidence } from './claims-helpers';
import { cardState, rest, termBox } from './ui-helpers';
import { collectErrors, mentionTexts, pollUntil } from './reliability-helpers';

const stored = (session: Session, key: string) => session.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);

describe('a restart of the browser', () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'certlens-restart-'));
  afterAll(() => rmSync(profileDir, { recursive: true, force: true }));

  it('keeps the settings and the saved evidence, and the content script follows them', async () => {
    // First run: save a claim from its card, switch the language and claim checking in the options page.
    const first = await launch({ profileDir });
    let settingsBefore: unknown;
    let evidenceBefore: unknown;
    try {
      const page = await first.open('claims-page.html');
      await settledFlags(page, 13);
      const box = await termBox(page, 'heading-context', '人社部颁发');
      await rest(page, box.x, box.y);
      await expect.poll(async () => (await cardState(page)).open).toBe(true);
      await page.locator('certlens-ui .cl-save').click();
      await expect.poll(async () => (await storedEvidence(first.worker)).length).toBe(1);

      const options = await first.openExtensionPage('options.html');
      await options.getByLabel('界面语言').selectOption('en');
      await expect.poll(() => options.locator('h1').textContent()).toBe('CertLens settings');
      await options.getByLabel('Check training-agency claims').uncheck();
      await expect.poll(() => stored(first, 'settings')).toMatchObject({ locale: 'en', checkClaims: false });
      settingsBefore = await stored(first, 'settings');
      evidenceBefore = await stored(first, 'evidence');
    } finally {
      await first.close();
    }

    // Second run on the same profile: the same extension, the same storage, the same behaviour.
    const second = await launch({ profileDir });
    try {
      expect(second.extensionId).toBe(first.extensionId);
      expect(await stored(second, 'settings')).toEqual(settingsBefore);
      expect(await stored(second, 'evidence')).toEqual(evidenceBefore);

      const options = await second.openExtensionPage('options.html');
      await expect.poll(() => options.locator('h1').textContent()).toBe('CertLens settings');
      expect(await options.getByLabel('Check training-agency claims').isChecked()).toBe(false);
      await expect.poll(() => options.locator('body').textContent()).toContain('人社部颁发');

      // Claim checking stays off on pages; mentions are still found.
      const page = await second.open('claims-page.html');
      const errors = collectErrors(page);
      await pollUntil(() => mentionTexts(page), (t) => t.length > 0);
      await page.waitForTimeout(500);
      expect(await settledFlags(page, 0)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await second.close();
    }
  });
});

describe('stored values this build did not write', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  const put = (items: Record<string, unknown>, remove: string[] = []) =>
    session.worker.evaluate(
      async ([items, remove]) => {
        await chrome.storage.local.clear();
        if (remove.length) await chrome.storage.local.remove(remove);
        await chrome.storage.local.set(items);
      },
      [items, remove] as const,
    );

  /** Opens plain.html and gives its mention highlights once found (or [] after a while) and the page's errors. */
  async function highlightsOnAPage(): Promise<{ texts: string[]; errors: string[]; page: Page }> {
    const page = await session.context.newPage();
    const errors = collectErrors(page);
    await page.goto(session.server.url('plain.html'));
    const texts = await pollUntil(() => mentionTexts(page), (t) => t.length >= 2, 5_000);
    return { texts, errors, page };
  }

  it('settings from before items were versioned (no version stored) are honoured', async () => {
    await put({ settings: { paused: false, disabledSites: ['127.0.0.1'], locale: 'en', checkClaims: true } }, ['settings$']);
    const { texts, errors, page } = await highlightsOnAPage();
    expect(texts).toEqual([]); // the site is off, as stored
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['a string', { settings: 'garbage' }],
    ['a number', { settings: 42 }],
    ['a list', { settings: [1, 2, 3] }],
    ['wrong types in every field', { settings: { paused: 'yes', locale: 'klingon', disabledSites: '127.0.0.1', checkClaims: 0 } }],
    ['a list of hosts with junk in it', { settings: { disabledSites: [null, 7, '', { host: '127.0.0.1' }] } }],
    ['a damaged version record', { settings: { paused: false }, settings$: 'garbage' }],
    ['a version record that is not a number', { settings: { paused: false }, settings$: { v: 'one' } }],
    ['damaged saved evidence', { evidence: { not: 'a list' }, evidence$: { v: 1 } }],
  ])('%s: highlighting goes on with defaults, no error on the page', async (_, items) => {
    await put(items);
    const { texts, errors, page } = await highlightsOnAPage();
    expect(texts).toEqual(['互联网营销师', '全媒体运营师']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the options page says what was wrong with damaged settings and evidence, and still works', async () => {
    await put({ settings: { paused: 'yes', locale: 'klingon' }, evidence: ['not an item'] });
    const options = await session.openExtensionPage('options.html');
    const errors = collectErrors(options);
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('paused');
    await expect.poll(() => options.locator('.problems').allTextContents()).toHaveLength(2);
    await options.getByLabel('界面语言').selectOption('zh_TW');
    await expect.poll(() => stored(session, 'settings')).toMatchObject({ locale: 'zh_TW', paused: false });
    expect(errors).toEqual([]);
    await options.close();
  });

  it('settings written by a newer build (a downgrade) keep the page working', async () => {
    await put({ settings: { paused: false, disabledSites: [], locale: 'en', checkClaims: true, fromTheFuture: true }, settings$: { v: 99 } });
    const { texts, errors, page } = await highlightsOnAPage();
    expect(texts).toEqual(['互联网营销师', '全媒体运营师']);
    // Migrations (and WXT's refusal to migrate down) happen in the background only: the page's
    // console stays clean.
    expect(errors).toEqual([]);
    await page.close();
  });
});
