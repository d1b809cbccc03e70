// The content script's second file (content-on-demand.js: the cards and the claim checker, see
// entrypoints/content/on-demand.ts) in the built extension: a page without a candidate never loads
// it; a page with one loads it once, and its claims and cards work. A page cannot fetch the file at
// the extension's id (use_dynamic_url; without it, it can: checked), nor see it among its resources.
// And what an open page keeps when the extension is reloaded (or updated) under it.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launch, type Session } from '../harness/extension';
import { highlighted, mentionCount } from './engine-helpers';
import { cardState, rest, termBox } from './ui-helpers';
import { settledHighlights } from './claims-helpers';
import { CLAIM_RULES } from '../../data/claim-rules';
import { CERTIFICATES } from '../../data/certificates';

const ON_DEMAND = 'content-on-demand.js';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

/**
 * Opens a fixture with Chromium's debugger listening, and gives the URLs of the extension's
 * scripts that get compiled in the page (every world, the content script's included).
 */
async function openWatchingScripts(path: string): Promise<{ page: Page; scripts: string[] }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const scripts: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith('chrome-extension://')) scripts.push(e.url);
  });
  await cdp.send('Debugger.enable');
  await page.goto(session.server.url(path));
  return { page, scripts };
}

const named = (scripts: string[], file: string) => scripts.filter((url) => new URL(url).pathname === `/${file}`);

describe('the built files', () => {
  // A static import of the card or checker code from the content script would still work (it
  // would be bundled twice), and put the size back on every page load: the texts show where it went.
  const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
  const onDemand = readFileSync(join(EXTENSION_DIR, ON_DEMAND), 'utf8');
  const ruleTexts = CLAIM_RULES.map((r) => r.truth.zh_CN);
  // The levels' English names: only the cards show them.
  const levelNames = Object.values(CERTIFICATES).flatMap((c) => c.levels.map((l) => l.name.en));

  it('the claim rules\' explanations and the certificates\' facts are in the second file only', () => {
    expect(ruleTexts.length).toBeGreaterThan(10);
    expect(ruleTexts.filter((t) => !onDemand.includes(t))).toEqual([]);
    expect(ruleTexts.filter((t) => content.includes(t))).toEqual([]);
    expect(levelNames.length).toBeGreaterThan(4);
    expect(levelNames.filter((t) => !onDemand.includes(t))).toEqual([]);
    expect(levelNames.filter((t) => content.includes(t))).toEqual([]);
  });
});

describe('the second file', () => {
  it('is not loaded on a page without a candidate', async () => {
    const { page, scripts } = await openWatchingScripts('no-mention.html');
    // The content script ran (it is compiled in the page) ...
    await expect.poll(() => named(scripts, 'content-scripts/content.js').length).toBe(1);
    // ... and has had time to scan the page (a few ms; this waits well past its idle-time start).
    await page.waitForTimeout(2_000);
    expect(named(scripts, ON_DEMAND)).toEqual([]);
    expect(await highlighted(page)).toEqual([]);
    await page.close();
  });

  it('is loaded once on a page with a mention, and the claims and cards work', async () => {
    const { page, scripts } = await openWatchingScripts('claims-page.html');
    // The claim checker is in the file: a claim highlight means it loaded and ran.
    await expect.poll(async () => (await highlighted(page)).some((h) => h.name.startsWith('certlens-claim-'))).toBe(true);
    // Once, from the extension (the content script's world may use its URL; a page may not: below).
    const loaded = named(scripts, ON_DEMAND);
    expect(loaded).toHaveLength(1);
    expect(new URL(loaded[0]!).host).toBe(session.extensionId);

    // A card renders with the file's Preact (the content script has none of its own).
    await page.locator('#own-mention').scrollIntoViewIfNeeded();
    const term = await termBox(page, 'own-mention', '全媒体运营师', 1);
    await rest(page, term.x, term.y);
    await expect.poll(async () => (await cardState(page)).open).toBe(true);
    // Still one load: the card came from the same module.
    expect(named(scripts, ON_DEMAND)).toHaveLength(1);
    await page.close();
  });

  it('cannot be fetched by a page at the extension id, and is not among the page\'s resources', async () => {
    const page = await session.open('claims-page.html');
    await expect.poll(async () => (await highlighted(page)).some((h) => h.name.startsWith('certlens-claim-'))).toBe(true);
    const seen = await page.evaluate(async (id) => {
      let fetched: string;
      try {
        const res = await fetch(`chrome-extension://${id}/content-on-demand.js`);
        fetched = `status ${res.status}`;
      } catch {
        fetched = 'refused';
      }
      const resources = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.startsWith('chrome-extension:'));
      return { fetched, resources };
    }, session.extensionId);
    expect(seen).toEqual({ fetched: 'refused', resources: [] });
    await page.close();
  });
});

