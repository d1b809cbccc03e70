// Chromium stops an MV3 service worker when it is idle. The background must come back knowing
// which frames of a tab reported, or the popup's "本页" would lose every frame but the top one
// (frames report again only when what they found changes), and the keyboard commands must go on
// from the frame of the last jump.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launch, type Session } from '../harness/extension';
import { NEXT_MENTION } from '../../utils/commands';
import { TabReports } from '../../utils/badge';
import { cardState } from './ui-helpers';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const listed = (popup: Page) => popup.locator('button.mention, button.claim').count();

/** Stops the extension's service worker the way Chromium does when it is idle. */
async function stopWorker(site: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(site);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId))!;
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}

const currentWorker = (): Worker => session.context.serviceWorkers().filter((w) => w.url().includes(session.extensionId)).at(-1)!;

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

  // Stop the service worker (its globals are gone after).
  await session.worker.evaluate(() => ((globalThis as { marker?: number }).marker = 1));
  await stopWorker(site);

  const after = await session.openExtensionPage(popupUrl);
  await expect.poll(() => listed(after), { timeout: 10_000 }).toBe(5);
  // It really was a new service worker.
  expect(await currentWorker().evaluate(() => (globalThis as { marker?: number }).marker)).toBeUndefined();
});

it('the keyboard goes on from the frame of the last jump after the service worker was stopped', async () => {
  // The real onCommand listener of the background, fired with the event's own dispatch (headless
  // Chromium has no window to press the shortcut in).
  const site = await session.open('ui-frames-popup.html');
  await site.bringToFront();
  const first = currentWorker();
  const tabId = await first.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const frameA = async () => {
    for (const f of site.frames()) if (f !== site.mainFrame() && (await f.locator('#a-first').count()) > 0) return f;
    throw new Error('no frame A');
  };
  const press = async (worker: Worker) => {
    // `dispatch` is on every extension event in Chromium, though not in the API's types.
    await worker.evaluate(
      ([command, id]) => (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch(command, { id }),
      [NEXT_MENTION, tabId] as const,
    );
  };
  const openIn = async (target: Page | Awaited<ReturnType<typeof frameA>>) => {
    const card = await cardState(target);
    return card.open && card.focused ? card.name : '';
  };
  // Wait until the three frames with entries have reported, then go to the top frame's entry and
  // into frame A.
  const framesWithEntries = async () => {
    const reports = new TabReports();
    reports.restore(await first.evaluate(async () => (await chrome.storage.session.get('tabReports')).tabReports));
    return reports.navigationOrder(tabId, 'mention').length;
  };
  await expect.poll(framesWithEntries, { timeout: 20_000 }).toBe(3);
  const a = await frameA();
  await press(first);
  await expect.poll(() => openIn(site)).not.toBe('');
  await press(first);
  await expect.poll(() => openIn(a)).toBe('全媒体运营师');
  // The worker saves the frame right after the jump; Chromium stops it only after ~30 s idle, so
  // wait for the save as a real stop would.
  const savedFrame = () =>
    first.evaluate(async (id) => {
      const saved = ((await chrome.storage.session.get('lastJumpFrames')).lastJumpFrames ?? []) as [number, number][];
      return saved.find(([tab]) => tab === id)?.[1] ?? -1;
    }, tabId);
  await expect.poll(savedFrame).toBeGreaterThan(0);

  await first.evaluate(() => ((globalThis as { marker?: number }).marker = 2));
  await stopWorker(site);
  // Something must start a new worker: the popup does, asking it for the tab's summary.
  const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
  await expect.poll(() => listed(popup), { timeout: 10_000 }).toBe(5);
  await popup.close();
  const second = currentWorker();
  expect(await second.evaluate(() => (globalThis as { marker?: number }).marker)).toBeUndefined();
  await press(second);
  // Frame A's second entry, not frame A's first again (where a worker that forgot the frame would
  // go: the top frame has nothing further, so the next frame starts from its edge).
  await expect.poll(() => openIn(a)).toBe('互联网营销师');
  expect(await openIn(site)).toBe('');
});
