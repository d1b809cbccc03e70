// The claim card in the built extension: hover over a flagged phrase and read the card from its
// shadow root; a claim phrase containing a mention opens the claim card; the popup's 本页 lists the
// claims grouped by verdict and jumps to one; the context-menu check ("用证书透镜核查") through the
// message the background sends, and its fallback page.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimRuleById } from '../../data/claim-rules';
import { claimSourceById } from '../../data/claim-sources';
import { ARTIFACTS_DIR, launch, type Session } from '../harness/extension';
import { cardState, overlaps, rest, termBox, touch } from './ui-helpers';
import { inCard, settledFlags, tabIdOf } from './claims-helpers';

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
afterEach(async () => {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await page.evaluate(() => {
    getSelection()?.removeAllRanges();
    scrollTo(0, 0);
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect.poll(async () => (await cardState(page)).open).toBe(false);
});

async function hover(id: string, text: string, char?: number) {
  const box = await termBox(page, id, text, char);
  await rest(page, box.x, box.y);
  await expect.poll(async () => (await cardState(page)).open).toBe(true);
  return box;
}

describe('claim card from the keyboard', () => {
  /** Exactly what the background sends for the next-claim / previous-claim commands (utils/commands.ts). */
  const command = async (direction: 'next' | 'previous', target: 'claim' | 'mention') => {
    const id = await tabIdOf(session.worker, page);
    return session.worker.evaluate(
      ({ id, direction, target }) => chrome.tabs.sendMessage(id, { type: 'certlens:navigate', direction, target }, { frameId: 0 }),
      { id, direction, target },
    );
  };
  /** The flagged phrases in page order, read from CSS.highlights. */
  const claimsInOrder = () =>
    page.evaluate(() => {
      const ranges: StaticRange[] = [];
      for (const [name, h] of CSS.highlights) if (name.startsWith('certlens-claim-')) ranges.push(...(h as unknown as Iterable<StaticRange>));
      const live = ranges.map((r) => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x;
      });
      live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return live.map((r) => r.toString());
    });
  const marked = async () => {
    await expect.poll(async () => (await cardState(page)).focused).toBe(true);
    return (await inCard(page, (root) => root.querySelector('.cl-claim-quote mark')?.textContent ?? null))!;
  };

  it('declares user-changeable shortcuts for next and previous claim', async () => {
    const commands = await session.worker.evaluate(() => chrome.runtime.getManifest().commands);
    expect(commands?.['next-claim']?.suggested_key).toEqual({ default: 'Alt+Shift+U' });
    expect(commands?.['previous-claim']?.suggested_key).toEqual({ default: 'Alt+Shift+Y' });
  });

  it('goes from claim to claim in page order with the card focused, wrapping at the ends', async () => {
    const order = await claimsInOrder();
    expect(order.length).toBeGreaterThanOrEqual(13);
    expect(await command('next', 'claim')).toBe(true);
    expect(await marked()).toBe(order[0]);
    expect((await cardState(page)).name).toBe('与官方信息不符');
    expect(await command('next', 'claim')).toBe(true);
    await expect.poll(marked).toBe(order[1]);
    expect(await command('previous', 'claim')).toBe(true);
    await expect.poll(marked).toBe(order[0]);
    // Back from the first: the last claim, scrolled into view.
    expect(await command('previous', 'claim')).toBe(true);
    await expect.poll(marked).toBe(order[order.length - 1]);
    const lastOnScreen = await page.evaluate((text) => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('certlens-claim-')) continue;
        for (const r of h as unknown as Iterable<StaticRange>) {
          const x = document.createRange();
          x.setStart(r.startContainer, r.startOffset);
          x.setEnd(r.endContainer, r.endOffset);
          if (x.toString() !== text) continue;
          const box = x.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= innerHeight && scrollY > 0;
        }
      }
      return false;
    }, order[order.length - 1]!);
    expect(lastOnScreen).toBe(true);
    // The mention keys still go to mentions.
    expect(await command('next', 'mention')).toBe(true);
    await expect.poll(async () => (await cardState(page)).name).toMatch(/互联网营销师|全媒体运营师/);
  });
});

describe('claim card on a touch screen', () => {
  it('opens on a tap on the flagged phrase, and a tap elsewhere closes it', async () => {
    const term = await termBox(page, 'heading-context', '人社部颁发');
    await touch(page, term.x, term.y);
    await expect.poll(async () => (await cardState(page)).name).toBe('与官方信息不符');
    const card = await cardState(page);
    expect(card.focused).toBe(false);
    expect(overlaps(card, term)).toBe(false);
    await touch(page, 5, 5);
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
  });
});

