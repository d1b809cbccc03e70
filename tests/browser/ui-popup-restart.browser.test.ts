// Chromium stops an MV3 service worker when it is idle. The background must come back knowing
// which frames of a tab reported, or the popup's "本页" would lose every frame but the top one
// (frames report again only when what they found changes).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Session } from '../harness/extension';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const listed = (popup: import('playwright-core').Page) => popup.locator('button.mention, button.claim').count();

it('the popup still lists every frame after the service worker was stopped and started again', async () => {
  const site = await session.open('ui-frames-popup.html');
  await site.bringToFront();
  const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const popupUrl = `popup.html?tabId=${tabId}`;

  const before = await session.openExtensionPage(popupUrl);
  await expect
    .poll(async () => {
      const n = await listed(before);
      if (n < 5) await before.reload();
      return n;
    }, { timeout: 20_000 })
    .toBe(5);
  await before.close();

  // Stop the service worker the way Chromium does when it is idle (its globals are gone after).
  const cdp = await session.context.newCDPSession(site);
  await session.worker.evaluate(() => ((globalThis as { marker?: number }).marker = 1));
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId))!;
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });

  const after = await session.openExtensionPage(popupUrl);
  await expect.poll(() => listed(after), { timeout: 10_000 }).toBe(5);
  // It really was a new service worker.
  const current = session.context.serviceWorkers().filter((w) => w.url().includes(session.extensionId)).at(-1)!;
  expect(await current.evaluate(() => (globalThis as { marker?: number }).marker)).toBeUndefined();
});
