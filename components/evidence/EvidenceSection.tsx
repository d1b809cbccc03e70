// The options page's "保存的证据": every claim the reader saved (newest first), each with its
// verdict, the sentence with the phrase marked, the page and the time; delete one or all; export as
// Markdown (for a 12315 complaint or a refund request) or JSON. Downloads are made here, in the
// extension page, from a Blob URL and an <a download>: no `downloads` permission.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '@/data/types';
import { ClaimQuote } from '@/components/claims/ClaimDetails';
import {
  clearEvidence,
  deleteEvidence,
  evidenceToJson,
  evidenceToMarkdown,
  exportFileName,
  formatLocalTime,
  loadEvidence,
  watchEvidence,
  type EvidenceItem,
} from '@/utils/evidence';
import type { Translate } from '@/utils/i18n';
import '@/components/facts/theme.css';
import '@/components/claims/claims.css';
import './evidence.css';

function useEvidence(): { items: EvidenceItem[]; problems: string[]; loaded: boolean } {
  const [state, setState] = useState<{ items: EvidenceItem[]; problems: string[]; loaded: boolean }>({ items: [], problems: [], loaded: false });
  useEffect(() => {
    let live = true;
    void loadEvidence().then((n) => live && setState({ ...n, loaded: true }));
    const unwatch = watchEvidence((n) => setState({ ...n, loaded: true }));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}

/** Offers `text` as a file download from this page. */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function EvidenceSection({ locale, t }: { locale: Locale; t: Translate }) {
  const { items, problems, loaded } = useEvidence();
  if (!loaded) return null;
  const newestFirst = [...items].reverse();
  return (
    <section class="evidence cl-theme" aria-labelledby="evidence-title">
      <h2 id="evidence-title">
        {t('evidence_title')}
        {items.length > 0 && <span class="muted evidence-count">{t('evidence_count', items.length)}</span>}
      </h2>
      <p class="muted">{t('evidence_intro')}</p>
      {problems.length > 0 && (
        <ul class="problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {items.length === 0 ? (
        <p class="muted evidence-none">{t('evidence_none')}</p>
      ) : (
        <>
          <div class="evidence-actions">
            <button type="button" class="export-md" onClick={() => download(evidenceToMarkdown(items, locale, new Date()), exportFileName('md', new Date()), 'text/markdown;charset=utf-8')}>
              {t('evidence_exportMarkdown')}
            </button>
            <button type="button" class="export-json" onClick={() => download(evidenceToJson(items, new Date()), exportFileName('json', new Date()), 'application/json;charset=utf-8')}>
              {t('evidence_exportJson')}
            </button>
            <button type="button" class="delete-all" onClick={() => void clearEvidence()}>
              {t('evidence_deleteAll')}
            </button>
          </div>
          <ol class="evidence-list">
            {newestFirst.map((item) => (
              <li key={item.id} data-id={item.id} data-verdict={item.verdict} data-rule={item.ruleId}>
                <p class="evidence-verdict">{item.verdictLabel}</p>
                <ClaimQuote
                  claim={{ ruleId: item.ruleId, verdict: item.verdict, quote: item.quote, phraseStart: phraseAt(item), phraseEnd: phraseAt(item) + item.phrase.length }}
                />
                <p class="evidence-page">
                  <a href={item.pageUrl} target="_blank" rel="noopener noreferrer">
                    {item.pageTitle || item.pageUrl}
                  </a>
                </p>
                <p class="muted evidence-time">{t('evidence_savedAt', formatLocalTime(item.savedAt))}</p>
                <button type="button" class="delete" onClick={() => void deleteEvidence(item.id)}>
                  {t('evidence_delete')}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** Where the saved phrase is in the saved sentence (both squeezed alike when saved). */
function phraseAt(item: EvidenceItem): number {
  const i = item.quote.indexOf(item.phrase);
  return i >= 0 ? i : 0;
}
