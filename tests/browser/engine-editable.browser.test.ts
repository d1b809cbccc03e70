// Editable regions and form fields are the user's own text: never highlighted, and never
// disturbed while the user types in them (no node, no selection change, no extra work per key).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../harness/extension';
import { textsById, waitFor } from './engine-helpers';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  page = await session.open('engine-editable.html');
  await waitFor(() => textsById(page), (b) => b.sentinel !== undefined);
});
afterAll(async () => {
  await session?.close();
});

describe('editable regions and form fields', () => {
  it('highlights reading text only: not textareas, inputs or contenteditable regions', async () => {
    expect(await textsById(page)).toEqual({
      text: ['互联网营销师'],
      'becomes-editable': ['全媒体运营师'],
      sentinel: ['全媒体运营师'],
    });
  });

  it('stays out of the way while the user types a certificate name into a contenteditable', async () => {
    await page.click('#ce');
    await page.keyboard.press('End');
    await page.keyboard.type('另持有互联网营销师证书');
    // Wait longer than the engine needs to react to anything.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    const state = await page.evaluate(() => {
      const ce = document.getElementById('ce')!;
      const sel = getSelection()!;
      return {
        html: ce.innerHTML,
        caretAtEnd: sel.focusNode === ce.lastChild && sel.focusOffset === (ce.lastChild as Text).length,
        focused: document.activeElement === ce,
      };
    });
    expect(state).toEqual({ html: '我的简历：全媒体运营师四级，另持有互联网营销师证书', caretAtEnd: true, focused: true });
    expect((await textsById(page)).ce).toBeUndefined();
  });

  it('stays out of the way in a textarea and an input', async () => {
    await page.click('#ta');
    await page.keyboard.press('End');
    await page.keyboard.type('还有全媒体运营师');
    await page.click('#in');
    await page.keyboard.press('End');
    await page.keyboard.type('四级');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(await page.evaluate(() => [(document.getElementById('ta') as HTMLTextAreaElement).value, (document.getElementById('in') as HTMLInputElement).value])).toEqual([
      '我有互联网营销师证书，还有全媒体运营师',
      '全媒体运营师四级',
    ]);
    const byId = await textsById(page);
    expect(byId.ta).toBeUndefined();
    expect(byId.in).toBeUndefined();
  });

  it('follows a region that becomes editable, or stops being editable', async () => {
    await page.evaluate(() => {
      document.getElementById('becomes-editable')!.contentEditable = 'true';
      document.getElementById('stops-editable')!.removeAttribute('contenteditable');
    });
    await expect.poll(async () => {
      const byId = await textsById(page);
      return [byId['becomes-editable'], byId['stops-editable']];
    }).toEqual([undefined, ['互联网营销师']]);
  });
});
