// What a card shows: the Preact components with the facts, the claim rules' explanations and the
// UI's messages in three languages. Part of the content script's second file (on-demand.ts),
// loaded when a page first needs it: most pages never open a card.
import { ClaimCard } from '@/components/card/ClaimCard';
import { MentionCard } from '@/components/card/MentionCard';
import { SelectionCard } from '@/components/card/SelectionCard';
import type { SaveResult } from '@/components/claims/ClaimDetails';
import type { ClaimVerdict } from '@/data/claim-rules';
import type { ClaimHit } from '@/utils/claims/check';
import { makeEvidence, saveEvidence } from '@/utils/evidence';
import { translator } from '@/utils/i18n';
import type { Locale } from '@/utils/locale';
import type { CardRenderProps } from './card-controller';
import type { CardEntry } from './card-index';
import type { ClaimEntry } from './claims-analyzer';

/** Saves one claim of this frame's page as evidence (local storage, deduplicated per page). */
function save(claim: { ruleId: string; quote: string; phrase: string; host?: string }, locale: Locale): Promise<SaveResult> {
  return saveEvidence(
    makeEvidence({ ...claim, pageUrl: location.href, pageTitle: document.title, locale, savedAt: new Date() }),
  );
}

export function mentionView(entry: CardEntry, { id, pageText, close }: CardRenderProps, locale: Locale) {
  return <MentionCard id={id} cert={entry.cert} kind={entry.kind} term={pageText} locale={locale} t={translator(locale)} onClose={close} />;
}

export function claimView(entry: ClaimEntry, { id, close }: CardRenderProps, locale: Locale) {
  const phrase = entry.block.text.slice(entry.start, entry.end);
  return (
    <ClaimCard
      id={id}
      claim={{
        ruleId: entry.ruleId,
        verdict: entry.verdict as ClaimVerdict,
        quote: entry.quote,
        phraseStart: entry.start - entry.sentenceStart,
        phraseEnd: entry.end - entry.sentenceStart,
        host: entry.host,
      }}
      locale={locale}
      t={translator(locale)}
      onClose={close}
      onSave={() => save({ ruleId: entry.ruleId, quote: entry.quote, phrase, host: entry.host }, locale)}
    />
  );
}

export function selectionView(entry: { checked: string; hits: ClaimHit[] }, { id, close }: CardRenderProps, locale: Locale) {
  return (
    <SelectionCard
      id={id}
      text={entry.checked}
      hits={entry.hits}
      locale={locale}
      t={translator(locale)}
      onClose={close}
      onSave={(hit) => save({ ruleId: hit.ruleId, quote: hit.quote, phrase: entry.checked.slice(hit.start, hit.end) }, locale)}
    />
  );
}
