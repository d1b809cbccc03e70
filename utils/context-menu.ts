// "用证书透镜核查": the context-menu item on selected text. The background owns it (menus exist only
// there) but cannot show anything on the page, so it sends the selection to the content script of
// the frame it was made in, which checks it and opens the result next to the selection. Where no
// content script runs (chrome:// pages, the PDF viewer, the web store) or it cannot show a card,
// the result opens in an extension page of its own (check.html). Needs only `contextMenus`: no
// `tabs`, no `scripting`, no host permission.
import type { CheckSelectionRequest } from './page-messages';

export const CHECK_SELECTION_MENU_ID = 'certlens-check-selection';
/** The fallback page gets the text in its address; longer selections are cut there. */
export const CHECK_PAGE_TEXT_LIMIT = 4000;

export interface MenuClickInfo {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
  pageUrl?: string;
}

/** The slice of the extension API the menu uses (the real `browser`, or a fake in tests). */
export interface ContextMenuApi {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
    removeAll(): Promise<void>;
    onClicked: { addListener(callback: (info: MenuClickInfo, tab?: { id?: number; index?: number }) => void): void };
  };
  runtime: {
    onInstalled: { addListener(callback: () => void): void };
    /** Firefox drops menus of event pages when the browser restarts: they are made again then. */
    onStartup?: { addListener(callback: () => void): void };
    getURL(path: string): string;
  };
  tabs: {
    sendMessage(tabId: number, message: CheckSelectionRequest, options: { frameId: number }): Promise<unknown>;
    create(properties: { url: string; index?: number; openerTabId?: number }): Promise<unknown>;
  };
  i18n: { getMessage(key: string): string };
}

/** The extension page that shows a check result: check.html?text=…&url=… */
export function checkPageUrl(api: Pick<ContextMenuApi, 'runtime'>, text: string, pageUrl?: string): string {
  const params = new URLSearchParams({ text: text.slice(0, CHECK_PAGE_TEXT_LIMIT) });
  if (pageUrl) params.set('url', pageUrl);
  return api.runtime.getURL(`/check.html?${params}`);
}

export async function createCheckMenu(api: ContextMenuApi): Promise<void> {
  // Menus outlive the service worker; on an update the old item must go before it is made again.
  await api.contextMenus.removeAll();
  api.contextMenus.create({
    id: CHECK_SELECTION_MENU_ID,
    title: api.i18n.getMessage('claim_menuCheck') || '用证书透镜核查',
    contexts: ['selection'],
  });
}

/**
 * Handles a click on the item: 'page' when the frame's content script showed the result,
 * 'fallback' when the check page was opened instead, 'ignored' for other items.
 */
export async function handleMenuClick(
  info: MenuClickInfo,
  tab: { id?: number; index?: number } | undefined,
  api: ContextMenuApi,
): Promise<'page' | 'fallback' | 'ignored'> {
  if (info.menuItemId !== CHECK_SELECTION_MENU_ID) return 'ignored';
  const text = info.selectionText ?? '';
  const tabId = tab?.id;
  if (tabId !== undefined && tabId >= 0) {
    try {
      const shown = await api.tabs.sendMessage(tabId, { type: 'certlens:check-selection', text }, { frameId: info.frameId ?? 0 });
      if (shown === true) return 'page';
    } catch {
      // No content script in that frame: a page the extension may not run on.
    }
  }
  await api.tabs.create({
    url: checkPageUrl(api, text, info.pageUrl),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tabId !== undefined && tabId >= 0 ? { openerTabId: tabId } : {}),
  });
  return 'fallback';
}

/** Wires the menu into the background. `onHandled` gets each click's outcome (tests). */
export function listenForContextMenu(api: ContextMenuApi, onHandled?: (done: Promise<string>) => void): void {
  const create = () => void createCheckMenu(api).catch((error) => console.error('[CertLens] context menu', error));
  api.runtime.onInstalled.addListener(create);
  api.runtime.onStartup?.addListener(create);
  api.contextMenus.onClicked.addListener((info, tab) => {
    const done = handleMenuClick(info, tab, api);
    done.catch((error) => console.error('[CertLens] context menu', error));
    onHandled?.(done);
  });
}
