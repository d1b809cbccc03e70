// The Firefox build in a real Firefox (Debian's ESR, headless, over WebDriver BiDi): the same pages
// read in Chromium and in Firefox must give the same highlights (mentions and claims, the claims
// coming from the content script's second file), an untouched page, and no error from our scripts
// in Firefox's log. Chromium is the reference: every other browser test pins what it finds.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../harness/extension';
import { launchFirefox, type FirefoxSession, type FirefoxTab } from '../harness/firefox';
import { highlighted, settledLines, waitFor, witness, type Highlighted } from './engine-helpers';
import { cardState, rest, termBox } from './ui-helpers';

let chromium: Session;
let firefox: FirefoxSession;
beforeAll(async () => {
  chromium = await launch();
  firefox = await launchFirefox();
}, 120_000);
afterAll(async () => {
  await chromium?.close();
  await firefox?.close();
});

/** The engine helpers take a Playwright page; a Firefox tab answers `evaluate` the same way. */
const asPage = (tab: FirefoxTab) => tab as unknown as Page;

// Sorted here, not in the page: the browsers' localeCompare orders Chinese differently.
const summary = (all: Highlighted[]) => all.map((h) => `${h.path} ${h.text} ${h.name}${h.connected ? '' : ' (stale)'}`).sort();

/** Reads `read` every 600 ms. */
const paced = (read: () => Promise<string[]>) => async () => {
  await new Promise((r) => setTimeout(r, 600));
  return read();
};

/**
 * Chromium's highlights once they stop changing: the same in three reads 600 ms apart, with a
 * claim among them when the page has claims (they come from the content script's second file).
 */
const settledIn = (page: Page, withClaims: boolean) =>
  settledLines(
    paced(async () => summary(await highlighted(page))),
    (lines) => lines.length > 0 && (!withClaims || lines.some((line) => line.includes('certlens-claim-'))),
    2,
    30_000,
  );

describe('the Firefox build in Firefox', () => {
  // Mentions (plain, split, traditional, near-misses, work types), shadow roots, and claims.
  const pages = [
    { path: 'engine-matching.html', claims: false },
    { path: 'engine-shadow.html', claims: false },
    { path: 'claims-page.html', claims: true },
    { path: 'training.html', claims: true },
  ];
  for (const { path, claims } of pages) {
    it(`highlights on ${path} what Chromium highlights`, async () => {
      const inChromium = await settledIn(await chromium.open(path), claims);
      const tab = await firefox.open(path);
      await expect.poll(async () => summary(await highlighted(asPage(tab))), { timeout: 20_000 }).toEqual(inChromium);
    });
  }

  it('highlights in every frame what Chromium highlights there (same-origin, srcdoc, script-filled about:blank)', async () => {
    // Each browser has its own server: a frame is told by its path (or about:blank, about:srcdoc).
    const where = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');
    const page = await chromium.open('engine-frames.html');
    const chromiumFrames = async () => {
      const out: string[] = [];
      for (const f of page.frames()) if (f !== page.mainFrame()) out.push(...summary(await highlighted(f)).map((line) => `${where(f.url())} ${line}`));
      return out.sort();
    };
    // Each of the three frames has a mention; stable over three reads.
    const inChromium = await settledLines(paced(chromiumFrames), (lines) => new Set(lines.map((line) => line.split(' ')[0])).size === 3, 2, 30_000);
    const tab = await firefox.open('engine-frames.html');
    const firefoxFrames = async () => {
      const out: string[] = [];
      for (const { url, frame } of await tab.frames()) out.push(...summary(await highlighted(asPage(frame))).map((line) => `${where(url)} ${line}`));
      return out.sort();
    };
    await expect.poll(firefoxFrames, { timeout: 20_000 }).toEqual(inChromium);
  });

  it('follows a page that changes as Chromium does: infinite scroll, a re-render, a split term completed, a <br> inside a term', async () => {
    const changes = "page.appendCards(8); page.rerender('全媒体运营师证书'); page.completeJoin(); page.splitWithBr();";
    const ready = (all: Highlighted[]) => all.some((h) => h.id === 'gone-term');
    const page = await chromium.open('engine-dynamic.html');
    await waitFor(() => highlighted(page), ready);
    await page.evaluate(changes);
    const inChromium = await settledIn(page, false);
    expect(inChromium.some((line) => line.startsWith('card-8 '))).toBe(true);

    const tab = await firefox.open('engine-dynamic.html');
    await waitFor(() => highlighted(asPage(tab)), ready);
    await tab.evaluate((code) => (0, eval)(code), changes);
    await expect.poll(async () => summary(await highlighted(asPage(tab))), { timeout: 20_000 }).toEqual(inChromium);
  });

  it('leaves the page exactly as it was', async () => {
    const tab = await firefox.open('engine-matching.html');
    // The sentinel is the page's last mention: once it is highlighted, the scan is through.
    await expect.poll(async () => (await highlighted(asPage(tab))).some((h) => h.id === 'sentinel')).toBe(true);
    const w = await witness(asPage(tab));
    expect(w).toMatchObject({ same: true, textSame: true, mutations: 0 });
    expect(w.nodesNow).toBe(w.nodesBefore);
  });

  /** The card a pointer resting on `text` in element `id` opens, in each browser; Esc then closes Firefox's. */
  async function cardsOn(path: string, id: string, text: string) {
    const page = await chromium.open(path);
    const highlights = await settledIn(page, path.startsWith('claims'));
    const box = await termBox(page, id, text);
    await rest(page, box.x, box.y);
    await expect.poll(async () => (await cardState(page)).open).toBe(true);
    const inChromium = await cardState(page);

    const tab = await firefox.open(path);
    await expect.poll(async () => summary(await highlighted(asPage(tab))), { timeout: 20_000 }).toEqual(highlights);
    const at = await termBox(asPage(tab), id, text);
    await tab.rest(at.x, at.y);
    await expect.poll(async () => (await cardState(asPage(tab))).open).toBe(true);
    const inFirefox = await cardState(asPage(tab));
    await tab.press('\uE00C');
    await expect.poll(async () => (await cardState(asPage(tab))).open).toBe(false);
    const what = (c: typeof inChromium) => ({ name: c.name, description: c.description, text: c.text, role: c.role, focused: c.focused });
    return { inChromium: what(inChromium), inFirefox: what(inFirefox) };
  }

  it('opens the same hover card as Chromium on a mention, and closes it with Escape', async () => {
    const { inChromium, inFirefox } = await cardsOn('ui-card.html', 'plain', '互联网营销师');
    expect(inFirefox.name).toContain('互联网营销师');
    expect(inFirefox.description).toContain('4-01-02-07');
    expect(inFirefox).toEqual(inChromium);
  });

  it('opens the same claim card as Chromium on a flagged phrase', async () => {
    const { inChromium, inFirefox } = await cardsOn('claims-page.html', 'heading-context', '人社部颁发');
    expect(inFirefox.text).toContain('人社部颁发');
    expect(inFirefox).toEqual(inChromium);
  });

  // Every page above made the background update the toolbar badge: before the Manifest V2 fallback
  // (browserAction), each update threw here. Firefox does not let BiDi open the add-on's own pages,
  // so the badge text itself is read in Chromium only (engine-frames-shadow, claims-page).
  it('logs no error from our scripts', () => {
    expect(firefox.extensionErrors()).toEqual([]);
  });
});
