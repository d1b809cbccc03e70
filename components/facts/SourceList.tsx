// The sources under a fact: title (quoted only when it is the page's real headline), publisher,
// date and a link. Shared by the hover card, the popup comparison and (later) the claim card.
import { sourceById } from '@/data/sources';
import type { Source } from '@/data/types';
import type { Translate } from '@/utils/i18n';

/** `resolve`: how ids become sources (the claim card passes claimSourceById, which knows a few more). */
export function SourceList({ ids, t, resolve = sourceById }: { ids: readonly string[]; t: Translate; resolve?: (id: string) => Source }) {
  if (ids.length === 0) return null;
  return (
    <ul class="cl-sources">
      {ids.map((id) => {
        const s = resolve(id);
        const title = s.descriptiveTitle ? s.title : `“${s.title}”`;
        return (
          <li key={id} data-source-id={id}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">{title}</a>
            {s.publisher && <span class="cl-source-publisher">{s.publisher}</span>}
            <span class="cl-source-date">{s.date ?? t('card_sourceUndated')}</span>
          </li>
        );
      })}
    </ul>
  );
}
