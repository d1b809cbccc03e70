// Hover cards on real mentions in the built extension: plain, traditional, split across elements,
// work types and directions, inside an open shadow root and inside a same-origin iframe; placement,
// host-CSS immunity, closing rules, focus, and keyboard navigation through the command path.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { CERTIFICATES } from '../../data/certificates';
import { ARTIFACTS_DIR, launch, type Session } from '../harness/extension';
import { mentionCount, waitFor } from './engine-helpers';
import { cardState, frameOffset, overlaps, rest, termBox, touch } from './ui-helpers';

let session: Session;
let page: Page;
let frame: Frame;

async function openFixture(s: Session): Promise<{ page: Page; frame: Frame }> {
  const p = await s.open('ui-card.html');
  await waitFor(() => mentionCount(p), (n) => n >= 8);
  const f = p.frames().find((x) => x.url().endsWith('ui-card-frame.html'))!;
  await waitFor(() => mentionCount(f), (n) => n >= 1);
  return { page: p, frame: f };
}

beforeAll(async () => {
  session = await launch();
  ({ page, frame } = await openFixture(session));
});
afterAll(async () => {
  await session?.close();
});
afterEach(async () => {
  // Leave no card behind for the next test.
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await page.evaluate(() => scrollTo(0, 0));
  // Let the scroll event of that reset fire now, not into the next test's card.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect.poll(async () => (await cardState(page)).open).toBe(false);
});

async function hover(id: string, text: string, char?: number) {
  const box = await termBox(page, id, text, char);
  await rest(page, box.x, box.y);
  return box;
}

const title = async (target: Page | Frame = page) => {
  await expect.poll(async () => (await cardState(target)).open).toBe(true);
  return (await cardState(target)).name;
};

