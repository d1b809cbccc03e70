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

  it('opens the options page', async () => {
    const page = await session.openExtensionPage('options.html');
    await expect.poll(() => page.locator('h1').textContent()).toContain('证书透镜');
    await page.close();
  });
});
