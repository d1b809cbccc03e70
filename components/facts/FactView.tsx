// One fact as readers see it: the verified text, a "reported, not verified" mark and caveat where
// the figure is only reported, the "常见说法" note where the article or agencies say otherwise, and
// its sources behind a native <details> (keyboard- and screen-reader-friendly with no script).
// Hidden facts render nothing: they exist for the claim checker only.
import type { CommonClaim, Fact, Locale } from '@/data/types';
import type { Translate } from '@/utils/i18n';
import { sourceById } from '@/data/sources';
import { SourceList } from './SourceList';

/** The article the comparison answers (its errors are the "常见说法" marked as the article's). */
const SEED_ARTICLE = sourceById('sdzsb8-seed-article');

export interface FactViewProps {
  fact: Fact;
  locale: Locale;
  t: Translate;
  /** Show the "常见说法" note (the popup does; the hover card keeps it short and does not). */
  showCommonClaim?: boolean;
  /** Extra content after the text (e.g. the levels table, the official lookup link). */
  children?: preact.ComponentChildren;
}

export function FactView({ fact, locale, t, showCommonClaim = true, children }: FactViewProps) {
  if (fact.presentation === 'hidden') return null;
  const reported = fact.presentation === 'reported';
  return (
    <div class="cl-fact" data-presentation={fact.presentation} data-status={fact.status}>
      {reported && <span class="cl-badge cl-badge-reported">{t('card_reported')}</span>}
      <p class="cl-fact-text">{fact.text[locale]}</p>
      {children}
      {fact.caveat && (
        <p class="cl-caveat">
          <strong>{t('card_caveat')}</strong>
          {fact.caveat[locale]}
        </p>
      )}
      {showCommonClaim && fact.commonClaim && <CommonClaimNote claim={fact.commonClaim} locale={locale} t={t} />}
      <SourcesToggle ids={fact.sources} t={t} />
    </div>
  );
}

export function SourcesToggle({ ids, t }: { ids: readonly string[]; t: Translate }) {
  if (ids.length === 0) return null;
  return (
    <details class="cl-sources-toggle">
      <summary>{t('card_sources', ids.length)}</summary>
      <SourceList ids={ids} t={t} />
    </details>
  );
}

/** "常见说法": what circulates, who says it, and why it is wrong. */
export function CommonClaimNote({ claim, locale, t }: { claim: CommonClaim; locale: Locale; t: Translate }) {
  return (
    <aside class="cl-common-claim" aria-label={t('cmp_commonClaim')}>
      <p>
        <strong>{t('cmp_commonClaim')}</strong>
        <q lang="zh-CN">{claim.said}</q>
        {claim.by === 'article' ? (
          <span class="cl-claim-by">
            {'— '}
            <a href={SEED_ARTICLE.url} target="_blank" rel="noopener noreferrer">
              {t('cmp_claimByArticle', SEED_ARTICLE.date ?? '')}
            </a>
          </span>
        ) : (
          <span class="cl-claim-by">{t('cmp_claimByAgencies')}</span>
        )}
      </p>
      <p>
        <strong>{t('cmp_claimWhy')}</strong>
        {claim.why[locale]}
      </p>
    </aside>
  );
}
