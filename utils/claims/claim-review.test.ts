import { describe, expect, it } from 'vitest';
import { checkText } from './check';
import { toClaimReview } from './claim-review';

describe('toClaimReview', () => {
  it('carries the quoted claim, where it appeared, the verdict label and the official sources', () => {
    const [hit] = checkText('全媒体运营师证书由人社部颁发。');
    const review = toClaimReview(hit!, { url: 'https://example.org/ad', title: '招生' }, '2026-11-27', 'zh_CN');
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: '全媒体运营师证书由人社部颁发。',
      itemReviewed: { appearance: { url: 'https://example.org/ad', name: '招生' } },
      reviewRating: { alternateName: '与官方信息不符' },
      datePublished: '2026-11-27',
    });
    expect(review.reviewBody).toContain('备案');
    expect(review.citation.map((c) => c.url)).toContain('https://zhijiao.eol.cn/detail/2023/08/21/1692580054_8345.html');
    expect(toClaimReview(hit!, { url: 'https://example.org/ad' }, '2026-11-27', 'en').reviewRating.alternateName).toBe(
      'Contradicts official information',
    );
  });
});
