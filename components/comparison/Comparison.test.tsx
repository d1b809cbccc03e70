import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CERT_IDS, CERTIFICATES } from '@/data/certificates';
import { COMPARISON } from '@/data/comparison';
import { sourceById } from '@/data/sources';
import type { CertFactKey, Fact } from '@/data/types';
import { translator } from '@/utils/i18n';
import { LOCALES } from '@/utils/locale';
import { Comparison, HEADER_FACTS } from './Comparison';

const shownFacts = () =>
  CERT_IDS.flatMap((id) =>
    (Object.entries(CERTIFICATES[id].facts) as [CertFactKey, Fact][])
      .filter(([, f]) => f.presentation !== 'hidden')
      .map(([key, fact]) => ({ id, key, fact })),
  );

describe('Comparison', () => {
  it('places every shown fact of both certificates in a section or a column header', () => {
    const placed = new Set<string>();
    for (const s of COMPARISON) for (const r of s.rows) for (const id of CERT_IDS) if (r.cells[id]) placed.add(`${id}.${r.cells[id]}`);
    for (const id of CERT_IDS) for (const key of HEADER_FACTS) placed.add(`${id}.${key}`);
    expect(shownFacts().map(({ id, key }) => `${id}.${key}`).filter((k) => !placed.has(k))).toEqual([]);
  });

  it.each(LOCALES)('renders each shown fact with its text and sources (%s)', (locale) => {
    const { container } = render(<Comparison locale={locale} t={translator(locale)} />);
    for (const { id, key, fact } of shownFacts()) {
      const cell = container.querySelector(`[data-fact="${id}.${key}"]`);
      expect(cell, `${id}.${key}`).not.toBeNull();
      expect(cell!.textContent).toContain(fact.text[locale]);
      for (const s of fact.sources) expect(cell!.textContent, `${id}.${key} source ${s}`).toContain(sourceById(s).title);
      if (fact.presentation === 'reported') {
        expect(cell!.querySelector('.cl-badge-reported')).not.toBeNull();
        expect(cell!.textContent).toContain(fact.caveat![locale]);
      }
      if (fact.commonClaim && !HEADER_FACTS.includes(key)) expect(cell!.textContent).toContain(fact.commonClaim.said);
    }
  });

  it('keeps the article order of the six sections', () => {
    const { container } = render(<Comparison locale="zh_CN" t={translator('zh_CN')} />);
    const titles = [...container.querySelectorAll('.cmp-section-title')].map((h) => h.textContent);
    expect(titles).toEqual(['1.薪资待遇', '2.职业定义与工种/方向', '3.诞生背景与国家标准', '4.颁证与核验', '5.等级', '6.报考方式与条件']);
  });
});
