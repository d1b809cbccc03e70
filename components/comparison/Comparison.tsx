// The popup's side-by-side comparison, rendered from data/comparison.ts in the seed article's order.
// Every cell is a sourced fact (FactView): verified text, "reported" mark and caveat, the
// "常见说法" note where the article or agencies say otherwise, and the sources behind a toggle.
import { CERT_IDS, CERTIFICATES } from '@/data/certificates';
import { COMPARISON } from '@/data/comparison';
import { OSTA_LOOKUP } from '@/data/system-facts';
import type { CertFactKey, CertId, ComparisonSection, Fact, Locale } from '@/data/types';
import { CommonClaimNote, FactView, SourcesToggle } from '@/components/facts/FactView';
import { LevelsTable } from '@/components/facts/LevelsTable';
import type { Translate } from '@/utils/i18n';

/**
 * Hidden facts whose "常见说法" belongs next to a shown cell: the article's unverifiable story of
 * who drafted the 互联网营销师 standard sits with the standard, the rumoured code with the code.
 * The hidden fact's text is never shown, only the note saying the claim could not be verified.
 */
const RELATED_HIDDEN: Partial<Record<CertFactKey, CertFactKey[]>> = {
  standard: ['standardDrafting'],
  code: ['codeRejected'],
  issuer: ['issuerUnverified'],
  englishName: ['englishNameUnconfirmed'],
};

/** Shown facts the popup puts in the column headers rather than in a section (a test checks that
 * these plus the sections cover every shown fact). */
export const HEADER_FACTS: readonly CertFactKey[] = ['name', 'englishName'];

export interface ComparisonProps {
  locale: Locale;
  t: Translate;
  sections?: readonly ComparisonSection[];
}

export function Comparison({ locale, t, sections = COMPARISON }: ComparisonProps) {
  return (
    <div class="cmp">
      <table class="cmp-names">
        <caption class="cl-visually-hidden">{t('cmp_names')}</caption>
        <tbody>
          <tr>
            {CERT_IDS.map((id) => (
              <td key={id} data-cert={id} class="cmp-name-cell">
                <CertHeading certId={id} locale={locale} t={t} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {sections.map((section, i) => (
        <Section key={section.id} number={i + 1} section={section} locale={locale} t={t} />
      ))}
    </div>
  );
}

function CertHeading({ certId, locale, t }: { certId: CertId; locale: Locale; t: Translate }) {
  const cert = CERTIFICATES[certId];
  return (
    <div class="cmp-cert" data-fact={`${certId}.name`}>
      {/* The name fact is the heading itself (its text is the name, glossed in English), then its sources. */}
      <h2 class="cmp-cert-name">
        <span lang="zh-CN">{cert.facts.name.text[locale]}</span>
        <span class="cmp-code">{cert.code}</span>
      </h2>
      <SourcesToggle ids={cert.facts.name.sources} t={t} />
      <div data-fact={`${certId}.englishName`}>
        <FactView fact={cert.facts.englishName} locale={locale} t={t} />
      </div>
    </div>
  );
}

function Section({ number, section, locale, t }: { number: number; section: ComparisonSection; locale: Locale; t: Translate }) {
  const headingId = `cmp-${section.id}`;
  return (
    <section class="cmp-section" aria-labelledby={headingId} data-section={section.id}>
      <h2 id={headingId} class="cmp-section-title">
        <span class="cmp-section-number">{number}.</span>
        {section.title[locale]}
      </h2>
      <table class="cmp-table">
        <thead>
          <tr>
            <td />
            {CERT_IDS.map((id) => (
              <th key={id} scope="col" lang="zh-CN" data-cert={id}>
                {CERTIFICATES[id].name.simplified}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">{row.label[locale]}</th>
              {CERT_IDS.map((id) => (
                <td key={id} data-cert={id}>
                  <Cell certId={id} factKey={row.cells[id]} locale={locale} t={t} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Cell({ certId, factKey, locale, t }: { certId: CertId; factKey: CertFactKey | null; locale: Locale; t: Translate }) {
  const cert = CERTIFICATES[certId];
  const fact = factKey ? cert.facts[factKey] : undefined;
  if (!factKey || !fact || fact.presentation === 'hidden') return <p class="cmp-empty">{t('cmp_noData')}</p>;
  const related = (RELATED_HIDDEN[factKey] ?? [])
    .map((k) => cert.facts[k])
    .filter((f): f is Fact => !!f && f.presentation === 'hidden' && !!f.commonClaim);
  return (
    <div data-fact={`${certId}.${factKey}`}>
      <FactView fact={fact} locale={locale} t={t}>
        {factKey === 'levels' && <LevelsTable cert={cert} locale={locale} t={t} />}
        {factKey === 'verification' && (
          <a class="cl-lookup" href={OSTA_LOOKUP.url} target="_blank" rel="noopener noreferrer">
            {t('card_openLookup')}
          </a>
        )}
      </FactView>
      {related.map((f, i) => (
        <CommonClaimNote key={i} claim={f.commonClaim!} locale={locale} t={t} />
      ))}
    </div>
  );
}
