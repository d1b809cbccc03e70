// The hover card for a flagged claim: the verdict as its heading, then the claim's details
// (components/claims/ClaimDetails.tsx). Built on the shared CardShell, so placement, closing and
// focus behave exactly like the mention card's.
import type { Ref } from 'preact';
import type { Locale } from '@/data/types';
import { DataChecked } from '@/components/facts/DataChecked';
import { ClaimDetails, SaveButton, verdictLabel, type ClaimView, type SaveResult } from '@/components/claims/ClaimDetails';
import type { Translate } from '@/utils/i18n';
import { CardShell } from './CardShell';

export interface ClaimCardProps {
  id: string;
  claim: ClaimView;
  locale: Locale;
  t: Translate;
  onClose(): void;
  onSave?: () => Promise<SaveResult>;
  dialogRef?: Ref<HTMLDivElement>;
}

export function ClaimCard({ id, claim, locale, t, onClose, onSave, dialogRef }: ClaimCardProps) {
  return (
    <CardShell
      id={id}
      accent={`claim-${claim.verdict}`}
      lang={locale.replace('_', '-')}
      t={t}
      onClose={onClose}
      dialogRef={dialogRef}
      heading={verdictLabel(t, claim.verdict)}
      summary={t('claim_cardLabel')}
      footer={
        <>
          {/* In the footer, not the scrolling body: saving must not need a scroll. */}
          {onSave && <SaveButton onSave={onSave} t={t} />}
          <DataChecked t={t} />
          <p class="cl-card-hint">{t('card_escHint')}</p>
        </>
      }
    >
      <ClaimDetails claim={claim} locale={locale} t={t} />
    </CardShell>
  );
}
