import { useSettings, useTranslate } from '@/components/use-settings';
import { EvidenceSection } from '@/components/evidence/EvidenceSection';
import type { LocaleSetting } from '@/utils/settings';
import './options.css';

const LANGUAGES: { value: LocaleSetting; label: string }[] = [
  { value: 'zh_CN', label: '简体中文' },
  { value: 'zh_TW', label: '繁體中文' },
  { value: 'en', label: 'English' },
];

export function App() {
  const { settings, problems, loaded, update } = useSettings();
  const { locale, t } = useTranslate(settings);
  if (!loaded) return null;
  return (
    <main lang={locale.replace('_', '-')}>
      <h1>{t('optionsTitle')}</h1>
      {problems.length > 0 && (
        <div role="alert" class="problems">
          <p>{t('options_problems')}</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      <section>
        <label class="row">
          <span>{t('options_language')}</span>
          <select
            value={settings.locale}
            onChange={(e) => {
              // Read the event now: currentTarget is gone by the time the async update runs.
              const locale = e.currentTarget.value as LocaleSetting;
              void update((s) => ({ ...s, locale }));
            }}
          >
            <option value="auto">{t('options_languageAuto')}</option>
            {LANGUAGES.map((l) => <option key={l.value} value={l.value}>{l.label}</option>)}
          </select>
        </label>
        <label class="row">
          <input type="checkbox" checked={settings.paused} onChange={(e) => {
              const paused = e.currentTarget.checked;
              void update((s) => ({ ...s, paused }));
            }} />
          <span>{t('options_paused')}</span>
        </label>
        <label class="row">
          <input type="checkbox" checked={settings.checkClaims} onChange={(e) => {
              const checkClaims = e.currentTarget.checked;
              void update((s) => ({ ...s, checkClaims }));
            }} />
          <span>{t('options_checkClaims')}</span>
        </label>
      </section>
      <section>
        <h2>{t('options_disabledSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('options_noDisabledSites')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button type="button" onClick={() => void update((s) => ({ ...s, disabledSites: s.disabledSites.filter((h) => h !== host) }))}>
                  {t('options_enableSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* Claims saved from claim cards (issue 5): list, delete, export. */}
      <EvidenceSection locale={locale} t={t} />
      <p class="muted">{t('options_privacy')}</p>
    </main>
  );
}