describe('without the second file (the extension updated or removed under the page)', () => {
  it('still highlights every mention, flags no claim, opens no card, and says why once', async () => {
    const normal = await session.open('claims-page.html');
    await expect.poll(async () => (await highlighted(normal)).some((h) => h.name.startsWith('certlens-claim-'))).toBe(true);
    // Counted once everything has settled: the first claim may come before the last mention's
    // block (a fresh-clone CI run read 7 of the page's 8 mentions here).
    const mentions = (await settledHighlights(normal)).filter((line) => line.includes(' certlens-mention-')).length;
    await normal.close();

    const dir = mkdtempSync(join(tmpdir(), 'certlens-no-on-demand-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    rmSync(join(dir, ON_DEMAND));
    const broken = await launch({ extensionDir: dir });
    try {
      const page = await broken.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && m.text().includes('[CertLens]')) errors.push(m.text());
      });
      await page.goto(broken.server.url('claims-page.html'));
      // The same mentions as with the file (the claim checker's module is not theirs to wait for).
      await expect.poll(() => mentionCount(page)).toBe(mentions);
      const names = (await highlighted(page)).map((h) => h.name);
      expect(names.filter((n) => n.startsWith('certlens-claim-'))).toEqual([]);
      await page.locator('#own-mention').scrollIntoViewIfNeeded();
      const term = await termBox(page, 'own-mention', '全媒体运营师', 1);
      await rest(page, term.x, term.y);
      await expect.poll(() => errors.filter((e) => e.includes('card could not be loaded')).length).toBe(1);
      expect((await cardState(page)).open).toBe(false);
      expect(errors.filter((e) => e.includes('claim checker could not be loaded'))).toHaveLength(1);
      await page.close();
    } finally {
      await broken.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the extension reloaded under an open page', () => {
  it('takes its highlights away, opens no card, throws nothing, and leaves the text as it was', async () => {
    const s2 = await launch();
    try {
      const page = await s2.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && m.text().includes('[CertLens]')) errors.push(m.text());
      });
      await page.goto(s2.server.url('claims-page.html'));
      await expect.poll(async () => (await highlighted(page)).some((h) => h.name.startsWith('certlens-claim-'))).toBe(true);
      const text = await page.evaluate(() => document.body.textContent);
      const nodes = await page.evaluate(() => document.querySelectorAll('*').length);

      // The old content script stays in the page with its extension context gone. It can no longer
      // open a card or reach the background: its highlights go (the next load gets the new build).
      await s2.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      await expect.poll(async () => (await highlighted(page)).length, { timeout: 20_000 }).toBe(0);
      await page.locator('#own-mention').scrollIntoViewIfNeeded();
      const term = await termBox(page, 'own-mention', '全媒体运营师', 1);
      await rest(page, term.x, term.y);
      await page.waitForTimeout(1_000);
      expect((await cardState(page)).open).toBe(false);
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => document.body.textContent)).toBe(text);
      // Our UI's host, if a card had ever opened, is the only element we may add; none did here.
      expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBe(nodes);
      await page.close();
    } finally {
      await s2.close();
    }
  });
});
