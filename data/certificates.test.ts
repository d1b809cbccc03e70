import { describe, expect, it } from 'vitest';
import { CERT_IDS, CERTIFICATES, levelsFor, trackById } from './certificates';
import { findLocalized, isIsoDate, localizedProblems } from './integrity';
import type { Certificate, LevelNumber, TrackId } from './types';

const IM = CERTIFICATES['internet-marketer'];
const AMO = CERTIFICATES['all-media-operator'];
const levelNumbers = (levels: { level: LevelNumber }[]) => levels.map((l) => l.level);

describe('all certificate data', () => {
  it('has non-empty zh_CN, zh_TW and en everywhere, with zh_TW in traditional characters', () => {
    const all = findLocalized(CERTIFICATES);
    // The walk really reaches every fact, track and level (at least one Localized each).
    const floor = CERT_IDS.reduce((n, id) => {
      const c = CERTIFICATES[id];
      return n + Object.keys(c.facts).length + c.tracks.length + c.levels.length;
    }, 0);
    expect(all.length).toBeGreaterThanOrEqual(floor);
    expect(all.flatMap(({ path, text }) => localizedProblems(path, text))).toEqual([]);
  });

  it('is keyed by its own ids', () => {
    for (const id of CERT_IDS) expect(CERTIFICATES[id].id).toBe(id);
    expect(Object.keys(CERTIFICATES).sort()).toEqual([...CERT_IDS].sort());
  });
});

describe.each(CERT_IDS.map((id) => [id, CERTIFICATES[id]] as [string, Certificate]))('%s', (_, cert) => {
  it('gives its official name in both scripts, and keeps the Chinese name in English', () => {
    expect(cert.facts.name.text.zh_CN).toBe(cert.name.simplified);
    expect(cert.facts.name.text.zh_TW).toBe(cert.name.traditional);
    expect(cert.name.traditional).not.toBe(cert.name.simplified);
    expect(cert.facts.name.text.en).toContain(cert.name.simplified);
  });

  it('states its structured code in the code fact, in every language', () => {
    expect(cert.code).toMatch(/^\d-\d\d-\d\d-\d\d$/);
    for (const text of Object.values(cert.facts.code.text)) expect(text).toContain(cert.code);
  });

  it('states the announcement date, batch and count in the publication fact', () => {
    const a = cert.announcement;
    expect(isIsoDate(a.date)).toBe(true);
    expect(cert.facts.published.text.en).toContain(a.date);
    if (a.reportedDate) expect(cert.facts.published.text.en).toContain(a.reportedDate);
    const [y, m, d] = a.date.split('-').map(Number);
    expect(cert.facts.published.text.zh_CN).toContain(`${y}年${m}月${d}日`);
    expect(cert.facts.published.text.zh_CN).toContain(`${a.newOccupations}个新职业`);
    expect(cert.facts.published.text.zh_CN).toContain(`第${'一二三四五'[a.batch - 1]}批`);
  });

  it('names every track in both scripts, in its tracks fact, with the Chinese name kept in English', () => {
    const ids = cert.tracks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const track of cert.tracks) {
      expect(track.kind).toBe(cert.trackKind);
      expect(track.name.en).toContain(track.name.zh_CN);
      expect(track.name.zh_TW).not.toBe(track.name.zh_CN);
      expect(cert.facts.tracks.text.zh_CN).toContain(track.name.zh_CN);
      expect(cert.facts.tracks.text.zh_TW).toContain(track.name.zh_TW);
    }
  });

  it('has levels that are lowest first, unique, and name only its own tracks', () => {
    const numbers = levelNumbers(cert.levels);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(new Set(numbers).size).toBe(numbers.length);
    const ids = new Set<TrackId>(cert.tracks.map((t) => t.id));
    for (const level of cert.levels) {
      expect(level.appliesTo.length).toBeGreaterThan(0);
      for (const t of level.appliesTo) expect(ids.has(t), `${level.level} → ${t}`).toBe(true);
      expect(cert.facts.levels.text.zh_CN).toContain(level.name.zh_CN);
    }
    // Every track has a level, and a track's levels are contiguous (no gaps such as 4 and 2 only).
    for (const t of ids) {
      const own = levelNumbers(levelsFor(cert.id, t));
      expect(own.length, t).toBeGreaterThan(0);
      expect(own[0]! - own[own.length - 1]!, t).toBe(own.length - 1);
    }
  });

  it('reports pay figures that match the pay text, presented only as reported', () => {
    const { averageMonthlyCny, mostCommonRangeCny: [lo, hi], mostCommonShare } = cert.pay;
    const text = cert.facts.pay.text.en;
    expect(text).toContain(`¥${averageMonthlyCny / 1000}K`);
    expect(text).toContain(`${lo / 1000}K–${hi / 1000}K`);
    expect(text).toContain(`${+(mostCommonShare * 100).toFixed(1)}%`);
    expect(cert.facts.pay.presentation).toBe('reported');
    expect(cert.facts.pay.status).toBe('unverified');
    expect(cert.facts.pay.sources).toContain(cert.pay.source);
    expect(cert.facts.pay.caveat?.zh_CN).toMatch(/职友集/);
    expect(cert.facts.pay.caveat?.zh_CN).toMatch(/不是持证人的收入/);
  });
});

