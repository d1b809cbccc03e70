// Preact hooks over the stored settings, shared by the popup and the options page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Normalized, type Settings } from '@/utils/settings';
import { updateSettings } from '@/utils/settings-item';
import { translator, type Translate } from '@/utils/i18n';
import { resolveLocale, type Locale } from '@/utils/locale';

export interface SettingsState extends Normalized {
  loaded: boolean;
  update(change: (s: Settings) => Settings): Promise<void>;
}

export function useSettings(): SettingsState {
  const [state, setState] = useState<Normalized & { loaded: boolean }>({
    settings: { ...DEFAULT_SETTINGS, disabledSites: [] },
    problems: [],
    loaded: false,
  });
  useEffect(() => {
    let live = true;
    void loadSettings().then((n) => live && setState({ ...n, loaded: true }));
    const unwatch = watchSettings((n) => setState({ ...n, loaded: true }));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return { ...state, update: async (change) => void (await updateSettings(change)) };
}


export function useTranslate(settings: Settings): { locale: Locale; t: Translate } {
  const locale = resolveLocale(settings.locale);
  return useMemo(() => ({ locale, t: translator(locale) }), [locale]);
}
