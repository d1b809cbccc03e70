// The card "用证书透镜核查" opens next to the selected text: what the checker found in it, or that
// it found nothing and what it checked. Same shell as every CertLens card.
import type { Locale } from '@/data/types';
import { SelectionResult, selectionSummary } from '@/components/claims/SelectionResult';
import type { SaveResult } from '@/components/claims/ClaimDetails';
import type { ClaimHit } from '@/utils/claims/check';
import type { Translate } from '@/utils/i18n';
import { CardShell } from './CardShell';

export interface SelectionCardProps {
  id: string;
  text: string;
  hits: readonly ClaimHit[];
  locale: Locale;
  t: Translate;
  onClose(): void;
  onSave?: (hit: ClaimHit) => Promise<SaveResult>;
}

export function SelectionCard({ id, text, hits, locale, t, onClose, onSave }: SelectionCardProps) {
  return (
    <CardShell
      id={id}
      accent={hits[0] ? `claim-${hits[0].verdict}` : undefined}
      lang={locale.replace('_', '-')}
      t={t}
      onClose={onClose}
      heading={t('claim_selectionHeading')}
      summary={selectionSummary(t, text, hits)}
      footer={<p class="cl-card-hint">{t('card_escHint')}</p>}
    >
      <SelectionResult text={text} hits={hits} locale={locale} t={t} onSave={onSave} />
    </CardShell>
  );
}
