// Names a reader sees whole although hidden text sits between their pieces (display:none,
// [hidden], <script>), in subtrees that hold no name in one piece: the full scan skips subtrees
// whose text (textContent, hidden text included) cannot hold a trigger, and must not skip these.
// Found by the reliability fuzz (seed 20261101, path 227: a name split by a display:none span and
// invisible characters in an open shadow root inside a frame).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../harness/extension';
import { textsById, waitFor, witness } from './engine-helpers';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  page = await session.open('engine-hidden-split.html');
  await waitFor(() => textsById(page), (byId) => byId.sentinel?.[0] === '全媒体运营师');
});
afterAll(async () => {
  await session?.close();
});

describe('names split by hidden text', () => {
  it('finds them in the document, however the hidden text splits them', async () => {
    const byId = await textsById(page);
    expect(byId['hidden-split']).toEqual(['全媒体隐藏的字\u200d运\u2060营\u2060师']);
    expect(byId['hidden-at-end']).toEqual(['互联网隐藏营销师']);
    expect(byId['hidden-twice']).toEqual(['全一媒体运二营師']);
    expect(byId['script-split']).toEqual(['互联网/* 不是正文 */营销师']);
    expect(byId['hidden-english']).toEqual(['internetzz marketer']);
  });

  it('does not count what is hidden', async () => {
    expect((await textsById(page))['hidden-not']).toBeUndefined();
  });

  it('finds them in an open shadow root, and in one inside a frame', async () => {
    await expect.poll(async () => (await textsById(page, 'path'))['host']).toEqual(['全媒体隐藏的字\u200d运\u2060营\u2060师']);
    const frame = page.frames().find((f) => f.parentFrame() && f.url() === 'about:srcdoc');
    expect(frame).toBeDefined();
    await expect.poll(async () => (await textsById(frame!, 'path'))['inner']).toEqual(['互联网隐藏营销师']);
  });

  it('leaves the page as it was', async () => {
    const w = await witness(page);
    expect(w).toMatchObject({ same: true, textSame: true, mutations: 0 });
  });
});