describe('hover card', () => {
  it('opens for a pointer resting on a mention, with the sourced facts, without taking focus', async () => {
    await page.locator('#start-link').focus();
    await hover('plain', '互联网营销师');
    expect(await title()).toContain('互联网营销师');
    const card = await cardState(page);
    expect(card.role).toBe('dialog');
    expect(card.description).toContain('4-01-02-07');
    const im = CERTIFICATES['internet-marketer'].facts;
    for (const key of ['issuer', 'verification', 'pay', 'standard'] as const) expect(card.text, key).toContain(im[key].text.zh_CN);
    // Issuer: registered organisations, not a ministry; pay marked as reported, with its caveat.
    expect(card.text).toContain('人社部也不发证');
    expect(card.text).toContain('报道数据 · 未经核实');
    expect(card.text).toContain(im.pay.caveat!.zh_CN);
    // Levels with the work types they apply to.
    expect(card.text).toMatch(/二级\/技师\s*选品员、直播销售员、视频创推员/);
    // A link to the official lookup, and each line's sources one click away.
    const links = await page.evaluate(() =>
      [...document.querySelector('certlens-ui')!.shadowRoot!.querySelectorAll('a')].map((a) => a.href),
    );
    expect(links).toContain('https://zscx.osta.org.cn/');
    expect(links.length).toBeGreaterThan(8);
    expect(card.text).toContain('来源（');
    // Hover never moves focus.
    expect(card.focused).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-link');
  });

  it('sits beside the term, never over it, inside the viewport, untouched by the page CSS', async () => {
    const term = await hover('plain', '互联网营销师');
    await title();
    const card = await cardState(page);
    expect(overlaps(card, term)).toBe(false);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.left + card.width).toBeLessThanOrEqual(card.viewport.width);
    expect(card.top + card.height).toBeLessThanOrEqual(card.viewport.height);
    // The page sets html{font-size:10px} and * {letter-spacing:.3em !important}: the card keeps px and resets.
    expect(card.fontSize).toBe('13px');
    expect(card.letterSpacing).toBe('normal');
    expect(card.width).toBe(380);
  });

  it('names the certificate in traditional script for a traditional mention', async () => {
    await hover('traditional', '全媒體運營師');
    expect(await title()).toContain('全媒體運營師');
    expect((await cardState(page)).description).toContain('4-13-01-05');
  });

  it('treats a term split across elements as one mention', async () => {
    // <em>互联网</em>营销师: rest on each half.
    await hover('split', '互联网营销师', 1);
    expect(await title()).toContain('互联网营销师');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
    await hover('split', '互联网营销师', 4);
    expect(await title()).toContain('互联网营销师');
    await page.keyboard.press('Escape');
    await hover('split', '全媒体运营师', 4);
    expect(await title()).toContain('全媒体运营师');
  });

  it('says which certificate a work type belongs to and which levels it has', async () => {
    await hover('worktype', '直播销售员');
    expect(await title()).toContain('直播销售员');
    const card = await cardState(page);
    expect(card.description).toBe('直播销售员 是 互联网营销师 的工种之一');
    const track = await page.evaluate(() =>
      [...document.querySelector('certlens-ui')!.shadowRoot!.querySelectorAll('[data-section="track"] th')].map((th) => th.textContent),
    );
    expect(track).toEqual(['五级/初级工', '四级/中级工', '三级/高级工', '二级/技师', '一级/高级技师']);
  });

  it('gives a direction only the levels it has (数据分析 starts at 三级)', async () => {
    await hover('direction', '数据分析');
    expect(await title()).toContain('数据分析');
    expect((await cardState(page)).description).toBe('数据分析 是 全媒体运营师 的职业方向之一');
    const track = await page.evaluate(() =>
      [...document.querySelector('certlens-ui')!.shadowRoot!.querySelectorAll('[data-section="track"] th')].map((th) => th.textContent),
    );
    expect(track).toEqual(['三级/高级工', '二级/技师', '一级/高级技师']);
  });

  it('works on a term inside an open shadow root', async () => {
    await hover('in-shadow', '全媒体运营师');
    expect(await title()).toContain('全媒体运营师');
  });

  it('works on a term inside a same-origin iframe, with the frame’s own card', async () => {
    const offset = await frameOffset(page, '#frame');
    const box = await termBox(frame, 'in-frame', '互联网营销师');
    await rest(page, offset.x + box.x, offset.y + box.y);
    expect(await title(frame)).toContain('互联网营销师');
    const card = await cardState(frame);
    expect(overlaps(card, box)).toBe(false);
    // The top document shows no card of its own.
    expect((await cardState(page)).open).toBe(false);
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await cardState(frame)).open).toBe(false);
  });

  it('stays open while the pointer moves onto it, and closes after the pointer leaves', async () => {
    const term = await hover('plain', '互联网营销师');
    await title();
    const card = await cardState(page);
    // Cross the gap to the card and rest on it, then move around inside it.
    await page.mouse.move(term.x, card.top + 20, { steps: 6 });
    await page.mouse.move(card.left + 200, card.top + 60, { steps: 4 });
    await page.mouse.move(card.left + 100, card.top + 120, { steps: 4 });
    // The card is still there after a pause longer than the close grace period.
    await page.waitForTimeout(700);
    expect((await cardState(page)).open).toBe(true);
    // Now leave to empty space: it closes.
    await page.mouse.move(card.left + card.width + 200, card.top + 300, { steps: 4 });
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
  });

  it('scrolls its own body under the wheel without closing, and opens a source list in place', async () => {
    const term = await hover('plain', '互联网营销师');
    await title();
    const card = await cardState(page);
    await page.mouse.move(term.x, card.top + 20, { steps: 6 });
    await page.mouse.move(card.left + 150, card.top + card.height / 2, { steps: 4 });
    await page.mouse.wheel(0, 300);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('certlens-ui')!.shadowRoot!.querySelector('.cl-card-body')!.scrollTop))
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect((await cardState(page)).open).toBe(true);
    // Expanding a source list keeps the card open and clear of the term.
    const summary = await page.evaluate(() => {
      const s = document.querySelector('certlens-ui')!.shadowRoot!.querySelector('[data-section="pay"] summary')!;
      s.scrollIntoView({ block: 'nearest' });
      const r = s.getBoundingClientRect();
      return { x: r.left + 10, y: r.top + r.height / 2 };
    });
    await page.mouse.click(summary.x, summary.y);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('certlens-ui')!.shadowRoot!.querySelector('[data-section="pay"] details')!.hasAttribute('open')))
      .toBe(true);
    const after = await cardState(page);
    expect(after.open).toBe(true);
    expect(overlaps(after, term)).toBe(false);
  });

  it('closes on Esc and on scroll', async () => {
    await hover('plain', '互联网营销师');
    await title();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
    await hover('plain', '互联网营销师');
    await title();
    await page.mouse.wheel(0, 200);
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
  });

  it('never takes focus from what the user is typing', async () => {
    await page.locator('#typing').fill('');
    await page.locator('#typing').focus();
    await page.keyboard.type('证书');
    await hover('plain', '互联网营销师');
    await title();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('typing');
    await page.keyboard.type('好');
    expect(await page.locator('#typing').inputValue()).toBe('证书好');
  });

  it('flips to stay inside the viewport near the right and bottom edges', async () => {
    await page.locator('#far-right').scrollIntoViewIfNeeded();
    // Put the right-aligned term at the very bottom of the window.
    await page.evaluate(() => {
      const r = document.querySelector('#far-right')!.getBoundingClientRect();
      scrollBy(0, r.bottom - innerHeight + 4);
    });
    const term = await hover('far-right', '互联网营销师');
    await title();
    const card = await cardState(page);
    expect(card.side).toBe('above');
    expect(overlaps(card, term)).toBe(false);
    expect(card.left + card.width).toBeLessThanOrEqual(card.viewport.width);
    expect(card.top).toBeGreaterThanOrEqual(0);
  });

  it('speaks the chosen UI language, keeping the certificate name in Chinese with its gloss', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { locale: 'en' } }));
    try {
      await hover('plain', '互联网营销师');
      await expect.poll(async () => (await cardState(page)).name).toContain('internet marketer');
      const card = await cardState(page);
      expect(card.name).toContain('互联网营销师');
      expect(card.text).toContain('Who issues it');
      expect(card.text).toContain('Reported figure · not verified');
      expect(card.text).toContain(CERTIFICATES['internet-marketer'].facts.issuer.text.en);
    } finally {
      await session.worker.evaluate(() => chrome.storage.local.remove('settings'));
    }
    await page.keyboard.press('Escape');
    await hover('plain', '互联网营销师');
    await expect.poll(async () => (await cardState(page)).text).toContain('谁来发证');
  });

  it('is saved as screenshots, light and dark', async () => {
    await hover('worktype', '互联网营销师');
    await title();
    await page.screenshot({ path: `${ARTIFACTS_DIR}/ui-card-light.png` });
    const dark = await launch({ colorScheme: 'dark' });
    try {
      const { page: p } = await openFixture(dark);
      const box = await termBox(p, 'traditional', '全媒體運營師');
      await rest(p, box.x, box.y);
      await expect.poll(async () => (await cardState(p)).open).toBe(true);
      const bg = await p.evaluate(() => {
        const d = document.querySelector('certlens-ui')!.shadowRoot!.querySelector('[role="dialog"]')!;
        return getComputedStyle(d).backgroundColor;
      });
      expect(bg).toBe('rgb(28, 32, 38)');
      await p.screenshot({ path: `${ARTIFACTS_DIR}/ui-card-dark.png` });
    } finally {
      await dark.close();
    }
  });
});

