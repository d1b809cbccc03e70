// "本页" → 可疑宣传: the page's flagged claims grouped by verdict (in the order of CLAIM_VERDICTS), with counts,
// each entry a button that scrolls the page to the claim and opens its card. Shown above the
// mentions: a reader who opens the popup on an agency's page wants these first.
import { CLAIM_VERDICTS, VERDICT_MESSAGE_KEYS, type ClaimVerdict } from '@/data/claim-rules';
import type { Translate } from '@/utils/i18n';
import type { PageClaim, PageSummary } from '@/utils/page-messages';
import { FrameTag } from './PageSection';
import '@/components/claims/claims.css';
import './page-claims.css';

export function PageClaims({ summary, t, onReveal }: { summary: PageSummary; t: Translate; onReveal(index: number, frameId: number): void }) {
  if (summary.claimsChecked === false) {
    return (
      <p class="muted claims-off" data-claims="off">
        {t('claim_popupOff')}
      </p>
    );
  }
  const claims = summary.claims ?? [];
  const more = summary.moreClaims ?? 0;
  const total = claims.length + more;
  return (
    // Tinted only when there is something to warn about: an empty 可疑宣传 must not look like an alarm.
    <section class={total > 0 ? 'claim-groups' : 'claim-groups none-found'} aria-labelledby="claims-title">
      <h3 id="claims-title" class="claims-title">
        {t('claim_popupHeading')}
        {total > 0 && <span class="count">{t('claim_popupCount', total)}</span>}
      </h3>
      {claims.length === 0 ? (
        <p class="muted">{t('claim_popupNone')}</p>
      ) : (
        CLAIM_VERDICTS.map((verdict) => {
          const list = claims.filter((c) => c.verdict === verdict);
          if (list.length === 0) return null;
          return (
            <div key={verdict} class="claim-group" data-verdict={verdict}>
              <h4>
                <span>{t(VERDICT_MESSAGE_KEYS[verdict as ClaimVerdict])}</span>
                <span class="count">{t('claim_popupCount', list.length)}</span>
              </h4>
              <ol>
                {list.map((c) => (
                  <li key={`${c.frameId ?? 0}:${c.index}`}>
                    <ClaimButton claim={c} t={t} onReveal={onReveal} />
                  </li>
                ))}
              </ol>
            </div>
          );
        })
      )}
      {more > 0 && <p class="muted">{t('claim_popupMore', more)}</p>}
    </section>
  );
}

function ClaimButton({ claim, t, onReveal }: { claim: PageClaim; t: Translate; onReveal(index: number, frameId: number): void }) {
  const frameId = claim.frameId ?? 0;
  return (
    <button
      type="button"
      class="claim"
      onClick={() => onReveal(claim.index, frameId)}
      title={t('popup_jumpTo')}
      data-index={claim.index}
      data-frame={frameId}
      data-rule={claim.ruleId}
    >
      <FrameTag frameId={frameId} t={t} />
      <span class="context" lang="zh">
        {claim.before ? `${claim.before}` : ''}
        <mark>{claim.text}</mark>
        {claim.after ?? ''}
      </span>
    </button>
  );
}
