// What the popup knows about the page it was opened over: asks the top frame's content script of
// the active tab (no "tabs" permission needed for the id) for a summary, again whenever settings
// change (switching a site off clears its highlights, so the summary changes too).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageSummary, RevealRequest, ToContent } from '@/utils/page-messages';

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

export async function askPage(tabId: number, message: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

export function usePage(refreshKey: unknown): { page: PageState; reveal(target: RevealRequest['target'], index: number): Promise<void> } {
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
    askPage(tabId, { type: 'certlens:page-summary' }).then(
      (summary) => live && setPage(isSummary(summary) ? { status: 'ready', tabId, summary } : { status: 'unavailable', tabId }),
      () => live && setPage({ status: 'unavailable', tabId }),
    );
    return () => void (live = false);
  }, [tabId, refreshKey]);

  const reveal = useCallback(
    async (target: RevealRequest['target'], index: number) => {
      if (typeof tabId !== 'number') return;
      await askPage(tabId, { type: 'certlens:reveal', target, index }).catch(() => undefined);
    },
    [tabId],
  );
  return { page, reveal };
}

function isSummary(x: unknown): x is PageSummary {
  const s = x as PageSummary | undefined;
  return !!s && typeof s.hostname === 'string' && Array.isArray(s.mentions);
}
