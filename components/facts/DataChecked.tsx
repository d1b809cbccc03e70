// "数据核对于 <date>" and, more than 12 months later, a warning that the facts may be outdated.
import { DATA_CHECKED } from '@/data/sources';
import { isDataStale } from '@/utils/data-age';
import type { Translate } from '@/utils/i18n';

export function DataChecked({ t, now, checked = DATA_CHECKED }: { t: Translate; now?: Date; checked?: string }) {
  const stale = isDataStale(checked, now);
  return (
    <p class={stale ? 'cl-data-checked cl-stale' : 'cl-data-checked'} role={stale ? 'note' : undefined}>
      <span>{t('dataCheckedOn', checked)}</span>
      {stale && <strong class="cl-stale-warning">{t('popup_dataStale')}</strong>}
    </p>
  );
}
