// What the engine finds on a static page, and what it must not: split terms, blocks that never
// join, traditional script, invisible characters, context rules, near-misses, non-reading text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../harness/extension';
import { highlighted, textsById, waitFor, witness } from './engine-helpers';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  page = await session.open('engine-matching.html');
  // The sentinel is the last mention of the page: once it is highlighted, the scan is through.
  await waitFor(() => textsById(page), (byId) => byId.sentinel?.[0] === '全媒体运营师');
});
afterAll(async () => {
  await session?.close();
});

describe('mentions on a static page', () => {
  it('highlights plain mentions of both certificates under their own names', async () => {
    const all = await highlighted(page);
    expect(all.filter((h) => h.id === 'plain')).toEqual([
      { name: 'certlens-mention-internet-marketer', text: '互联网营销师', id: 'plain', path: 'plain', connected: true },
    ]);
    expect(all.filter((h) => h.id === 'plain-amo')).toEqual([
      { name: 'certlens-mention-all-media-operator', text: '全媒体运营师', id: 'plain-amo', path: 'plain-amo', connected: true },
    ]);
  });

  it('finds traditional script', async () => {
    expect((await textsById(page)).traditional).toEqual(['互聯網營銷師', '全媒體運營師']);
  });

  it('finds terms split across inline elements as one mention', async () => {
    const byId = await textsById(page);
    expect(byId['split-em']).toEqual(['互联网营销师']);
    expect(byId['split-b']).toEqual(['全媒体运营师']);
    expect(byId['split-deep']).toEqual(['全媒体运营师']);
    expect(byId['restyled-div']).toEqual(['全媒体运营师']);
    expect(byId.wbr).toEqual(['互联网营销师']);
  });

  it('sees through zero-width characters and soft hyphens inside a term', async () => {
    const byId = await textsById(page);
    expect(byId['zero-width']).toEqual(['互联网\u200b营销师', '全媒体\u00ad运营\u200d师']);
    expect(byId['split-invisible']).toEqual(['互联网\u200b\u00ad营销师']);
  });

  it('counts work types and directions with their certificate, codes and English names in context', async () => {
    const byId = await textsById(page);
    expect(byId['work-type']).toEqual(['互联网营销师', '直播销售员']);
    expect(byId.direction).toEqual(['全媒体运营师', '视听运营']);
    expect(byId.code).toEqual(['4-01-02-07']);
    expect(byId.english).toEqual(['internet marketer']);
  });

  it('never joins text across blocks (paragraphs, <br>, restyled blocks, flex items, list items, cells, inline-blocks)', async () => {
    const byId = await textsById(page);
    for (const id of ['cross-block', 'cross-br', 'cross-restyled', 'cross-flex', 'cross-li', 'cross-td', 'cross-inline-block'])
      expect(byId[id], id).toBeUndefined();
  });

  it('leaves lone work types and directions, near-misses and hidden text alone', async () => {
    const byId = await textsById(page);
    for (const id of ['lone-work-type', 'lone-direction', 'near-miss', 'near-miss-longer', 'hidden-inline', 'script-inline'])
      expect(byId[id], id).toBeUndefined();
  });

  it('skips what is not reading text (title, textarea, input, select, noscript, template, svg)', async () => {
    const byId = await textsById(page);
    for (const id of ['textarea', 'input', 'select']) expect(byId[id], id).toBeUndefined();
    // Everything highlighted is exactly this: nothing from <head>, <noscript>, <template> or <svg>.
    const all = await highlighted(page);
    expect(all.every((h) => h.id !== null && h.connected)).toBe(true);
    expect(await textsById(page)).toEqual({
      plain: ['互联网营销师'],
      'plain-amo': ['全媒体运营师'],
      traditional: ['互聯網營銷師', '全媒體運營師'],
      'split-em': ['互联网营销师'],
      'split-b': ['全媒体运营师'],
      'split-deep': ['全媒体运营师'],
      'zero-width': ['互联网\u200b营销师', '全媒体\u00ad运营\u200d师'],
      'split-invisible': ['互联网\u200b\u00ad营销师'],
      'restyled-div': ['全媒体运营师'],
      code: ['4-01-02-07'],
      'work-type': ['互联网营销师', '直播销售员'],
      direction: ['全媒体运营师', '视听运营'],
      english: ['internet marketer'],
      wbr: ['互联网营销师'],
      sentinel: ['全媒体运营师'],
    });
  });

  it('leaves the page exactly as it was: same HTML, text and node count, no mutation at all', async () => {
    const w = await witness(page);
    expect(w.same).toBe(true);
    expect(w.textSame).toBe(true);
    expect(w.nodesNow).toBe(w.nodesBefore);
    expect(w.mutations).toBe(0);
  });
});
