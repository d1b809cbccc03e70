import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { translate, translator } from '@/utils/i18n';
import type { PageSummary } from '@/utils/page-messages';
import { PageClaims } from './PageClaims';

const summary = (over: Partial<PageSummary>): PageSummary => ({
  hostname: 'example.com',
  active: true,
  mentions: [],
  moreMentions: { 'internet-marketer': 0, 'all-media-operator': 0 },
  claims: [],
  claimsChecked: true,
  ...over,
});
const t = translator('zh_CN');

describe('PageClaims (可疑宣传 in the popup)', () => {
  it('says plainly that nothing was found, without the warning tint', () => {
    const { container } = render(<PageClaims summary={summary({})} t={t} onReveal={() => {}} />);
    const section = container.querySelector('section.claim-groups')!;
    expect(section.classList.contains('none-found')).toBe(true);
    expect(section.textContent).toContain(translate('zh_CN', 'claim_popupNone'));
  });

  it('groups found claims by verdict, tinted, and reveals the one clicked in its frame', () => {
    const onReveal = vi.fn();
    const claims = [
      { index: 0, verdict: 'contradicts', text: '人社部颁发' },
      { index: 1, verdict: 'prohibited-promotion', text: '包过', frameId: 3 },
      { index: 2, verdict: 'contradicts', text: '国家职业资格' },
    ];
    const { container } = render(<PageClaims summary={summary({ claims })} t={t} onReveal={onReveal} />);
    const section = container.querySelector('section.claim-groups')!;
    expect(section.classList.contains('none-found')).toBe(false);
    const groups = [...container.querySelectorAll<HTMLElement>('.claim-group')].map((g) => [g.dataset.verdict, g.querySelectorAll('li').length]);
    expect(groups).toEqual([
      ['contradicts', 2],
      ['prohibited-promotion', 1],
    ]);
    fireEvent.click(container.querySelector('[data-verdict="prohibited-promotion"] button')!);
    expect(onReveal).toHaveBeenCalledWith(1, 3);
  });

  it('says when claim checking is off instead of listing', () => {
    const { container } = render(<PageClaims summary={summary({ claimsChecked: false })} t={t} onReveal={() => {}} />);
    expect(container.querySelector('section')).toBeNull();
    expect(container.querySelector('[data-claims="off"]')!.textContent).toBe(translate('zh_CN', 'claim_popupOff'));
  });
});