describe('互联网营销师 levels', () => {
  it('has five levels, 五级 to 一级, with the official names', () => {
    expect(levelNumbers(IM.levels)).toEqual([5, 4, 3, 2, 1]);
    expect(IM.levels.map((l) => l.name.zh_CN)).toEqual([
      '五级/初级工',
      '四级/中级工',
      '三级/高级工',
      '二级/技师',
      '一级/高级技师',
    ]);
  });

  it('gives 平台管理员 only 五级 to 三级 and the other work types all five', () => {
    expect(levelNumbers(levelsFor('internet-marketer', 'platform-manager'))).toEqual([5, 4, 3]);
    for (const t of ['product-selector', 'livestream-seller', 'video-promoter'] as const) {
      expect(levelNumbers(levelsFor('internet-marketer', t))).toEqual([5, 4, 3, 2, 1]);
    }
  });

  it('carries the standard training hours, which the training-hours fact states', () => {
    expect(IM.levels.map((l) => l.trainingHours)).toEqual([120, 104, 88, 72, 72]);
    for (const l of IM.levels) expect(IM.facts.trainingHours?.text.zh_CN).toContain(String(l.trainingHours));
  });

  it('corrects nothing about the five levels but qualifies them (平台管理员)', () => {
    expect(IM.facts.levels.status).toBe('partly');
    expect(IM.facts.levels.text.zh_CN).toMatch(/平台管理员只设五级至三级/);
  });
});

describe('全媒体运营师 levels', () => {
  it('has four levels, 四级 to 一级, and no 五级/初级工', () => {
    expect(levelNumbers(AMO.levels)).toEqual([4, 3, 2, 1]);
    expect(levelsFor('all-media-operator').some((l) => l.level === 5)).toBe(false);
  });

  it('starts 数据分析 at 三级 and the other directions at 四级', () => {
    expect(levelNumbers(levelsFor('all-media-operator', 'data-analysis'))).toEqual([3, 2, 1]);
    for (const t of ['creative-planning', 'audiovisual-operation', 'livestream-operation', 'traffic-operation'] as const) {
      expect(levelNumbers(levelsFor('all-media-operator', t))).toEqual([4, 3, 2, 1]);
    }
  });

  it('corrects the article’s “三个等级 初级/中级/高级”', () => {
    expect(AMO.facts.levels.status).toBe('corrected');
    expect(AMO.facts.levels.commonClaim).toMatchObject({ by: 'article' });
    expect(AMO.facts.levels.commonClaim?.said).toMatch(/三个等级/);
  });
});

describe('levelsFor / trackById', () => {
  it('returns a copy, so callers cannot change the data', () => {
    const levels = levelsFor('internet-marketer');
    levels.pop();
    expect(levelsFor('internet-marketer')).toHaveLength(5);
  });

  it('throws on a track of the other certificate', () => {
    expect(() => levelsFor('internet-marketer', 'data-analysis')).toThrow(/data-analysis/);
    expect(() => levelsFor('all-media-operator', 'platform-manager')).toThrow(/platform-manager/);
  });

  it('finds the certificate a track belongs to', () => {
    expect(trackById('livestream-seller')?.certId).toBe('internet-marketer');
    expect(trackById('traffic-operation')?.track.variants).toContain('流量优化');
    expect(trackById('nope' as TrackId)).toBeUndefined();
  });
});

describe('corrections of the seed article', () => {
  it('dates 全媒体运营师 to February 2020, not May', () => {
    expect(AMO.announcement.date).toBe('2020-02-25');
    expect(AMO.facts.published.status).toBe('corrected');
    expect(AMO.facts.published.commonClaim?.said).toMatch(/2020年5月/);
  });

  it('names no single national issuer and flags the article’s issuers', () => {
    expect(IM.facts.issuer.commonClaim?.said).toContain('中国轻工业联合会');
    expect(AMO.facts.issuer.commonClaim?.said).toContain('国家广播电影电视总局');
    for (const cert of [IM, AMO]) {
      expect(cert.facts.issuer.status).toBe('corrected');
      expect(cert.facts.issuer.text.zh_CN).toMatch(/备案/);
      expect(cert.facts.issuer.text.zh_CN).not.toMatch(/中国轻工业联合会|广播电影电视总局/);
    }
  });

  it('answers “不限学历、年满18周岁” with the verified conditions', () => {
    expect(IM.facts.eligibility.text.zh_CN).toMatch(/初中毕业/);
    expect(AMO.facts.eligibility.text.zh_CN).toMatch(/四级/);
    for (const cert of [IM, AMO]) expect(cert.facts.eligibility.commonClaim?.said).toMatch(/年满18周岁/);
  });
});
