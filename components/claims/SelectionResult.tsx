// The result of "用证书透镜核查" on selected text: each claim found with its details, or, when none
// is found, what was checked and what that does not mean. Used by the card shown next to the
// selection and by the extension page that stands in where no content script runs.
import { CLAIM_RULES } from '@/data/claim-rules';
import type { Locale } from '@/data/types';
import type { ClaimHit } from '@/utils/claims/check';
import type { Translate } from '@/utils/i18n';
import { ClaimDetails, verdictLabel, type SaveResult } from './ClaimDetails';

export interface SelectionResultProps {
  text: string;
  hits: readonly ClaimHit[];
  locale: Locale;
  t: Translate;
  onSave?: (hit: ClaimHit) => Promise<SaveResult>;
}

/** The one-line summary: how many claims, or none. */
export function selectionSummary(t: Translate, text: string, hits: readonly ClaimHit[]): string {
  if (!text.trim()) return t('claim_selectionEmpty');
  return hits.length > 0 ? t('claim_selectionFound', hits.length) : t('claim_selectionNone');
}

export function SelectionResult({ text, hits, locale, t, onSave }: SelectionResultProps) {
  const checked = <p class="cl-card-note">{t('claim_selectionChecked', CLAIM_RULES.length, text.trim().length)}</p>;
  if (hits.length === 0) {
    return (
      <div class="cl-selection-none" data-result="none">
        <section class="cl-card-section">
          {checked}
          <p class="cl-card-note">{t('claim_selectionCaveat')}</p>
        </section>
      </div>
    );
  }
  return (
    <div class="cl-selection-hits" data-result="hits">
      {hits.map((hit, i) => (
        <ClaimDetails
          key={`${hit.ruleId}-${hit.start}`}
          claim={{ ruleId: hit.ruleId, verdict: hit.verdict, quote: hit.quote, phraseStart: hit.start - hit.sentenceStart, phraseEnd: hit.end - hit.sentenceStart }}
          locale={locale}
          t={t}
          onSave={onSave && (() => onSave(hit))}
          title={
            <h3 class="cl-claim-title" data-verdict={hit.verdict}>
              {i + 1}. {verdictLabel(t, hit.verdict)}
            </h3>
          }
        />
      ))}
      <section class="cl-card-section">
        {checked}
        <p class="cl-card-note">{t('claim_selectionCaveat')}</p>
      </section>
    </div>
  );
}
