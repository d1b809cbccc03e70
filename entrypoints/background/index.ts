// The background owns per-tab state: what each frame found, shown as the toolbar badge.
import { TabReports, badgeText } from '@/utils/badge';
import type { ToBackground } from '@/utils/messages';
import { listenForCommands } from '@/utils/commands';
import { listenForContextMenu, type ContextMenuApi } from '@/utils/context-menu';
import { runStorageMigrations } from '@/utils/storage-migrations';
import { listenForTabSummary, type TabSummaryApi } from '@/utils/tab-summary';

export default defineBackground(() => {
  // Stored settings and evidence are migrated here, once per start (never in a content script).
  void runStorageMigrations();

  const reports = new TabReports();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const msg = message as ToBackground;
    const tabId = sender.tab?.id;
    if (msg?.type !== 'certlens:frame-report' || tabId === undefined) return;
    const totals = reports.set(tabId, sender.frameId ?? 0, msg);
    void browser.action.setBadgeText({ tabId, text: badgeText(totals) });
    void browser.action.setBadgeBackgroundColor({ tabId, color: totals.claims > 0 ? '#c62828' : '#37474f' });
  });

  browser.tabs.onRemoved.addListener((tabId) => reports.forget(tabId));

  // The popup's "本页": every frame that reported is asked for its summary; one merged answer.
  listenForTabSummary(browser as unknown as TabSummaryApi, (tabId) => reports.frameIds(tabId));

  // Keyboard commands (next / previous mention) go to the tab's content script.
  listenForCommands(browser);

  // "用证书透镜核查" on selected text (issue 5): the result is shown in the page, or in check.html.
  listenForContextMenu(browser as unknown as ContextMenuApi);
});
