// Keyboard commands (manifest `commands`, user-changeable at chrome://extensions/shortcuts).
// The browser delivers them to the background only; the background relays them to the top frame
// of the tab, whose content script moves to the next / previous mention or flagged claim and
// opens its card (with focus, so a screen reader reads it).
import type { NavigateRequest } from './page-messages';

export const NEXT_MENTION = 'next-mention';
export const PREVIOUS_MENTION = 'previous-mention';
export const NEXT_CLAIM = 'next-claim';
export const PREVIOUS_CLAIM = 'previous-claim';

/** What each command asks the content script to do. */
export const COMMAND_TARGETS: Readonly<Record<string, Pick<NavigateRequest, 'direction' | 'target'>>> = {
  [NEXT_MENTION]: { direction: 'next', target: 'mention' },
  [PREVIOUS_MENTION]: { direction: 'previous', target: 'mention' },
  [NEXT_CLAIM]: { direction: 'next', target: 'claim' },
  [PREVIOUS_CLAIM]: { direction: 'previous', target: 'claim' },
};

export interface RelayDeps {
  /** The active tab, for browsers that call onCommand without a tab. */
  activeTabId(): Promise<number | undefined>;
  send(tabId: number, message: NavigateRequest, frameId: number): Promise<unknown>;
}

/**
 * Relays a command to the tab's content script. Resolves to whether a message went out; a tab
 * without our content script (chrome:// pages, the store) rejects, which is not an error for us.
 */
export async function relayCommand(command: string, tabId: number | undefined, deps: RelayDeps): Promise<boolean> {
  const what = Object.hasOwn(COMMAND_TARGETS, command) ? COMMAND_TARGETS[command] : undefined;
  if (!what) return false;
  const id = tabId ?? (await deps.activeTabId());
  if (id === undefined || id < 0) return false;
  try {
    // Frame 0: the top document owns navigation; frames have their own cards on hover.
    await deps.send(id, { type: 'certlens:navigate', ...what }, 0);
    return true;
  } catch {
    return false;
  }
}

/** The slice of the extension API the relay uses (the real `browser`, or a fake in tests). */
export interface CommandApi {
  commands: { onCommand: { addListener(callback: (command: string, tab?: { id?: number }) => void): void } };
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

/** Wires the relay into the background. Returns the promise of each relay for tests. */
export function listenForCommands(api: CommandApi, onRelayed?: (done: Promise<boolean>) => void): void {
  api.commands.onCommand.addListener((command, tab) => {
    const done = relayCommand(command, tab?.id, {
      // Works without the "tabs" permission: we only need the id, not the URL.
      activeTabId: async () => (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      send: (tabId, message, frameId) => api.tabs.sendMessage(tabId, message, { frameId }),
    });
    onRelayed?.(done);
  });
}
