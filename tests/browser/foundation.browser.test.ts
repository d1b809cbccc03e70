import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../harness/extension';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Chromium', () => {
  it('loads with its service worker and only the permissions it uses', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['contextMenus', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.default_locale).toBe('zh_CN');
  });

  it('speaks Chinese in its name', async () => {
    const name = await session.worker.evaluate(() => chrome.i18n.getMessage('extName'));
    expect(name).toContain('证书透镜');
  });

  it('opens the popup as a page', async () => {
    const page = await session.openExtensionPage('popup.html');
    await expect.poll(() => page.locator('h1').textContent()).toContain('互联网营销师');
    await page.close();
  });

  it('opens the options page, and its switches are stored', async () => {
    const page = await session.openExtensionPage('options.html');
    await expect.poll(() => page.locator('h1').textContent()).toContain('证书透镜');
    await page.getByLabel('暂停证书透镜').check();
    await expect
      .poll(() => session.worker.evaluate(async () => ((await chrome.storage.local.get('settings')) as { settings?: { paused?: boolean } }).settings?.paused))
      .toBe(true);
    await page.getByLabel('界面语言').selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('CertLens settings');
    await page.close();
  });

  it('shows a clear message, not a crash, when stored settings are corrupted', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { paused: 'yes', locale: 'klingon' } }));
    const page = await session.openExtensionPage('options.html');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('paused');
    await expect.poll(() => page.locator('h1').textContent()).toContain('证书透镜');
    await session.worker.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });
});
