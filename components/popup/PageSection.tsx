// "本页": what the current tab mentions, per certificate, each entry a button that scrolls the page
// to it and opens its card; the switch for this site; flagged claims above (PageClaims). Entries
// come from every frame of the tab (top frame first); those inside a frame carry a "框架内" tag.
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
  /** Jumps to a mention: its index in its frame, and the frame (0 = top). */
  onReveal(index: number, frameId: number): void;
  /** Jumps to a flagged claim (issue 5). */
  onRevealClaim?(index: number, frameId: number): void;
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

function Mentions({ summary, locale, t, onReveal }: { summary: PageSummary; locale: Locale; t: Translate; onReveal(index: number, frameId: number): void }) {
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
                <li key={`${m.frameId ?? 0}:${m.index}`}>
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

function MentionButton({ mention, t, onReveal }: { mention: PageMention; locale: Locale; t: Translate; onReveal(index: number, frameId: number): void }) {
  const at = mention.context.indexOf(mention.term);
  const before = at >= 0 ? mention.context.slice(0, at) : '';
  const after = at >= 0 ? mention.context.slice(at + mention.term.length) : mention.context;
  const frameId = mention.frameId ?? 0;
  return (
    <button
      type="button"
      class="mention"
      onClick={() => onReveal(mention.index, frameId)}
      title={t('popup_jumpTo')}
      data-index={mention.index}
      data-frame={frameId}
    >
      <FrameTag frameId={frameId} t={t} />
      <span class="kind">{t(mention.kind === 'name' ? 'popup_kindName' : mention.kind === 'work-type' ? 'popup_kindWorkType' : 'popup_kindDirection')}</span>
      <span class="context">
        {before}
        <mark>{mention.term}</mark>
        {after}
      </span>
    </button>
  );
}

/** "框架内" on an entry inside one of the page's frames (an embedded document), nothing in the top frame. */
export function FrameTag({ frameId, t }: { frameId: number; t: Translate }) {
  if (frameId === 0) return null;
  return (
    <span class="frame-tag" title={t('popup_inFrameTitle')}>
      {t('popup_inFrame')}
    </span>
  );
}