describe('claim card on hover', () => {
  it('shows the verdict, the sentence with the phrase marked, the truth, dated sources and how to check', async () => {
    const term = await hover('heading-context', '人社部颁发');
    const card = await cardState(page);
    const rule = claimRuleById('issued-by-mohrss');
    expect(card.role).toBe('dialog');
    expect(card.name).toBe('与官方信息不符');
    expect(card.description).toBe('可疑宣传');
    expect(card.focused).toBe(false);
    expect(overlaps(card, term)).toBe(false);
    expect(card.text).toContain(rule.truth.zh_CN);
    expect(card.text).toContain(rule.howToCheck.zh_CN);
    const parts = await inCard(page, (root) => ({
      quote: root.querySelector('.cl-claim-quote')?.textContent,
      mark: root.querySelector('.cl-claim-quote mark')?.textContent,
      // Page text is text: nothing of the sentence became an element besides our <mark>.
      quoteElements: root.querySelector('.cl-claim-quote')?.querySelectorAll('*').length,
      sources: [...root.querySelectorAll('.cl-sources li')].map((li) => ({ id: li.getAttribute('data-source-id'), text: li.textContent, href: li.querySelector('a')?.href })),
      links: [...root.querySelectorAll('a')].map((a) => a.href),
      save: root.querySelector('.cl-save')?.textContent,
    }));
    expect(parts!.quote).toBe('人社部颁发，全国通用，终身有效！');
    expect(parts!.mark).toBe('人社部颁发');
    expect(parts!.quoteElements).toBe(1);
    expect(parts!.sources.map((s) => s.id)).toEqual(rule.sources);
    for (const s of parts!.sources) {
      const source = claimSourceById(s.id!);
      expect(s.href).toBe(source.url);
      expect(s.text).toContain(source.date ?? '日期不详');
    }
    expect(parts!.links).toContain('https://zscx.osta.org.cn/');
    expect(parts!.save).toBe('保存为证据');
    await page.screenshot({ path: `${ARTIFACTS_DIR}/claims-card-light.png` });
  });

  it('says where a flagged link really goes', async () => {
    await hover('fake-lookup', '点此查询真伪');
    const card = await cardState(page);
    expect(card.name).toBe('与官方信息不符');
    expect(card.text).toContain('链接指向 osta-zscx-cert.example.com，不是官方查询网站');
  });

  it('opens the claim card, not the mention card, over a claim phrase that contains a mention', async () => {
    // "互联网营销师高级工程师": rest on 营 (inside the mention 互联网营销师 and the claim).
    await hover('overlap', '互联网营销师高级工程师', 3);
    expect((await cardState(page)).name).toBe('与官方信息不符');
    expect(await inCard(page, (root) => root.querySelector('.cl-claim')?.getAttribute('data-rule'))).toBe('invented-title');
    // A mention outside any claim still opens the mention card.
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
    await hover('title', '互联网营销师');
    expect((await cardState(page)).description).toContain('4-01-02-07');
  });

  it('speaks the UI language', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { locale: 'en' } }));
    await hover('traditional', '包過');
    await expect.poll(async () => (await cardState(page)).name).toBe('Prohibited advertising');
    expect((await cardState(page)).text).toContain(claimRuleById('guaranteed-pass').truth.en);
    await session.worker.evaluate(() => chrome.storage.local.remove('settings'));
  });
});

