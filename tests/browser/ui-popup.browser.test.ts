// The toolbar popup in the real Chromium with the built extension: the full comparison with every
// shown fact and its sources, the "本页" section for a real tab, the switches and the languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CERT_IDS, CERTIFICATES } from '../../data/certificates';
import { sourceById } from '../../data/sources';
import type { CertFactKey, Fact } from '../../data/types';
import { ARTIFACTS_DIR, launch, type Session } from '../harness/extension';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const storedSettings = () =>
  session.worker.evaluate(async () => ((await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> }).settings);

/** The id of the tab showing `page` (the worker sees tabs without the "tabs" permission, ids only). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

async function screenshotPopup(page: Page, name: string) {
  await page.setViewportSize({ width: 760, height: 600 });
  await page.screenshot({ path: `${ARTIFACTS_DIR}/${name}.png` });
}

describe('popup opened as a tab', () => {
  it('shows the comparison without a page section', async () => {
    const page = await session.openExtensionPage('popup.html');
    await expect.poll(() => page.locator('.cmp-section').count()).toBe(6);
    expect(await page.locator('.page-section').count()).toBe(0);
    const titles = await page.locator('.cmp-section-title').allTextContents();
    expect(titles.map((t) => t.replace(/^\d+\./, ''))).toEqual([
      '薪资待遇',
      '职业定义与工种/方向',
      '诞生背景与国家标准',
      '颁证与核验',
      '等级',
      '报考方式与条件',
    ]);
    await expect.poll(() => page.locator('.cl-data-checked').textContent()).toContain('数据核对于 2026-11-01');
    await page.close();
  });

  it('shows every fact of both certificates that may be shown, with its sources', async () => {
    const page = await session.openExtensionPage('popup.html');
    await page.locator('.cmp-section').first().waitFor();
    let checked = 0;
    for (const certId of CERT_IDS) {
      for (const [key, fact] of Object.entries(CERTIFICATES[certId].facts) as [CertFactKey, Fact][]) {
        if (fact.presentation !== 'fact' && fact.presentation !== 'reported') continue;
        const cell = page.locator(`[data-fact="${certId}.${key}"]`);
        expect(await cell.count(), `${certId}.${key} rendered`).toBe(1);
        const text = (await cell.textContent()) ?? '';
        expect(text, `${certId}.${key} text`).toContain(fact.text.zh_CN);
        // Sources are one click away: open the toggle and read title, date and link.
        await cell.locator('details.cl-sources-toggle').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
        for (const id of fact.sources) {
          const s = sourceById(id);
          const item = cell.locator(`li[data-source-id="${id}"]`).first();
          expect(await item.isVisible(), `${certId}.${key} source ${id} visible`).toBe(true);
          expect(await item.textContent()).toContain(s.title);
          if (s.date) expect(await item.textContent()).toContain(s.date);
          expect(await item.locator('a').getAttribute('href')).toBe(s.url);
        }
        if (fact.presentation === 'reported') {
          expect(await cell.locator('.cl-badge-reported').textContent()).toContain('未经核实');
          expect(text).toContain(fact.caveat!.zh_CN);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    await page.close();
  });

  it('puts a "常见说法" note where the article says otherwise, naming it and saying why', async () => {
    const page = await session.openExtensionPage('popup.html');
    const levels = page.locator('[data-fact="all-media-operator.levels"]');
    await levels.waitFor();
    const note = levels.locator('.cl-common-claim');
    expect(await note.textContent()).toContain('常见说法');
    expect(await note.textContent()).toContain(CERTIFICATES['all-media-operator'].facts.levels.commonClaim!.said);
    expect(await note.locator('a').getAttribute('href')).toBe(sourceById('sdzsb8-seed-article').url);
    await page.close();
  });

  it('warns that the data may be outdated a year after it was checked, not before', async () => {
    const at = async (time: string) => {
      const page = await session.context.newPage();
      await page.clock.install({ time: new Date(time) });
      await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await page.locator('.cl-data-checked').waitFor();
      const warning = (await page.locator('.cl-stale-warning').count()) ? await page.locator('.cl-stale-warning').textContent() : null;
      await page.close();
      return warning;
    };
    expect(await at('2028-03-01T10:00:00')).toContain('可能已过时');
    expect(await at('2027-06-01T10:00:00')).toBeNull();
  });

  it('follows the language setting, keeping certificate names in Chinese', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { locale: 'en' } }));
    const page = await session.openExtensionPage('popup.html');
    await expect.poll(() => page.locator('.cmp-section-title').first().textContent()).toContain('Pay');
    expect(await page.locator('.cmp-cert-name').first().textContent()).toContain('互联网营销师 (internet marketer)');
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { locale: 'zh_TW' } }));
    await expect.poll(() => page.locator('.cmp-section-title').first().textContent()).toContain('薪資待遇');
    await session.worker.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });
});

describe('popup for a page ("本页")', () => {
  it('lists the mentions per certificate and jumps to one, opening its card', async () => {
    const site = await session.open('ui-card.html');
    const tabId = await tabIdOf(site);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    const groups = popup.locator('.mention-group');
    await expect.poll(() => groups.count()).toBe(2);
    const im = popup.locator('.mention-group[data-cert="internet-marketer"]');
    expect(await im.locator('h3').textContent()).toContain('互联网营销师');
    expect(await im.locator('button.mention').count()).toBeGreaterThanOrEqual(3);
    // The last 互联网营销师 mention is far down the page: jumping there scrolls and opens its card.
    await im.locator('button.mention').last().click();
    await site.bringToFront();
    const card = site.locator('certlens-ui [role="dialog"]');
    await expect.poll(() => card.textContent()).toContain('4-01-02-07');
    const inView = await site.evaluate(() => {
      const host = document.querySelector('certlens-ui')!;
      const r = host.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && scrollY > 1000;
    });
    expect(inView).toBe(true);
    await popup.close();
    await site.close();
  });

  it('switches the site off and pauses everywhere, both stored', async () => {
    const site = await session.open('ui-card.html');
    const tabId = await tabIdOf(site);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    const siteSwitch = popup.getByLabel('在 127.0.0.1 上启用');
    await siteSwitch.waitFor();
    expect(await siteSwitch.isChecked()).toBe(true);
    await siteSwitch.uncheck();
    await expect.poll(async () => (await storedSettings())?.disabledSites).toEqual(['127.0.0.1']);
    await expect.poll(() => popup.locator('.page-section').textContent()).toContain('已在此网站关闭');
    await siteSwitch.check();
    await expect.poll(async () => (await storedSettings())?.disabledSites).toEqual([]);

    await popup.getByLabel('暂停证书透镜（所有网站）').check();
    await expect.poll(async () => (await storedSettings())?.paused).toBe(true);
    // A fresh popup (as after a restart) reads the stored switches back.
    const again = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => again.getByLabel('暂停证书透镜（所有网站）').isChecked()).toBe(true);
    await again.getByLabel('暂停证书透镜（所有网站）').uncheck();
    await expect.poll(async () => (await storedSettings())?.paused).toBe(false);
    await again.close();
    await popup.close();
    await site.close();
  });

  it('takes screenshots of the popup over a page, light and dark', async () => {
    const site = await session.open('ui-card.html');
    const tabId = await tabIdOf(site);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.locator('.mention-group').first().waitFor();
    await screenshotPopup(popup, 'ui-popup-light');
    await popup.close();
    await site.close();
    const dark = await launch({ colorScheme: 'dark' });
    try {
      const s = await dark.open('ui-card.html');
      await s.bringToFront();
      const id = await dark.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
      const p = await dark.openExtensionPage(`popup.html?tabId=${id}`);
      await p.locator('.mention-group').first().waitFor();
      await screenshotPopup(p, 'ui-popup-dark');
      // The comparison further down, too.
      await p.locator('[data-section="levels"]').scrollIntoViewIfNeeded();
      await p.screenshot({ path: `${ARTIFACTS_DIR}/ui-popup-levels-dark.png` });
    } finally {
      await dark.close();
    }
  });
});