describe('touch', () => {
  // Touch screens have no hover: a tap on a term opens its card (utils/card/tap.ts).
  const closed = () => expect.poll(async () => (await cardState(page)).open).toBe(false);

  it('opens a card on a tap, without taking focus; a second tap on the term or a tap elsewhere closes it', async () => {
    await page.locator('#start-link').focus();
    const box = await termBox(page, 'plain', '互联网营销师');
    await touch(page, box.x, box.y);
    expect(await title()).toContain('互联网营销师');
    const card = await cardState(page);
    expect(card.focused).toBe(false);
    expect(overlaps(card, box)).toBe(false);
    // (The tap itself moved focus off the link, as it does without us: the browser's, not ours.)
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('certlens-ui');
    // The card stays after the finger is lifted (no hover to keep it)...
    await page.waitForTimeout(500);
    expect((await cardState(page)).open).toBe(true);
    // ...and a second tap on the same term closes it rather than opening it again.
    await touch(page, box.x, box.y);
    await closed();
    await page.waitForTimeout(300);
    expect((await cardState(page)).open).toBe(false);
    // Tap, then tap on empty space.
    await touch(page, box.x, box.y);
    await title();
    await touch(page, 5, 5);
    await closed();
  });

  it('moves to another term on a tap there, also inside a shadow root and a frame', async () => {
    const shadow = await termBox(page, 'in-shadow', '全媒体运营师');
    await touch(page, shadow.x, shadow.y);
    expect(await title()).toContain('全媒体运营师');
    await touch(page, 5, 5);
    await closed();
    // Two terms the card of the first does not cover (a tap on the card is the card's): the
    // left-aligned and the right-aligned line further down.
    await page.evaluate(() => document.getElementById('far-first')!.scrollIntoView({ block: 'center' }));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const first = await termBox(page, 'far-first', '全媒体运营师');
    await touch(page, first.x, first.y);
    expect(await title()).toContain('全媒体运营师');
    const right = await termBox(page, 'far-right', '互联网营销师');
    expect(overlaps(await cardState(page), right)).toBe(false);
    await touch(page, right.x, right.y);
    await expect.poll(async () => (await cardState(page)).name).toContain('互联网营销师');
    await page.evaluate(() => scrollTo(0, 0));
    await closed();
    // Across frames, each frame sees only its own taps: a tap in the frame closes the top
    // document's card (its window lost focus to the frame), and a tap outside closes the frame's.
    await touch(page, shadow.x, shadow.y);
    expect(await title()).toContain('全媒体运营师');
    const offset = await frameOffset(page, '#frame');
    const inFrame = await termBox(frame, 'in-frame', '互联网营销师');
    const inFrameBox = { ...inFrame, left: offset.x + inFrame.left, top: offset.y + inFrame.top };
    expect(overlaps(await cardState(page), inFrameBox)).toBe(false);
    await touch(page, offset.x + inFrame.x, offset.y + inFrame.y);
    expect(await title(frame)).toContain('互联网营销师');
    await closed();
    await touch(page, 5, 5);
    await expect.poll(async () => (await cardState(frame)).open).toBe(false);
  });

  it('opens nothing for a long press or a drag over a term', async () => {
    const box = await termBox(page, 'plain', '互联网营销师');
    await touch(page, box.x, box.y, { holdMs: 800 });
    await page.waitForTimeout(300);
    expect((await cardState(page)).open).toBe(false);
    // A long press may select the word: that is the browser's, and it stays.
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await touch(page, box.x - 40, box.y, { to: { x: box.x + 40, y: box.y } });
    await page.waitForTimeout(300);
    expect((await cardState(page)).open).toBe(false);
  });

  it('leaves a tap on a term inside a link to the page: the link is followed, no card opens', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'touch-link-p';
      p.innerHTML = '<a id="touch-link" href="#tapped">互联网营销师招聘</a>';
      document.getElementById('plain')!.after(p);
    });
    await waitFor(() => page.evaluate(() => [...CSS.highlights.values()].some((h) => [...h].some((r) => (r.startContainer.parentNode as Element | null)?.id === 'touch-link'))), (x) => x);
    const box = await termBox(page, 'touch-link', '互联网营销师');
    await touch(page, box.x, box.y);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#tapped');
    await page.waitForTimeout(300);
    expect((await cardState(page)).open).toBe(false);
    await page.evaluate(() => {
      document.getElementById('touch-link-p')!.remove();
      history.replaceState(null, '', location.pathname);
    });
  });
});

