// The background owns per-tab state: what each frame found, shown as the toolbar badge.
import { TabReports, badgeText } from '@/utils/badge';
import type { ToBackground } from '@/utils/messages';
import { listenForCommands } from '@/utils/commands';
import { listenForContextMenu, type ContextMenuApi } from '@/utils/context-menu';
import { runStorageMigrations } from '@/utils/storage-migrations';
import { listenForTabSummary, type TabSummaryApi } from '@/utils/tab-summary';
import { relayRevealToParent, type RevealRelayApi } from '@/utils/reveal-relay';
import { storage } from 'wxt/utils/storage';

const TAB_REPORTS_KEY = 'session:tabReports';
const LAST_JUMP_FRAMES_KEY = 'session:lastJumpFrames';

export default defineBackground(() => {
  // Stored settings and evidence are migrated here, once per start (never in a content script).
  void runStorageMigrations();

  // What each frame of each tab found. Kept in session storage too: the service worker is stopped
  // when idle and would otherwise come back knowing no frame.
  const reports = new TabReports();
  // The Firefox build is Manifest V2, where the toolbar button is `browserAction`; `action` is
  // Manifest V3's (Chromium). Without this, every badge update threw in Firefox.
  const toolbarButton = browser.action ?? browser.browserAction;
  const restored = storage
    .getItem<unknown>(TAB_REPORTS_KEY)
    .then((saved) => reports.restore(saved))
    .catch(() => undefined);
  // Written at once (frames report only when what they found changes, throttled): a delayed write
  // could be lost with the worker.
  const saveReports = () => void storage.setItem(TAB_REPORTS_KEY, reports.snapshot()).catch(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const msg = message as ToBackground;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (msg?.type === 'certlens:reveal-in-parent') {
      relayRevealToParent(browser as unknown as RevealRelayApi, tabId, msg);
      return;
    }
    if (msg?.type !== 'certlens:frame-report') return;
    void restored.then(() => {
      const totals = reports.set(tabId, sender.frameId ?? 0, msg);
      void toolbarButton.setBadgeText({ tabId, text: badgeText(totals) });
      void toolbarButton.setBadgeBackgroundColor({ tabId, color: totals.claims > 0 ? '#c62828' : '#37474f' });
      saveReports();
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void restored.then(() => {
      reports.forget(tabId);
      saveReports();
    });
  });

  // The popup's "本页": every frame that reported is asked for its summary; one merged answer.
  listenForTabSummary(browser as unknown as TabSummaryApi, async (tabId) => {
    await restored;
    return reports.frameIds(tabId);
  });

  // Keyboard commands (next / previous mention) go to the tab's content script: its frames with
  // entries, in page order.
  // The frame of each tab's last jump survives the worker's idle stops in session storage.
  listenForCommands(browser, {
    frames: async (tabId, target) => {
      await restored;
      return reports.navigationOrder(tabId, target);
    },
    store: {
      load: () => storage.getItem<unknown>(LAST_JUMP_FRAMES_KEY),
      save: (entries) => void storage.setItem(LAST_JUMP_FRAMES_KEY, entries).catch(() => undefined),
    },
  });

  // "用证书透镜核查" on selected text (issue 5): the result is shown in the page, or in check.html.
  listenForContextMenu(browser as unknown as ContextMenuApi);
});
