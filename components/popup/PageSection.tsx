// "本页": what the current tab mentions, per certificate, each entry a button that scrolls the page
// to it and opens its card; the switch for this site. Flagged claims join here later (issue 5).
import { CERT_IDS, CERTIFICATES } from '@/data/certificates';
import type { Locale } from '@/data/types';
import type { Translate } from '@/utils/i18n';
import type { PageMention, PageSummary } from '@/utils/page-messages';
import type { PageState } from './use-page';
import { PageClaims } from './PageClaims';

export interface PageSectionProps {
  page: Exclude<PageState, { status: 'no-page' }>;
  locale: Locale;
  t: Translate;
  siteEnabled: boolean;
  paused: boolean;
  onToggleSite(enabled: boolean): void;
  onReveal(index: number): void;
  /** Jumps to a flagged claim (issue 5). */
  onRevealClaim?(index: number): void;
}

export function PageSection({ page, locale, t, siteEnabled, paused, onToggleSite, onReveal, onRevealClaim }: PageSectionProps) {
  return (
    <section class="page-section" aria-labelledby="page-title">
      <h2 id="page-title">{t('popup_thisPage')}</h2>
      {page.status === 'loading' && <p class="muted">{t('popup_pageLoading')}</p>}
      {page.status === 'unavailable' && <p class="muted">{t('popup_pageUnavailable')}</p>}
      {page.status === 'ready' && (
        <>
          <label class="switch">
            <input type="checkbox" checked={siteEnabled} onChange={(e) => onToggleSite(e.currentTarget.checked)} />
            <span>{t('popup_siteSwitch', page.summary.hostname)}</span>
          </label>
          {paused ? (
            <p class="muted">{t('popup_pausedNote')}</p>
          ) : !siteEnabled ? (
            <p class="muted">{t('popup_siteOffNote')}</p>
          ) : (
            <>
              <PageClaims summary={page.summary} t={t} onReveal={onRevealClaim ?? (() => undefined)} />
              <Mentions summary={page.summary} locale={locale} t={t} onReveal={onReveal} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function Mentions({ summary, locale, t, onReveal }: { summary: PageSummary; locale: Locale; t: Translate; onReveal(index: number): void }) {
  const total = summary.mentions.length + CERT_IDS.reduce((n, id) => n + (summary.moreMentions[id] ?? 0), 0);
  if (total === 0) return <p class="muted">{t('popup_noMentions')}</p>;
  return (
    <div class="mention-groups">
      {CERT_IDS.map((id) => {
        const list = summary.mentions.filter((m) => m.cert === id);
        const more = summary.moreMentions[id] ?? 0;
        if (list.length + more === 0) return null;
        return (
          <div key={id} class="mention-group" data-cert={id}>
            <h3>
              <span lang="zh-CN">{CERTIFICATES[id].name.simplified}</span>
              <span class="count">{t('popup_mentionCount', list.length + more)}</span>
            </h3>
            <ol>
              {list.map((m) => (
                <li key={m.index}>
                  <MentionButton mention={m} locale={locale} t={t} onReveal={onReveal} />
                </li>
              ))}
            </ol>
            {more > 0 && <p class="muted">{t('popup_moreMentions', more)}</p>}
          </div>
        );
      })}
    </div>
  );
}

function MentionButton({ mention, t, onReveal }: { mention: PageMention; locale: Locale; t: Translate; onReveal(index: number): void }) {
  const at = mention.context.indexOf(mention.term);
  const before = at >= 0 ? mention.context.slice(0, at) : '';
  const after = at >= 0 ? mention.context.slice(at + mention.term.length) : mention.context;
  return (
    <button type="button" class="mention" onClick={() => onReveal(mention.index)} title={t('popup_jumpTo')} data-index={mention.index}>
      <span class="kind">{t(mention.kind === 'name' ? 'popup_kindName' : mention.kind === 'work-type' ? 'popup_kindWorkType' : 'popup_kindDirection')}</span>
      <span class="context">
        {before}
        <mark>{mention.term}</mark>
        {after}
      </span>
    </button>
  );
}
