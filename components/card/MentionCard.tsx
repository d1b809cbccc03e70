// The hover card for a certificate mention: the certificate in the page's script, its code, who
// issues it and how to check one, its levels and the tracks they apply to, reported pay with its
// caveat, and the standard. For a work-type / direction mention it first says which certificate
// it belongs to and which levels it has. Every line carries its sources.
import { CERTIFICATES } from '@/data/certificates';
import { OSTA_LOOKUP } from '@/data/system-facts';
import type { CertId, Locale } from '@/data/types';
import { DataChecked } from '@/components/facts/DataChecked';
import { FactView, SourcesToggle } from '@/components/facts/FactView';
import { LevelsTable } from '@/components/facts/LevelsTable';
import { isTraditional, trackForTerm } from '@/utils/card/script';
import type { Translate } from '@/utils/i18n';
import type { MentionKind } from '@/utils/page-messages';
import type { Ref } from 'preact';
import { CardSection, CardShell } from './CardShell';

export interface MentionCardProps {
  id: string;
  cert: CertId;
  kind: MentionKind;
  /** The mention's text as the page writes it. */
  term: string;
  locale: Locale;
  t: Translate;
  onClose(): void;
  dialogRef?: Ref<HTMLDivElement>;
}

export function MentionCard({ id, cert: certId, kind, term, locale, t, onClose, dialogRef }: MentionCardProps) {
  const cert = CERTIFICATES[certId];
  const traditional = isTraditional(term);
  // The page's script for the name; the rest of the card speaks the user's UI language.
  const name = traditional ? cert.name.traditional : cert.name.simplified;
  const track = kind === 'name' ? undefined : trackForTerm(certId, term);
  const trackName = track ? (traditional ? track.name.zh_TW : track.name.zh_CN) : undefined;
  const gloss = locale === 'en' ? englishGloss(cert.facts.name.text.en) : undefined;
  const f = cert.facts;

  return (
    <CardShell
      id={id}
      accent={certId}
      lang={locale.replace('_', '-')}
      t={t}
      onClose={onClose}
      dialogRef={dialogRef}
      heading={
        <>
          <span lang={traditional ? 'zh-TW' : 'zh-CN'}>{trackName ?? name}</span>
          {gloss && !trackName && <span class="cl-gloss">{gloss}</span>}
        </>
      }
      summary={
        trackName
          ? t(track!.kind === 'work-type' ? 'card_workTypeOf' : 'card_directionOf', trackName, name)
          : t('card_codeLine', cert.code)
      }
      footer={
        <>
          <DataChecked t={t} />
          <p class="cl-card-hint">{t('card_escHint')}</p>
        </>
      }
    >
      {track && (
        <CardSection name="track" title={t('card_trackLevels', trackName!)}>
          <LevelsTable cert={cert} locale={locale} t={t} track={track} />
          <p class="cl-card-note">{t('card_codeLine', cert.code)}</p>
        </CardSection>
      )}
      <CardSection name="issuer" title={t('card_issuer')}>
        <FactView fact={f.issuer} locale={locale} t={t} showCommonClaim={false} />
      </CardSection>
      <CardSection name="verification" title={t('card_verify')}>
        <FactView fact={f.verification} locale={locale} t={t} showCommonClaim={false}>
          <a class="cl-lookup" href={OSTA_LOOKUP.url} target="_blank" rel="noopener noreferrer">
            {t('card_openLookup')}
          </a>
        </FactView>
      </CardSection>
      <CardSection name="levels" title={t('card_levels')}>
        {/* The table says what the levels fact says (which tracks have which levels), in less room. */}
        <LevelsTable cert={cert} locale={locale} t={t} />
        <SourcesToggle ids={f.levels.sources} t={t} />
      </CardSection>
      <CardSection name="pay" title={t('card_pay')}>
        <FactView fact={f.pay} locale={locale} t={t} showCommonClaim={false} />
      </CardSection>
      <CardSection name="standard" title={t('card_standard')}>
        <FactView fact={f.standard} locale={locale} t={t} showCommonClaim={false} />
      </CardSection>
    </CardShell>
  );
}

/** "互联网营销师 (internet marketer)" → "internet marketer". */
function englishGloss(en: string): string | undefined {
  return /\(([^)]+)\)/.exec(en)?.[1];
}
