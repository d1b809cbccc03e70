import { describe, expect, it, vi } from 'vitest';
import { CHECK_SELECTION_MENU_ID, handleMenuClick, listenForContextMenu, type ContextMenuApi, type MenuClickInfo } from './context-menu';

function fakeApi(reply: 'shown' | 'not-shown' | 'no-script') {
  let onInstalled: (() => void) | undefined;
  let onStartup: (() => void) | undefined;
  let onClicked: ((info: MenuClickInfo, tab?: { id?: number; index?: number }) => void) | undefined;
  const api = {
    contextMenus: {
      create: vi.fn(),
      removeAll: vi.fn(async () => undefined),
      onClicked: { addListener: (cb: typeof onClicked) => void (onClicked = cb) },
    },
    runtime: {
      onInstalled: { addListener: (cb: () => void) => void (onInstalled = cb) },
      onStartup: { addListener: (cb: () => void) => void (onStartup = cb) },
      getURL: (p: string) => `chrome-extension://abc${p}`,
    },
    tabs: {
      sendMessage: vi.fn(async () => {
        if (reply === 'no-script') throw new Error('Could not establish connection. Receiving end does not exist.');
        return reply === 'shown';
      }),
      create: vi.fn(async (_properties: { url: string; index?: number; openerTabId?: number }) => ({})),
    },
    i18n: { getMessage: (key: string) => (key === 'claim_menuCheck' ? '用证书透镜核查' : '') },
  } satisfies ContextMenuApi;
  return { api, install: () => onInstalled!(), startup: () => onStartup!(), click: (info: MenuClickInfo, tab?: { id?: number; index?: number }) => onClicked!(info, tab) };
}

const info = (over: Partial<MenuClickInfo> = {}): MenuClickInfo => ({
  menuItemId: CHECK_SELECTION_MENU_ID,
  selectionText: '人社部颁发，包过',
  frameId: 3,
  pageUrl: 'https://agency.example/a',
  ...over,
});

describe('the context menu', () => {
  it('is created on install, for selections only, with the localized title', async () => {
    const { api, install } = fakeApi('shown');
    listenForContextMenu(api);
    install();
    await vi.waitFor(() => expect(api.contextMenus.create).toHaveBeenCalled());
    expect(api.contextMenus.removeAll).toHaveBeenCalled();
    expect(api.contextMenus.create).toHaveBeenCalledWith({ id: CHECK_SELECTION_MENU_ID, title: '用证书透镜核查', contexts: ['selection'] });
  });

  it('is made again when the browser starts (Firefox forgets event pages’ menus), never twice', async () => {
    const { api, startup } = fakeApi('shown');
    listenForContextMenu(api);
    startup();
    await vi.waitFor(() => expect(api.contextMenus.create).toHaveBeenCalledTimes(1));
    expect(api.contextMenus.removeAll.mock.invocationCallOrder[0]).toBeLessThan(api.contextMenus.create.mock.invocationCallOrder[0]!);
  });

  it('sends the selection to the frame it was made in, and stops there when the page shows it', async () => {
    const { api, click } = fakeApi('shown');
    const outcomes: Promise<string>[] = [];
    listenForContextMenu(api, (done) => outcomes.push(done));
    click(info(), { id: 12, index: 4 });
    expect(await outcomes[0]).toBe('page');
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(12, { type: 'certlens:check-selection', text: '人社部颁发，包过' }, { frameId: 3 });
    expect(api.tabs.create).not.toHaveBeenCalled();
  });

  it('opens the check page next to the tab where no content script answers (chrome://, PDF)', async () => {
    const { api } = fakeApi('no-script');
    expect(await handleMenuClick(info(), { id: 12, index: 4 }, api)).toBe('fallback');
    const url = new URL(api.tabs.create.mock.calls[0]![0].url);
    expect(url.pathname).toBe('/check.html');
    expect(url.searchParams.get('text')).toBe('人社部颁发，包过');
    expect(url.searchParams.get('url')).toBe('https://agency.example/a');
    expect(api.tabs.create.mock.calls[0]![0]).toMatchObject({ index: 5, openerTabId: 12 });
  });

  it('falls back too when the page could not show the result, or there is no tab', async () => {
    const { api } = fakeApi('not-shown');
    expect(await handleMenuClick(info({ frameId: undefined }), { id: 1 }, api)).toBe('fallback');
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(1, expect.anything(), { frameId: 0 });
    expect(await handleMenuClick(info({ pageUrl: undefined }), undefined, api)).toBe('fallback');
    expect(new URL(api.tabs.create.mock.calls[1]![0].url).searchParams.has('url')).toBe(false);
  });

  it('ignores other menu items', async () => {
    const { api } = fakeApi('shown');
    expect(await handleMenuClick(info({ menuItemId: 'other' }), { id: 1 }, api)).toBe('ignored');
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();
  });
});
