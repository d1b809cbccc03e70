// The check page: where "用证书透镜核查" shows its result when the page itself cannot (no content
// script runs on chrome:// pages, in the PDF viewer or on the web store). The selected text and
// the page address come in the query string (utils/context-menu.ts checkPageUrl); the text is
// checked here, with the same checker, and shown as text only.
import { useEffect, useMemo } from 'preact/hooks';
import { useSettings, useTranslate } from '@/components/use-settings';
import { SelectionResult, selectionSummary } from '@/components/claims/SelectionResult';
import { checkSelection } from '@/utils/claims/check';
import { makeEvidence, saveEvidence } from '@/utils/evidence';

export function App() {
  const { settings, loaded } = useSettings();
  const { locale, t } = useTranslate(settings);
  const params = new URLSearchParams(location.search);
  const text = params.get('text') ?? '';
  const pageUrl = params.get('url') ?? '';
  const hits = useMemo(() => checkSelection(text), [text]);

  useEffect(() => {
    document.documentElement.lang = locale.replace('_', '-');
    document.title = t('claim_pageTitle');
  }, [locale]);

  if (!loaded) return null;
  return (
    <main class="cl-theme cl-check-page">
      <h1>{t('claim_selectionHeading')}</h1>
      <p class="cl-check-summary" role="status">{selectionSummary(t, text, hits)}</p>
      {pageUrl && <p class="cl-check-source">{pageUrl}</p>}
      <blockquote class="cl-check-selected" lang="zh">{text}</blockquote>
      <SelectionResult
        text={text}
        hits={hits}
        locale={locale}
        t={t}
        // Evidence needs the page it came from; without an address there is nothing to cite.
        onSave={
          pageUrl
            ? (hit) =>
                saveEvidence(
                  makeEvidence({
                    ruleId: hit.ruleId,
                    quote: hit.quote,
                    phrase: text.slice(hit.start, hit.end),
                    pageUrl,
                    pageTitle: '',
                    locale,
                    savedAt: new Date(),
                  }),
                )
            : undefined
        }
      />
    </main>
  );
}
