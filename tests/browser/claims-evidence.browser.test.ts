// Evidence end to end in the built extension: save a claim from its card (and from the selection
// check), once per claim and page; the options page lists what was saved, exports it as Markdown
// and JSON (the real downloads, read back), and deletes one or all.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimRuleById } from '../../data/claim-rules';
import { claimSourceById } from '../../data/claim-sources';
import { launch, type Session } from '../harness/extension';
import { cardState, rest, termBox } from './ui-helpers';
import { inCard, settledFlags, storedEvidence, tabIdOf } from './claims-helpers';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  page = await session.open('claims-page.html');
  await settledFlags(page, 13);
});
afterAll(async () => {
  await session?.close();
});

async function saveFromCard(id: string, text: string): Promise<string> {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await expect.poll(async () => (await cardState(page)).open).toBe(false);
  const box = await termBox(page, id, text);
  await rest(page, box.x, box.y);
  await expect.poll(async () => (await cardState(page)).open).toBe(true);
  // Move onto the card (it stays open), then press its button like a reader.
  const button = page.locator('certlens-ui .cl-save');
  await button.click();
  await expect.poll(async () => (await inCard(page, (root) => root.querySelector('.cl-save-status')?.textContent)) ?? '').not.toBe('');
  return (await inCard(page, (root) => root.querySelector('.cl-save-status')!.textContent!))!;
}

describe('saving evidence', () => {
  it('saves a claim from its card with what a complaint needs, once per claim and page', async () => {
    expect(await saveFromCard('heading-context', '人社部颁发')).toBe('已保存为证据，可在设置页查看和导出');
    const [item] = await storedEvidence(session.worker);
    const rule = claimRuleById('issued-by-mohrss');
    expect(item).toMatchObject({
      ruleId: 'issued-by-mohrss',
      verdict: 'contradicts',
      verdictLabel: '与官方信息不符',
      quote: '人社部颁发，全国通用，终身有效！',
      phrase: '人社部颁发',
      truth: rule.truth.zh_CN,
      pageUrl: session.server.url('claims-page.html'),
      pageTitle: '互联网营销师 全媒体运营师 考证班（测试页，虚构）',
      locale: 'zh_CN',
    });
    expect(item!.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect((item!.sources as { url: string }[]).map((s) => s.url)).toEqual(rule.sources.map((id) => claimSourceById(id).url));
    // The same claim again: not a second item.
    expect(await saveFromCard('heading-context', '人社部颁发')).toBe('这条已在证据中');
    expect(await storedEvidence(session.worker)).toHaveLength(1);
    // Another claim, and a flagged link.
    expect(await saveFromCard('traditional', '不過全額退費')).toBe('已保存为证据，可在设置页查看和导出');
    expect(await saveFromCard('fake-lookup', '点此查询真伪')).toBe('已保存为证据，可在设置页查看和导出');
    const items = await storedEvidence(session.worker);
    expect(items.map((i) => i.ruleId)).toEqual(['issued-by-mohrss', 'guaranteed-pass', 'lookalike-official-site']);
    expect(items[2]).toMatchObject({ host: 'osta-zscx-cert.example.com', phrase: '点此查询真伪' });
    await page.keyboard.press('Escape');
  });

  it('saves from the selection check too', async () => {
    await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('split')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const tabId = await tabIdOf(session.worker, page);
    await session.worker.evaluate(({ tabId }) => chrome.tabs.sendMessage(tabId, { type: 'certlens:check-selection', text: '' }, { frameId: 0 }), { tabId });
    await expect.poll(async () => (await cardState(page)).name).toBe('证书透镜核查结果');
    await page.locator('certlens-ui .cl-save').first().click();
    await expect.poll(async () => (await storedEvidence(session.worker)).length).toBe(4);
    expect((await storedEvidence(session.worker))[3]).toMatchObject({ ruleId: 'guaranteed-pass', phrase: '包过', quote: '互联网营销师包过班，报名从速。' });
    await page.keyboard.press('Escape');
    await page.evaluate(() => getSelection()!.removeAllRanges());
  });
});

describe('the options page', () => {
  it('lists the saved claims, newest first, and exports them as Markdown and JSON', async () => {
    const options = await session.openExtensionPage('options.html');
    const list = options.locator('.evidence-list > li');
    await expect.poll(() => list.count()).toBe(4);
    expect(await options.locator('#evidence-title').textContent()).toBe('保存的证据共 4 条');
    expect(await list.first().locator('.evidence-verdict').textContent()).toBe('违规宣传');
    expect(await list.last().locator('mark').textContent()).toBe('人社部颁发');
    expect(await list.last().locator('.evidence-page a').getAttribute('href')).toBe(session.server.url('claims-page.html'));

    const [md] = await Promise.all([options.waitForEvent('download'), options.locator('button.export-md').click()]);
    expect(md.suggestedFilename()).toMatch(/^certlens-evidence-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown.startsWith('# 证书透镜核查记录：培训宣传中与官方信息不符的说法')).toBe(true);
    expect(markdown).toContain('12315');
    expect(markdown).toContain('## 1. 与官方信息不符：人社部颁发');
    expect(markdown).toContain('  > 人社部颁发，全国通用，终身有效！');
    expect(markdown).toContain(`- 网址：<${session.server.url('claims-page.html')}>`);
    expect(markdown).toMatch(/- 记录时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)/);
    expect(markdown).toContain(`- 官方信息：${claimRuleById('issued-by-mohrss').truth.zh_CN}`);
    expect(markdown).toContain('- 被标出的说法：点此查询真伪（osta-zscx-cert.example.com）');
    for (const id of claimRuleById('issued-by-mohrss').sources) {
      const s = claimSourceById(id);
      expect(markdown).toContain(`<${s.url}>`);
      if (s.date) expect(markdown).toContain(s.date);
    }

    const [json] = await Promise.all([options.waitForEvent('download'), options.locator('button.export-json').click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const doc = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(doc.format).toBe('certlens-evidence');
    expect(doc.version).toBe(1);
    expect(doc.items.map((i: { ruleId: string }) => i.ruleId)).toEqual(['issued-by-mohrss', 'guaranteed-pass', 'lookalike-official-site', 'guaranteed-pass']);
    expect(doc.items[0].claimReview.reviewRating.alternateName).toBe('与官方信息不符');
    expect(doc.items[0].claimReview.itemReviewed.appearance.url).toBe(session.server.url('claims-page.html'));
    await options.close();
  });

  it('deletes one, then all', async () => {
    const options = await session.openExtensionPage('options.html');
    const list = options.locator('.evidence-list > li');
    await expect.poll(() => list.count()).toBe(4);
    await list.filter({ has: options.locator('mark', { hasText: /^点此查询真伪$/ }) }).locator('button.delete').click();
    await expect.poll(() => list.count()).toBe(3);
    expect((await storedEvidence(session.worker)).map((i) => i.ruleId)).toEqual(['issued-by-mohrss', 'guaranteed-pass', 'guaranteed-pass']);
    await options.locator('button.delete-all').click();
    await expect.poll(() => options.locator('.evidence-none').count()).toBe(1);
    expect(await storedEvidence(session.worker)).toEqual([]);
    await options.close();
  });
});
