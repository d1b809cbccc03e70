// The toolbar popup: "本页" (what the current tab mentions, its site switch), the global pause, and
// the full comparison of both certificates. Opened as an ordinary tab it shows the comparison only.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useSettings, useTranslate } from '@/components/use-settings';
import { Comparison } from '@/components/comparison/Comparison';
import { DataChecked } from '@/components/facts/DataChecked';
import { PageSection } from '@/components/popup/PageSection';
import { usePage } from '@/components/popup/use-page';
import { isActiveOn, toggleSite } from '@/utils/settings';
import { NEXT_CLAIM, NEXT_MENTION, PREVIOUS_CLAIM, PREVIOUS_MENTION } from '@/utils/commands';

export function App() {
  const { settings, loaded, update } = useSettings();
  const { locale, t } = useTranslate(settings);
  // Refresh the page summary whenever the switches change what the content script shows.
  const { page, reveal } = usePage(`${settings.paused}|${settings.disabledSites.join(',')}|${settings.checkClaims}`);
  const shortcuts = useShortcuts();
  const inPopup = !new URLSearchParams(location.search).has('tabId');

  useEffect(() => {
    document.documentElement.lang = locale.replace('_', '-');
    document.title = t('popupTitle');
  }, [locale]);

  if (!loaded) return null;
  const host = page.status === 'ready' ? page.summary.hostname : undefined;
  return (
    <main class={page.status === 'no-page' ? 'as-page' : undefined}>
      <header class="top">
        <h1>{t('popupTitle')}</h1>
        <DataChecked t={t} />
      </header>

      <div class="controls">
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={(e) => {
              const paused = e.currentTarget.checked;
              void update((s) => ({ ...s, paused }));
            }}
          />
          <span>{t('popup_pause')}</span>
        </label>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popup_settings')}
        </a>
      </div>

      {page.status !== 'no-page' && (
        <PageSection
          page={page}
          locale={locale}
          t={t}
          paused={settings.paused}
          siteEnabled={host === undefined || isActiveOn({ ...settings, paused: false }, host)}
          onToggleSite={(enabled) => host && void update((s) => toggleSite(s, host, enabled))}
          onReveal={(index, frameId) =>
            void reveal('mention', index, frameId).then(() => {
              // In the real popup, get out of the way so the reader sees the card on the page.
              if (inPopup) window.close();
            })
          }
          onRevealClaim={(index, frameId) =>
            void reveal('claim', index, frameId).then(() => {
              if (inPopup) window.close();
            })
          }
        />
      )}

      <Comparison locale={locale} t={t} />

      <footer class="bottom">
        {shortcuts && <p class="muted">{t('popup_shortcuts', shortcuts.next, shortcuts.previous, shortcuts.nextClaim, shortcuts.previousClaim)}</p>}
        <p class="muted">{t('options_privacy')}</p>
      </footer>
    </main>
  );
}

/** The user's current shortcuts (they can change them at chrome://extensions/shortcuts). */
interface Shortcuts {
  next: string;
  previous: string;
  nextClaim: string;
  previousClaim: string;
}

function useShortcuts(): Shortcuts | undefined {
  const [keys, setKeys] = useState<Shortcuts>();
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) => {
        const key = (name: string) => all.find((c) => c.name === name)?.shortcut || '—';
        setKeys({ next: key(NEXT_MENTION), previous: key(PREVIOUS_MENTION), nextClaim: key(NEXT_CLAIM), previousClaim: key(PREVIOUS_CLAIM) });
      })
      .catch(() => undefined);
  }, []);
  return keys;
}
