// A hit as a schema.org ClaimReview (peers.md §2.14), the portable shape for saved evidence and
// exports: what was claimed, where, the verdict as a textual rating, and the official sources the
// verdict rests on (not our opinion).
import { claimSourceById } from '../../data/claim-sources';
import { VERDICT_MESSAGE_KEYS, claimRuleById } from '../../data/claim-rules';
import { translate } from '../i18n';
import type { Locale } from '../locale';
import type { ClaimHit } from './check';

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    appearance: { '@type': 'CreativeWork'; url: string; name?: string };
  };
  reviewRating: { '@type': 'Rating'; alternateName: string };
  reviewBody: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string };
  citation: { '@type': 'CreativeWork'; name: string; url: string; datePublished?: string }[];
}

export function toClaimReview(
  hit: ClaimHit,
  page: { url: string; title?: string },
  reviewedOn: string,
  locale: Locale,
): ClaimReview {
  const rule = claimRuleById(hit.ruleId);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: hit.quote,
    itemReviewed: {
      '@type': 'Claim',
      appearance: { '@type': 'CreativeWork', url: page.url, ...(page.title ? { name: page.title } : {}) },
    },
    reviewRating: { '@type': 'Rating', alternateName: translate(locale, VERDICT_MESSAGE_KEYS[rule.verdict]) },
    reviewBody: rule.truth[locale],
    datePublished: reviewedOn,
    author: { '@type': 'Organization', name: translate(locale, 'extName') },
    citation: rule.sources.map((id) => {
      const s = claimSourceById(id);
      return { '@type': 'CreativeWork', name: s.title, url: s.url, ...(s.date ? { datePublished: s.date } : {}) };
    }),
  };
}
