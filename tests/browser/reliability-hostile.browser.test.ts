// Hostile pages (tests/fixtures/hostile-*.html): on each, no error from the extension in any
// console, the page keeps working, the mentions are highlighted, and CertLens's work stays small
// and in short slices. "From the extension" is told apart from the page by a control run of the
// same page in the same Chromium without the extension, and CertLens's main-thread work is
// measured from Chromium's own trace, attributed by script URL (reliability-helpers.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, launchWithoutExtension, type PlainSession, type Session } from '../harness/extension';
import { collectErrors, type Found, mentionTexts, pollUntil, readHighlights, traceWork, type Work } from './reliability-helpers';

let session: Session;
let control: PlainSession;
const ours = () => `chrome-extension://${session.extensionId}/`;

beforeAll(async () => {
  [session, control] = await Promise.all([launch(), launchWithoutExtension()]);
});
afterAll(async () => {
  await Promise.all([session?.close(), control?.close()]);
});

interface Opened {
  page: Page;
  errors: string[];
}

async function openWith(path: string): Promise<Opened> {
  const page = await session.context.newPage();
  const errors = collectErrors(page, session.worker);
  await page.goto(session.server.url(path));
  return { page, errors };
}

async function openWithout(path: string): Promise<Opened> {
  const page = await control.context.newPage();
  const errors = collectErrors(page);
  await page.goto(control.server.url(path));
  return { page, errors };
}

/** The page's own errors, from the control run: whatever more shows with the extension is ours. */
async function controlErrors(path: string, settleMs = 500): Promise<string[]> {
  const { page, errors } = await openWithout(path);
  await page.waitForTimeout(settleMs);
  await page.close();
  return errors;
}

/** Hovers the middle of the first characters of element `id` and returns the card's dialog text. */
async function cardOn(page: Page, id: string): Promise<string> {
  const box = await page.locator(`#${id}`).boundingBox();
  if (!box) throw new Error(`#${id} has no box`);
  await page.mouse.move(box.x + 12, box.y + box.height / 2);
  return pollUntil(
    () => page.evaluate(() => document.querySelector('certlens-ui')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? ''),
    (t) => t.length > 0,
    5_000,
  );
}