describe('popup 本页', () => {
  it('lists the flagged claims grouped by verdict with counts, and jumps to one', async () => {
    const tabId = await tabIdOf(session.worker, page);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    const groups = popup.locator('.claim-group');
    await expect.poll(() => groups.count()).toBe(5);
    const summary = await popup.evaluate(() =>
      [...document.querySelectorAll('.claim-group')].map((g) => ({
        verdict: g.getAttribute('data-verdict'),
        heading: g.querySelector('h4')?.textContent,
        claims: [...g.querySelectorAll('button.claim mark')].map((m) => m.textContent),
      })),
    );
    expect(summary.map((g) => g.verdict)).toEqual(['contradicts', 'misleading', 'prohibited-promotion', 'outdated', 'unverifiable']);
    const contradicts = summary[0]!;
    expect(contradicts.heading).toBe(`与官方信息不符${contradicts.claims.length} 处`);
    expect(contradicts.claims).toEqual(['人社部颁发', '国家广播电影电视总局颁发', '互联网营销师高级工程师', '点此查询真伪']);
    expect(summary.find((g) => g.verdict === 'misleading')!.claims).toEqual(['全国通用', '挂靠', '年入10万']);
    expect(summary.find((g) => g.verdict === 'unverifiable')!.claims).toEqual(['终身有效']);
    expect(await popup.locator('.claims-title').textContent()).toBe('可疑宣传13 处');
    // The far claim is below the fold: the jump scrolls there and opens its card.
    await popup
      .locator('.claim-group[data-verdict="misleading"] button.claim')
      .filter({ has: popup.locator('mark', { hasText: /^挂靠$/ }) })
      .click();
    await page.bringToFront();
    await expect.poll(async () => (await cardState(page)).name).toBe('夸大或误导');
    expect(await inCard(page, (root) => root.querySelector('.cl-claim-quote mark')?.textContent)).toBe('挂靠');
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await popup.close();
  });

  it('says when claim checking is off', async () => {
    const tabId = await tabIdOf(session.worker, page);
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { checkClaims: false } }));
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('[data-claims="off"]').textContent()).toBe('宣传核查已在设置中关闭');
    expect(await popup.locator('.claim-group').count()).toBe(0);
    await popup.close();
    await session.worker.evaluate(() => chrome.storage.local.remove('settings'));
    await settledFlags(page, 13);
  });
});

describe('context menu "用证书透镜核查"', () => {
  /** Selects the text of an element, then sends what the background sends for the menu click. */
  async function checkSelection(id: string | null, text: string): Promise<unknown> {
    if (id) {
      await page.evaluate((id) => {
        const r = document.createRange();
        r.selectNodeContents(document.getElementById(id)!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      }, id);
    }
    const tabId = await tabIdOf(session.worker, page);
    return session.worker.evaluate(
      ({ tabId, text }) => chrome.tabs.sendMessage(tabId, { type: 'certlens:check-selection', text }, { frameId: 0 }),
      { tabId, text },
    );
  }

  it('shows the claims of the selection in a card next to it', async () => {
    // A selection without the certificate's name: a short selection is checked as if it had it.
    const shown = await checkSelection('other-cert', '本站还开设会计证培训，会计证考试包过。');
    expect(shown).toBe(true);
    const card = await cardState(page);
    expect(card.open).toBe(true);
    expect(card.name).toBe('证书透镜核查结果');
    // 会计证 is another certificate: its 包过 is not ours to judge.
    expect(card.description).toBe('未发现与官方信息不符的说法');
    expect(card.text).toMatch(/已用 \d+ 条规则核查所选的 19 个字符/);
    expect(card.text).toContain('没有标出，不代表内容都属实');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open).toBe(false);

    expect(await checkSelection('plain-text', '')).toBe(true);
    expect((await cardState(page)).description).toBe('未发现与官方信息不符的说法');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open).toBe(false);

    expect(await checkSelection('heading-context', '人社部颁发，全国通用，终身有效！')).toBe(true);
    const hits = await cardState(page);
    expect(hits.description).toBe('所选文字中有 3 处可疑说法');
    const titles = await inCard(page, (root) => [...root.querySelectorAll('.cl-claim-title')].map((h) => h.textContent));
    expect(titles).toEqual(['1. 与官方信息不符', '2. 夸大或误导', '3. 无法核实']);
    // Placed beside the selection, not over it.
    const sel = await termBox(page, 'heading-context', '人社部颁发，全国通用，终身有效！');
    expect(overlaps(hits, sel)).toBe(false);
    // Opened on request, it takes focus (a keyboard user lands in it); Esc gives it back.
    expect(hits.focused).toBe(true);
  });

  it('checks the selection in the check page where no content script runs', async () => {
    const text = '全媒体运营师分初级、中级、高级，包过！';
    const check = await session.openExtensionPage(`check.html?${new URLSearchParams({ text, url: 'https://agency.example/x' })}`);
    await expect.poll(() => check.locator('.cl-check-summary').textContent()).toBe('所选文字中有 2 处可疑说法');
    expect(await check.locator('.cl-check-selected').textContent()).toBe(text);
    expect(await check.locator('.cl-claim').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toEqual([
      'all-media-operator-levels',
      'guaranteed-pass',
    ]);
    await check.close();
  });
});
