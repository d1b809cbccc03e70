// The user's switches (pause, off on this site) clear the highlights and the badge at once and
// bring them back; hostile page styles (10px rem base, `all: unset` resets) do not hide them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../harness/extension';
import { badgeOf, isPainted, mentionCount, textsById, waitFor, witness } from './engine-helpers';

let session: Session;
let page: Page;

const setSettings = (settings: Record<string, unknown>) =>
  session.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);

beforeAll(async () => {
  session = await launch();
  page = await session.open('engine-styles.html');
  await waitFor(() => textsById(page), (b) => b['all-inline'] !== undefined);
});
afterAll(async () => {
  await session?.close();
});

describe('pages with aggressive CSS', () => {
  it('finds the mentions, following the page\'s own display rules', async () => {
    expect(await textsById(page)).toEqual({
      'reset-1': ['互联网营销师', '直播销售员'],
      'reset-2': ['全媒体运营师'],
      // `all: unset` makes these spans inline (the reset does not re-block them), so they read as one.
      'all-inline': ['全媒体运营师'],
    });
  });

  it('paints them despite html{font-size:10px} and a reset of every element', async () => {
    expect(await isPainted(page, 'reset-1')).toBe(true);
    expect(await isPainted(page, 'reset-2')).toBe(true);
  });

  it('shows the count in the toolbar badge', async () => {
    await expect.poll(() => badgeOf(session.worker)).toBe('4');
  });

  it('leaves the page exactly as it was', async () => {
    const w = await witness(page);
    expect([w.same, w.textSame, w.nodesNow === w.nodesBefore, w.mutations]).toEqual([true, true, true, 0]);
  });
});

describe('the highlight styles', () => {
  it('are adopted before the page parses anything (the document_start script)', async () => {
    const start = await session.open('engine-document-start.html');
    const rules: string[] = await start.evaluate(() => (window as unknown as { sheetsAtStart: string[] }).sheetsAtStart);
    expect(rules.some((r) => r.includes('::highlight(certlens-mention-internet-marketer)'))).toBe(true);
    expect(rules.some((r) => r.includes('::highlight(certlens-claim-contradicts)'))).toBe(true);
    // The engine uses the same sheet: the document holds it once.
    await waitFor(() => mentionCount(start), (n) => n === 1);
    const ours = await start.evaluate(() => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('certlens'))).length);
    expect(ours).toBe(1);
    await start.close();
  });
});

describe('pause and per-site switch', () => {
  it('clears every highlight and the badge when paused, and brings them back', async () => {
    await setSettings({ paused: true });
    await expect.poll(() => mentionCount(page)).toBe(0);
    await expect.poll(() => badgeOf(session.worker)).toBe('');
    await setSettings({ paused: false });
    await expect.poll(() => mentionCount(page)).toBe(4);
    await expect.poll(() => badgeOf(session.worker)).toBe('4');
  });

  it('clears them when switched off on this site only', async () => {
    await setSettings({ disabledSites: ['127.0.0.1'] });
    await expect.poll(() => mentionCount(page)).toBe(0);
    await expect.poll(() => badgeOf(session.worker)).toBe('');
    await setSettings({ disabledSites: ['example.com'] });
    await expect.poll(() => mentionCount(page)).toBe(4);
  });

  it('does not start on a page of a site that is off', async () => {
    await setSettings({ disabledSites: ['127.0.0.1'] });
    const other = await session.open('engine-styles.html');
    await other.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    expect(await mentionCount(other)).toBe(0);
    await other.close();
    await setSettings({});
  });
});