describe('hostile pages', () => {
  // Strict CSP, Trusted Types, global resets: the highlights and the hover card both work, and
  // the page's CSP reports no violation from us (a blocked inline style would be a console error).
  it.each([
    ['hostile-csp.html', "Content-Security-Policy: default-src 'none'"],
    ['hostile-trusted-types.html', "require-trusted-types-for 'script'; trusted-types 'none'"],
    ['hostile-reset.html', '* { all: unset } and html { font-size: 10px }'],
  ])('%s (%s): highlights, a working card, no error', async (path) => {
    const expectedErrors = await controlErrors(path);
    const { page, errors } = await openWith(path);
    const texts = await pollUntil(() => mentionTexts(page), (t) => t.length >= 2);
    expect(texts).toEqual(expect.arrayContaining(['互联网营销师', '全媒体运营师']));
    const card = await cardOn(page, 'm1');
    expect(card).toContain('4-01-02-07');
    await page.waitForTimeout(300);
    expect(errors).toEqual(expectedErrors);
    await page.close();
  });

  it('a page that sabotages DOM and JavaScript built-ins in its own world changes nothing for us', async () => {
    const trapped = (page: Page) => page.evaluate(() => (window as unknown as { __sabotaged: string[] }).__sabotaged);
    // The control run hovers the same spot: Chromium's own pointer handling may call into the page.
    const plain = await openWithout('hostile-prototype.html');
    await plain.page.waitForTimeout(500);
    const box = await plain.page.locator('#m2').boundingBox();
    await plain.page.mouse.move(box!.x + 12, box!.y + box!.height / 2);
    await plain.page.waitForTimeout(500);
    const expectedTrapped = await trapped(plain.page);
    await plain.page.close();

    const { page, errors } = await openWith('hostile-prototype.html');
    expect(await pollUntil(() => mentionTexts(page), (t) => t.length >= 2)).toEqual(['互联网营销师', '全媒体运营师']);
    expect(await cardOn(page, 'm2')).toContain('4-13-01-05');
    await page.waitForTimeout(300);
    // None of our calls went through the page's (trapped) prototypes.
    expect(await trapped(page)).toEqual(expectedTrapped);
    expect(errors).toEqual(plain.errors);
    await page.close();
  });

  it('six levels of nested frames: every frame highlighted, every frame\'s own registry', async () => {
    const { page, errors } = await openWith('hostile-frames.html');
    await pollUntil(async () => page.frames().length, (n) => n === 7);
    const byDepth = async () => {
      const out: Record<string, string[]> = {};
      for (const f of page.frames()) out[f === page.mainFrame() ? 'top' : new URL(f.url()).searchParams.get('depth')!] = await mentionTexts(f as Frame);
      return out;
    };
    const expected = { top: ['互联网营销师'], 1: ['全媒体运营师'], 2: ['全媒体运营师'], 3: ['全媒体运营师'], 4: ['全媒体运营师'], 5: ['全媒体运营师'], 6: ['全媒体运营师'] };
    expect(await pollUntil(byDepth, (b) => JSON.stringify(b) === JSON.stringify(expected))).toEqual(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page that mutates itself every frame: we cause no mutation, and our work follows the page\'s, not a loop', async () => {
    const expectedErrors = await controlErrors('hostile-mutate.html');
    const { page, errors } = await openWith('hostile-mutate.html');
    await pollUntil(() => mentionTexts(page), (t) => t.includes('互联网营销师'));
    const read = () => page.evaluate(() => {
      const w = window as unknown as { __frames: number; __foreignMutations: number; __ownMutations: number };
      return { frames: w.__frames, foreign: w.__foreignMutations, own: w.__ownMutations };
    });
    const start = await read();
    const work = await traceWork(session.context, page, ours(), () => page.waitForTimeout(3000));
    const end = await read();
    const frames = end.frames - start.frames;
    console.log(`[hostile-mutate] ${frames} page frames, ${end.own - start.own} page mutations; CertLens: ${summary(work)}`);
    // The page went on (its own loop ran) and never saw a change it did not make itself.
    expect(frames).toBeGreaterThan(30);
    expect(end.foreign).toBe(0);
    // An observer loop would call us over and over within a frame; following the page costs at
    // most a few calls per page frame (observer callback, idle slice, highlight flush, badge timer).
    expect(work.calls / frames).toBeLessThan(6);
    // Still highlighting what the page adds: the newest 全媒体运营师 spans.
    const texts = await mentionTexts(page);
    expect(texts.filter((t) => t === '全媒体运营师').length).toBeGreaterThan(0);
    // Once the page stops, so do we: no self-sustaining loop of observer, idle or frame callbacks.
    await page.evaluate(() => (window as unknown as { __stop(): void }).__stop());
    await page.waitForTimeout(500);
    const quiet = await traceWork(session.context, page, ours(), () => page.waitForTimeout(2000));
    expect(quiet.calls).toBeLessThanOrEqual(2);
    expect(errors).toEqual(expectedErrors);
    await page.close();
  });

  it('a React-style app re-rendering every 100 ms: highlights follow, work stays per render', async () => {
    const { page, errors } = await openWith('hostile-rerender.html');
    await pollUntil(() => mentionTexts(page), (t) => t.length >= 17);
    const ticks = () => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    const before = await ticks();
    const work = await traceWork(session.context, page, ours(), () => page.waitForTimeout(3000));
    const renders = (await ticks()) - before;
    console.log(`[hostile-rerender] ${renders} renders; CertLens: ${summary(work)}`);
    expect(renders).toBeGreaterThan(5);
    // Each render is 40 changed text nodes and a new list: a handful of calls each (observer,
    // idle slices, highlight flush, badge), never a cascade.
    expect(work.calls / renders).toBeLessThan(20);
    // Frozen, the app shows exactly its last render, and CertLens highlights exactly that...
    await page.evaluate(() => (window as unknown as { __stop(): void }).__stop());
    const last = await ticks();
    const expected = [...Array(10).fill('全媒体运营师'), ...Array(7).fill('互联网营销师'), ...Array(last % 2 ? 10 : 0).fill('互联网营销师')].sort();
    // Poll for both: between two idle slices the old list's ranges (detached, same texts) can
    // still be in the registry while the in-place list is already done, which matches the
    // texts alone. They paint nothing; the check is that they are gone once we settle.
    const settled = (h: Found[]) =>
      h.every((x) => x.connected) && JSON.stringify(h.filter((x) => x.name.startsWith('certlens-mention')).map((x) => x.text).sort()) === JSON.stringify(expected);
    const found = await pollUntil(() => readHighlights(page), settled);
    expect(found.filter((h) => h.name.startsWith('certlens-mention')).map((h) => h.text).sort()).toEqual(expected);
    expect(found.every((h) => h.connected)).toBe(true);
    // ...and then does nothing more.
    const quiet = await traceWork(session.context, page, ours(), () => page.waitForTimeout(2000));
    expect(quiet.calls).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('100,000 text nodes: all 800 mentions found in slices, none a tenth of the page\'s own longest task', async () => {
    // Control, measured in the same run: the page's own long task (building 100,000 nodes). Our
    // scan must be sliced, so no task of ours comes near it. The 50 ms limit itself is an absolute
    // time, and so is measured by the benchmark (npm run bench), not asserted here: on a machine
    // three times slower (seen on 2026-11-28) every time here is three times longer.
    const plain = { page: await control.context.newPage() };
    const pageWork = await traceWork(control.context, plain.page, control.server.url('/hostile-big.html'), async () => {
      await plain.page.goto(control.server.url('hostile-big.html'));
      await plain.page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
      await plain.page.waitForTimeout(1000);
    });
    await plain.page.close();

    const page = await session.context.newPage();
    const errors = collectErrors(page, session.worker);
    let count = 0;
    const work = await traceWork(session.context, page, ours(), async () => {
      await page.goto(session.server.url('hostile-big.html'));
      count = (await pollUntil(() => readHighlights(page), (h) => h.filter((x) => x.name.startsWith('certlens-mention')).length >= 800, 30_000)).filter((x) =>
        x.name.startsWith('certlens-mention'),
      ).length;
    });
    console.log(`[hostile-big] ${count} mentions; CertLens: ${summary(work)}; the page's own longest task ${pageWork.longestPageTaskMs.toFixed(0)} ms`);
    expect(count).toBe(800);
    // Sliced, the scan is dozens of idle callbacks (35-44 seen); in one task it was 6 calls
    // (checked with the slice budget removed), with a longest task of 180 ms on the slow day.
    expect(work.calls).toBeGreaterThan(15);
    expect(work.longestTaskMs).toBeLessThan(pageWork.longestPageTaskMs / 10);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Was a known engine gap (docs/reliability.md, growingTerms): fixed in the engine, which now reads
  // a changed text node together with the text just before it.
  it('streamed text, one token per task: every name is found once complete', async () => {
    const { page } = await openWith('hostile-stream.html');
    await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done === true, null, { timeout: 10_000 });
    const texts = await pollUntil(() => mentionTexts(page), (t) => t.length >= 3, 3_000);
    await page.close();
    expect(texts).toEqual(['互联网营销师', '互联网营销师', '全媒体运营师']);
  });

  it('typing into a textarea, a contenteditable and an input that contain mentions: every key lands, the caret never jumps', async () => {
    const typed = '，另持有全媒体运营师证书和互联网营销师（直播销售员）三级证书，可在线核验4-01-02-07';
    const run = async (page: Page) => {
      // In the middle of the textarea: after its mention, before its last character.
      await page.click('#ta');
      await page.evaluate(() => {
        const ta = document.getElementById('ta') as HTMLTextAreaElement;
        ta.setSelectionRange(ta.value.length - 1, ta.value.length - 1);
      });
      await page.keyboard.type(typed);
      // At the end of the contenteditable.
      await page.click('#ce');
      await page.keyboard.press('End');
      await page.keyboard.type(typed);
      await page.waitForTimeout(300);
      // Caret in the contenteditable as a character offset from its start.
      const ceCaret = await page.evaluate(() => {
        const sel = getSelection()!;
        const r = document.createRange();
        r.setStart(document.getElementById('ce')!, 0);
        r.setEnd(sel.focusNode!, sel.focusOffset);
        return sel.isCollapsed ? r.toString().length : -1;
      });
      await page.click('#in');
      await page.keyboard.press('End');
      await page.keyboard.type(typed);
      await page.waitForTimeout(500);
      const fields = await page.evaluate(() => {
        const ta = document.getElementById('ta') as HTMLTextAreaElement;
        const input = document.getElementById('in') as HTMLInputElement;
        const ce = document.getElementById('ce')!;
        return {
          ta: ta.value,
          taCaret: [ta.selectionStart, ta.selectionEnd],
          input: input.value,
          inputCaret: [input.selectionStart, input.selectionEnd],
          ce: ce.textContent,
          ceHtml: ce.innerHTML,
          inputs: (window as unknown as { __inputs: Record<string, number> }).__inputs,
        };
      });
      return { ...fields, ceCaret };
    };
    const without = await openWithout('hostile-typing.html');
    const expected = await run(without.page);
    await without.page.close();

    const { page, errors } = await openWith('hostile-typing.html');
    await pollUntil(() => mentionTexts(page), (t) => t.includes('互联网营销师'));
    // A mention in the page's text is highlighted; the fields are not ours to highlight.
    const got = await run(page);
    expect(got).toEqual(expected);
    // And the expectation itself is what a user would see: every key, caret after the last one.
    expect(got.ta).toBe(`我有互联网营销师证书${typed}，`);
    expect(got.taCaret).toEqual([got.ta.length - 1, got.ta.length - 1]);
    expect(got.ce).toBe(`我的简历：全媒体运营师四级，${typed}`);
    expect(got.ceCaret).toBe(got.ce!.length);
    expect(got.input).toBe(`互联网营销师${typed}`);
    expect(got.inputCaret).toEqual([got.input.length, got.input.length]);
    // The page's own input handlers saw every key.
    const keys = [...typed].length;
    expect(got.inputs).toEqual({ ta: keys, ce: keys, in: keys });
    const highlighted = await readHighlights(page);
    expect(highlighted.map((h) => h.id)).not.toContain('ce');
    expect(highlighted.filter((h) => h.name.startsWith('certlens-mention')).map((h) => h.text)).toEqual(['互联网营销师']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

function summary(work: Work): string {
  return `${work.ms.toFixed(1)} ms in ${work.calls} calls, longest task ${work.longestTaskMs.toFixed(1)} ms, long tasks ${JSON.stringify(work.longTasks.map((t) => Math.round(t)))}`;
}
