// What the popup knows about the page it was opened over: asks the background for the summary of
// every frame of the active tab (no "tabs" permission needed for the id; utils/tab-summary.ts),
// again whenever settings change (switching a site off clears its highlights, so the summary
// changes too), and every PAGE_REFRESH_MS while the popup is open: a page still loading or being
// scanned, or one that adds cards as the reader scrolls, fills in without reopening the popup.
// Jumps go straight to the entry's frame.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageSummary, RevealRequest, TabSummaryRequest, ToContent } from '@/utils/page-messages';
import { isPageSummary } from '@/utils/tab-summary';

export type PageState =
  /** popup.html opened as an ordinary tab: show the comparison only. */
  | { status: 'no-page' }
  | { status: 'loading' }
  /** A tab without our content script (chrome://, the web store, a page still loading). */
  | { status: 'unavailable'; tabId: number }
  | { status: 'ready'; tabId: number; summary: PageSummary };

/**
 * Which tab the popup is about. `?tabId=N` names one explicitly (tests, and a popup opened as a
 * tab for a given page); otherwise the active tab, unless the popup itself is an ordinary tab.
 */
async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  // tabs.getCurrent() is a tab only when popup.html was opened as a page, not as the popup.
  if (await browser.tabs.getCurrent()) return undefined;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export async function askPage(tabId: number, message: ToContent, frameId = 0): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId });
}

/**
 * Every frame's entries, merged by the background; if the background cannot answer (it is
 * restarting), the top frame's own summary.
 */
export async function askTab(tabId: number): Promise<PageSummary | undefined> {
  const request: TabSummaryRequest = { type: 'certlens:tab-summary', tabId };
  const merged = await browser.runtime.sendMessage(request).catch(() => undefined);
  if (isPageSummary(merged)) return merged;
  const top = await askPage(tabId, { type: 'certlens:page-summary' });
  return isPageSummary(top) ? top : undefined;
}

export type Reveal = (target: RevealRequest['target'], index: number, frameId?: number) => Promise<void>;

/** How often the open popup asks the page again (one message to the background, one per frame). */
export const PAGE_REFRESH_MS = 1500;

export function usePage(refreshKey: unknown): { page: PageState; reveal: Reveal } {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);

  useEffect(() => {
    void targetTab().then(
      (id) => setTabId(id ?? null),
      () => setTabId(null),
    );
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) return void setPage({ status: 'no-page' });
    let live = true;
    let last = '';
    const show = (summary: PageSummary | undefined) => {
      // Unchanged answers change nothing: no re-render under the reader's pointer.
      const key = JSON.stringify(summary ?? null);
      if (!live || key === last) return;
      last = key;
      setPage(summary ? { status: 'ready', tabId, summary } : { status: 'unavailable', tabId });
    };
    const ask = () => askTab(tabId).then(show, () => show(undefined));
    void ask();
    const timer = setInterval(() => void ask(), PAGE_REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [tabId, refreshKey]);

  const reveal = useCallback<Reveal>(
    async (target, index, frameId = 0) => {
      if (typeof tabId !== 'number') return;
      await askPage(tabId, { type: 'certlens:reveal', target, index }, frameId).catch(() => undefined);
    },
    [tabId],
  );
  return { page, reveal };
}
