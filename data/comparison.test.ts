import { describe, expect, it } from 'vitest';
import { CERT_IDS } from './certificates';
import { COMPARISON, cellFact } from './comparison';
import { findLocalized, localizedProblems } from './integrity';
import type { ComparisonRow } from './types';

const rows = COMPARISON.flatMap((s) => s.rows);

describe('comparison', () => {
  it('has the seed article’s six sections, in its order', () => {
    expect(COMPARISON.map((s) => s.title.zh_CN)).toEqual([
      '薪资待遇',
      '职业定义与工种/方向',
      '诞生背景与国家标准',
      '颁证与核验',
      '等级',
      '报考方式与条件',
    ]);
    expect(new Set(COMPARISON.map((s) => s.id)).size).toBe(COMPARISON.length);
  });

  it('has unique row ids, and every section has rows', () => {
    for (const s of COMPARISON) expect(s.rows.length, s.id).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('references an existing, shown fact from every non-empty cell', () => {
    for (const row of rows) {
      expect(Object.keys(row.cells).sort()).toEqual([...CERT_IDS].sort());
      expect(CERT_IDS.some((c) => row.cells[c] !== null), row.id).toBe(true);
      for (const certId of CERT_IDS) {
        const fact = cellFact(row, certId);
        if (row.cells[certId] === null) expect(fact).toBeNull();
        else expect(fact?.presentation, `${row.id}/${certId}`).not.toBe('hidden');
      }
    }
  });

  it('throws on a cell naming a fact the certificate does not have', () => {
    const bad: ComparisonRow = {
      id: 'bad',
      label: { zh_CN: '坏', zh_TW: '壞', en: 'bad' },
      cells: { 'internet-marketer': 'duties', 'all-media-operator': 'duties' },
    };
    expect(() => cellFact(bad, 'internet-marketer')).toThrow(/internet-marketer\.duties/);
  });

  it('covers the facts a reader needs: pay, levels, issuer, verification, eligibility', () => {
    const keys = new Set(rows.flatMap((r) => CERT_IDS.map((c) => r.cells[c])));
    for (const k of ['pay', 'levels', 'issuer', 'verification', 'eligibility', 'published', 'tracks'] as const) {
      expect(keys.has(k), k).toBe(true);
    }
  });

  it('has titles and labels in all three languages', () => {
    expect(findLocalized(COMPARISON).flatMap(({ path, text }) => localizedProblems(path, text))).toEqual([]);
  });
});
