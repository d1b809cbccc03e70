// The levels of a certificate and the work types / directions each applies to (平台管理员 stops at
// 三级; 全媒体运营师 has no 五级; 数据分析 starts at 三级). With `track`, only that track's levels.
import type { Certificate, Locale, Track } from '@/data/types';
import type { Translate } from '@/utils/i18n';

export function LevelsTable({ cert, locale, t, track }: { cert: Certificate; locale: Locale; t: Translate; track?: Track }) {
  const levels = track ? cert.levels.filter((l) => l.appliesTo.includes(track.id)) : cert.levels;
  const all = t(cert.trackKind === 'work-type' ? 'card_allWorkTypes' : 'card_allDirections');
  const trackName = (id: string) => cert.tracks.find((x) => x.id === id)?.name[locale] ?? id;
  return (
    <table class="cl-levels">
      <caption class="cl-visually-hidden">
        {track ? t('card_levelsOfTrack', track.name[locale]) : t('card_levelsOf', cert.name.simplified)}
      </caption>
      <tbody>
        {levels.map((l) => (
          <tr key={l.level} data-level={l.level}>
            <th scope="row">{l.name[locale]}</th>
            {!track && (
              <td>{l.appliesTo.length === cert.tracks.length ? all : l.appliesTo.map(trackName).join(locale === 'en' ? ', ' : '、')}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
