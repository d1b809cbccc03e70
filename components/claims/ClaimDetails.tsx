// One flagged claim, as the claim card, the selection check and the check page show it: the
// sentence with the phrase marked, the truth in one or two sentences with its dated sources, how to
// check it yourself (with the official lookup), and "save as evidence". Page text is rendered as
// text nodes only (Preact escapes it); nothing from the page becomes HTML.
import { useState } from 'preact/hooks';
import { VERDICT_MESSAGE_KEYS, claimRuleById, type ClaimVerdict } from '@/data/claim-rules';
import { claimSourceById } from '@/data/claim-sources';
import { OSTA_LOOKUP } from '@/data/system-facts';
import type { Locale } from '@/data/types';
import { SourceList } from '@/components/facts/SourceList';
import { quoteParts } from '@/utils/claims/quote-parts';
import type { Translate } from '@/utils/i18n';

/** What a view needs to know about one flagged claim. */
export interface ClaimView {
  ruleId: string;
  verdict: ClaimVerdict;
  /** The sentence as the page writes it. */
  quote: string;
  /** The phrase in `quote`. */
  phraseStart: number;
  phraseEnd: number;
  /** A link flagged by its address: where it points. */
  host?: string;
}

export type SaveResult = 'saved' | 'duplicate';

export function verdictLabel(t: Translate, verdict: ClaimVerdict): string {
  return t(VERDICT_MESSAGE_KEYS[verdict]);
}

/** The sentence with the phrase in <mark>, as text. */
export function ClaimQuote({ claim }: { claim: ClaimView }) {
  const { before, phrase, after } = quoteParts(claim.quote, claim.phraseStart, claim.phraseEnd);
  return (
    <blockquote class="cl-claim-quote" lang="zh">
      {before}
      <mark data-verdict={claim.verdict}>{phrase}</mark>
      {after}
    </blockquote>
  );
}

export interface ClaimDetailsProps {
  claim: ClaimView;
  locale: Locale;
  t: Translate;
  /** Saves the claim as evidence; without it no save button is shown. */
  onSave?: () => Promise<SaveResult>;
  /** A heading per claim (the selection check lists several). */
  title?: preact.ComponentChildren;
}

export function ClaimDetails({ claim, locale, t, onSave, title }: ClaimDetailsProps) {
  const rule = claimRuleById(claim.ruleId);
  return (
    <div class="cl-claim" data-rule={claim.ruleId} data-verdict={claim.verdict}>
      {title}
      <section class="cl-card-section" data-section="claim">
        <h3>{t('claim_theClaim')}</h3>
        <ClaimQuote claim={claim} />
        {claim.host && <p class="cl-card-note">{t('claim_linkTo', claim.host)}</p>}
      </section>
      <section class="cl-card-section" data-section="truth">
        <h3>{t('claim_what_is_true')}</h3>
        <p class="cl-claim-truth">{rule.truth[locale]}</p>
        {rule.sources.length > 0 ? (
          <div class="cl-claim-sources">
            <h4>{t('claim_sources')}</h4>
            <SourceList ids={rule.sources} t={t} resolve={claimSourceById} />
          </div>
        ) : (
          <p class="cl-card-note">{t('claim_noSources')}</p>
        )}
      </section>
      <section class="cl-card-section" data-section="check">
        <h3>{t('claim_check_yourself')}</h3>
        <p>{rule.howToCheck[locale]}</p>
        <a class="cl-lookup" href={OSTA_LOOKUP.url} target="_blank" rel="noopener noreferrer">
          {t('card_openLookup')}
        </a>
      </section>
      {onSave && <SaveButton onSave={onSave} t={t} />}
    </div>
  );
}

/** "保存为证据" with its outcome announced (role=status). */
export function SaveButton({ onSave, t }: { onSave: () => Promise<SaveResult>; t: Translate }) {
  const [state, setState] = useState<'idle' | 'saving' | SaveResult | 'failed'>('idle');
  const done = state === 'saved' || state === 'duplicate';
  return (
    <div class="cl-claim-save">
      <button
        type="button"
        class="cl-save"
        disabled={state === 'saving' || done}
        onClick={() => {
          setState('saving');
          onSave().then(setState, () => setState('failed'));
        }}
      >
        {t('claim_save')}
      </button>
      <span class="cl-save-status" role="status">
        {state === 'saved' ? t('claim_saved') : state === 'duplicate' ? t('claim_alreadySaved') : state === 'failed' ? t('claim_saveFailed') : ''}
      </span>
    </div>
  );
}
