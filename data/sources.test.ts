import { describe, expect, it } from 'vitest';
import { CERT_IDS, CERTIFICATES } from './certificates';
import { allFacts } from './facts';
import { isIsoDate, notAfter, sourceProblems } from './integrity';
import { DATA_CHECKED, SOURCE_LIST, SOURCES, sourceById } from './sources';

const today = new Date().toISOString().slice(0, 10);

describe('sources', () => {
  it('have unique ids that match their keys', () => {
    const ids = SOURCE_LIST.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [key, s] of Object.entries(SOURCES)) expect(s.id).toBe(key);
  });

  it('have parseable http(s) URLs, titles and ISO dates no later than the data check', () => {
    expect(SOURCE_LIST.flatMap((s) => sourceProblems(s, DATA_CHECKED))).toEqual([]);
  });

  it('are each cited by at least one fact (no dead entries)', () => {
    const cited = new Set(allFacts().flatMap(({ fact }) => fact.sources));
    for (const id of CERT_IDS) cited.add(CERTIFICATES[id].pay.source);
    expect(SOURCE_LIST.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('include the seed article as it is cited', () => {
    expect(sourceById('sdzsb8-seed-article')).toMatchObject({
      title: '互联网营销师和全媒体运营师有什么区别?',
      url: 'http://www.sdzsb8.cn/baike/72315.html',
      date: '2023-01-18',
    });
  });

  it('sourceById throws on an unknown id', () => {
    expect(() => sourceById('no-such-source')).toThrow(/no-such-source/);
  });
});

describe('DATA_CHECKED', () => {
  it('is an ISO day in November 2026 (when facts.md was compiled) and not in the future', () => {
    expect(isIsoDate(DATA_CHECKED)).toBe(true);
    expect(DATA_CHECKED).toMatch(/^2026-11-\d\d$/);
    expect(notAfter(DATA_CHECKED, today)).toBe(true);
  });
});
