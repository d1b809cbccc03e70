import { describe, expect, it } from 'vitest';
import { factProblems, findLocalized, isIsoDate, localizedProblems, notAfter, sourceProblems } from './integrity';
import type { Fact } from './types';

// Each rule is shown catching bad data, so the data tests that expect "no problems" can fail.
const good: Fact = {
  text: { zh_CN: '职业编码', zh_TW: '職業編碼', en: 'Occupation code' },
  status: 'confirmed',
  presentation: 'fact',
  sources: ['s1'],
  checked: '2026-11-01',
};
const known = new Set(['s1']);
const today = '2026-11-27';

describe('isIsoDate / notAfter', () => {
  it('accepts days and months, rejects impossible or loose dates', () => {
    expect(isIsoDate('2020-07-06')).toBe(true);
    expect(isIsoDate('2023-12')).toBe(true);
    expect(isIsoDate('2020-02-30')).toBe(false);
    expect(isIsoDate('2020-13')).toBe(false);
    expect(isIsoDate('2020-7-6')).toBe(false);
    expect(isIsoDate('2020')).toBe(false);
  });
  it('compares dates of different precision', () => {
    expect(notAfter('2026-11', '2026-11-01')).toBe(true);
    expect(notAfter('2026-12', '2026-11-30')).toBe(false);
    expect(notAfter('2026-11-02', '2026-11-01')).toBe(false);
  });
});

describe('factProblems', () => {
  it('finds nothing wrong with a sound fact', () => {
    expect(factProblems('x', good, known, today)).toEqual([]);
  });
  it.each<[string, Partial<Fact>, RegExp]>([
    ['a shown fact without sources', { sources: [] }, /without a source/],
    ['an unknown source id', { sources: ['nope'] }, /unknown source id nope/],
    ['an unverified fact presented as fact', { status: 'unverified' }, /unverified but presented as fact/],
    ['a reported fact without caveat', { presentation: 'reported' }, /reported without a caveat/],
    ['a corrected fact without the claim it corrects', { status: 'corrected' }, /corrected without/],
    ['a future check date', { checked: '2027-01-01' }, /after/],
    ['a malformed check date', { checked: '1 Nov 2026' }, /not ISO/],
    ['an empty translation', { text: { zh_CN: '证书', zh_TW: '', en: 'x' } }, /zh_TW is empty/],
  ])('flags %s', (_, change, problem) => {
    expect(factProblems('x', { ...good, ...change }, known, today).join('\n')).toMatch(problem);
  });
  it('lets hidden facts go without sources', () => {
    expect(factProblems('x', { ...good, sources: [], presentation: 'hidden', status: 'unverified' }, known, today)).toEqual([]);
  });
  it('checks translations inside the caveat and the common claim too', () => {
    const bad: Fact = {
      ...good,
      presentation: 'reported',
      caveat: { zh_CN: '未经核实', zh_TW: '未经核实', en: 'Not verified' },
    };
    expect(factProblems('x', bad, known, today).join('\n')).toMatch(/caveat\.zh_TW/);
  });
});

describe('localizedProblems', () => {
  it('flags zh_TW copied from zh_CN, and simplified characters left in zh_TW', () => {
    expect(localizedProblems('p', { zh_CN: '全媒体运营师', zh_TW: '全媒体运营师', en: 'x' })).toContain('p.zh_TW is a copy of zh_CN');
    expect(localizedProblems('p', { zh_CN: '互联网营销师', zh_TW: '互聯网營銷師', en: 'x' }).join()).toMatch(/simplified characters: 网/);
    expect(localizedProblems('p', { zh_CN: '互联网营销师', zh_TW: '互聯網營銷師', en: 'x' })).toEqual([]);
  });
  it('accepts identical text when no character differs between the scripts', () => {
    expect(localizedProblems('p', { zh_CN: '直播', zh_TW: '直播', en: 'livestream' })).toEqual([]);
  });
});

describe('findLocalized', () => {
  it('finds nested localized values with their paths', () => {
    const found = findLocalized({ a: [{ b: { zh_CN: '1', zh_TW: '1', en: '1' } }], c: 'x' });
    expect(found.map((f) => f.path)).toEqual(['a.0.b']);
  });
});

describe('sourceProblems', () => {
  const src = { id: 's', title: 't', url: 'http://example.cn/a', date: '2020-07' };
  it('accepts a sound source', () => expect(sourceProblems(src, today)).toEqual([]));
  it('flags bad URLs, hosts and dates', () => {
    expect(sourceProblems({ ...src, url: 'example.cn/a' }, today).join()).toMatch(/does not parse/);
    expect(sourceProblems({ ...src, url: 'ftp://example.cn/a' }, today).join()).toMatch(/not an http/);
    expect(sourceProblems({ ...src, url: 'http://localhost/a' }, today).join()).toMatch(/no real host/);
    expect(sourceProblems({ ...src, date: '2020/07/01' }, today).join()).toMatch(/not ISO/);
    expect(sourceProblems({ ...src, date: '2027-01' }, today).join()).toMatch(/after/);
  });
});
