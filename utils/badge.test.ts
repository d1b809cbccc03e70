import { describe, expect, it } from 'vitest';
import { TabReports, badgeText } from './badge';
import type { FrameReport } from './messages';

const report = (im: number, amo: number, claims = 0): FrameReport => ({
  type: 'certlens:frame-report',
  mentions: { 'internet-marketer': im, 'all-media-operator': amo },
  claims,
});

describe('TabReports', () => {
  it('orders the frames with something to go to as the page shows them, the top frame first', () => {
    const t = new TabReports();
    const at = (r: FrameReport, framePath: number[]): FrameReport => ({ ...r, framePath });
    t.set(1, 0, at(report(1, 1), []));
    t.set(1, 5, at(report(1, 0), [1]));
    t.set(1, 3, at(report(0, 0, 2), [0]));
    t.set(1, 7, at(report(0, 1), [0, 0]));
    t.set(1, 8, at(report(0, 0), [2]));
    expect(t.navigationOrder(1, 'mention')).toEqual([0, 7, 5]);
    expect(t.navigationOrder(1, 'claim')).toEqual([3]);
    expect(t.navigationOrder(2, 'mention')).toEqual([]);
  });
  it('refuses a report whose frame path is not a list of numbers', () => {
    const t = new TabReports();
    t.restore([[1, [[0, { ...report(1, 0), framePath: ['x'] }], [4, { ...report(1, 0), framePath: [0] }]]]]);
    expect(t.frameIds(1)).toEqual([4]);
  });
  it('adds up the frames of a tab', () => {
    const t = new TabReports();
    t.set(1, 0, report(2, 1));
    expect(t.set(1, 5, report(1, 0, 2))).toEqual({ mentions: 4, claims: 2 });
    expect(t.byCert(1)).toEqual({ 'internet-marketer': 3, 'all-media-operator': 1 });
  });
  it('replaces a frame’s earlier report and keeps tabs apart', () => {
    const t = new TabReports();
    t.set(1, 0, report(2, 1));
    t.set(1, 0, report(0, 1));
    t.set(2, 0, report(9, 9));
    expect(t.totals(1)).toEqual({ mentions: 1, claims: 0 });
  });
  it('keeps the frames of the same top document when the top frame reports again', () => {
    const t = new TabReports();
    const at = (r: FrameReport, documentTime: number): FrameReport => ({ ...r, documentTime });
    t.set(1, 0, at(report(1, 0), 100));
    t.set(1, 3, at(report(4, 0), 150));
    t.set(1, 0, at(report(2, 0), 100));
    expect(t.totals(1).mentions).toBe(6);
    // A new top document: the frames of the old one go, and their late reports are ignored.
    t.set(1, 0, at(report(1, 0), 200));
    expect(t.totals(1).mentions).toBe(1);
    t.set(1, 3, at(report(4, 0), 150));
    expect(t.totals(1).mentions).toBe(1);
    t.set(1, 4, at(report(2, 0), 250));
    expect(t.totals(1).mentions).toBe(3);
  });
  it('drops subframes when the top frame reports a new document', () => {
    const t = new TabReports();
    t.set(1, 3, report(4, 0));
    t.set(1, 0, report(1, 0));
    expect(t.totals(1).mentions).toBe(1);
  });
});

describe('badgeText', () => {
  it('is empty with nothing found, a count otherwise, "!" with claims', () => {
    expect(badgeText({ mentions: 0, claims: 0 })).toBe('');
    expect(badgeText({ mentions: 7, claims: 0 })).toBe('7');
    expect(badgeText({ mentions: 7, claims: 1 })).toBe('7!');
    expect(badgeText({ mentions: 0, claims: 3 })).toBe('!');
    expect(badgeText({ mentions: 1234, claims: 0 })).toBe('999');
  });
});

describe('TabReports snapshot / restore (service worker restarts)', () => {
  it('brings back every tab and frame after a restart, under what arrived since', () => {
    const before = new TabReports();
    before.set(1, 0, report(1, 0));
    before.set(1, 7, report(2, 1, 1));
    before.set(2, 0, report(0, 3));
    const saved = JSON.parse(JSON.stringify(before.snapshot()));

    const after = new TabReports();
    after.set(2, 0, report(0, 5)); // reported while the saved copy was being read
    after.restore(saved);
    expect(after.frameIds(1)).toEqual([0, 7]);
    expect(after.totals(1)).toEqual({ mentions: 4, claims: 1 });
    expect(after.totals(2)).toEqual({ mentions: 5, claims: 0 });
  });

  it('ignores anything malformed', () => {
    const t = new TabReports();
    t.restore('garbage');
    t.restore([[1, [[0, { type: 'other' }], ['x', report(1, 1)]]], [2, 'no'], null]);
    expect(t.frameIds(1)).toEqual([]);
    expect(t.totals(1)).toEqual({ mentions: 0, claims: 0 });
  });
});