describe('keyboard navigation', () => {
  const tabId = async () => {
    await page.bringToFront();
    return session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  };
  /** Exactly what the background sends when the user presses the shortcut (utils/commands.ts). */
  const command = async (direction: 'next' | 'previous') => {
    const id = await tabId();
    return session.worker.evaluate(
      ({ id, direction }) => chrome.tabs.sendMessage(id, { type: 'certlens:navigate', direction }, { frameId: 0 }),
      { id, direction },
    );
  };

  it('declares user-changeable shortcuts for next and previous mention', async () => {
    const commands = await session.worker.evaluate(() => chrome.runtime.getManifest().commands);
    expect(commands?.['next-mention']?.suggested_key).toEqual({ default: 'Alt+Shift+J' });
    expect(commands?.['previous-mention']?.suggested_key).toEqual({ default: 'Alt+Shift+K' });
  });

  it('opens the next mention’s card with focus on it, and Esc returns focus', async () => {
    await page.locator('#start-link').focus();
    expect(await command('next')).toBe(true);
    await expect.poll(async () => (await cardState(page)).focused).toBe(true);
    expect((await cardState(page)).name).toContain('互联网营销师');
    const first = await cardState(page);
    expect(await command('next')).toBe(true);
    await expect.poll(async () => (await cardState(page)).name).toContain('全媒體運營師');
    expect((await cardState(page)).focused).toBe(true);
    expect((await cardState(page)).top).not.toBe(first.top);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-link');
  });

  it('goes back from the first mention to the last, scrolling it into view', async () => {
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await hover('plain', '互联网营销师');
    await title();
    expect(await command('previous')).toBe(true);
    await expect.poll(async () => (await cardState(page)).focused).toBe(true);
    await expect.poll(async () => (await cardState(page)).open).toBe(true);
    const view = await page.evaluate(() => {
      const r = document.querySelector('#far-right')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight, scrollY };
    });
    expect(view.scrollY).toBeGreaterThan(1000);
    expect(view.top).toBeGreaterThanOrEqual(0);
    expect(view.bottom).toBeLessThanOrEqual(view.height);
    expect((await cardState(page)).name).toContain('互联网营销师');
  });

  it('opens the card without taking focus while the user is typing', async () => {
    await page.locator('#typing').focus();
    expect(await command('next')).toBe(true);
    await expect.poll(async () => (await cardState(page)).open).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('typing');
  });
});

describe('hostile pages', () => {
  it('shows a styled card under a strict CSP with Trusted Types and global resets', async () => {
    const p = await session.open('ui-strict.html');
    await waitFor(() => mentionCount(p), (n) => n >= 1);
    const box = await termBox(p, 'strict', '互联网营销师');
    await rest(p, box.x, box.y);
    await expect.poll(async () => (await cardState(p)).open).toBe(true);
    const card = await cardState(p);
    expect(card.name).toContain('互联网营销师');
    // Our styles applied (the page's `[role] {display:none !important}` and resets did not reach in).
    expect(card.fontSize).toBe('13px');
    expect(card.width).toBe(380);
    expect(overlaps(card, box)).toBe(false);
    const colour = await p.evaluate(() => getComputedStyle(document.querySelector('certlens-ui')!.shadowRoot!.querySelector('.cl-fact-text')!).color);
    expect(colour).not.toBe('rgb(0, 255, 0)');
    await p.close();
  });
});

