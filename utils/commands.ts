// Keyboard commands (manifest `commands`, user-changeable at chrome://extensions/shortcuts).
// The browser delivers them to the background only; the background relays them to the tab's
// content script, which moves to the next / previous mention or flagged claim and opens its card
// (with focus, so a screen reader reads it). Most tabs have entries in one frame, which goes round
// its own list. When frames have entries too, the keys go through the frames in page order: the
// frame of the last jump goes on without wrapping, and at its end the next frame starts at its
// first entry (its last, going back), round the whole tab.
import type { CloseCardRequest, NavigateRequest } from './page-messages';

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
  /** Resolves to the content script's answer (true: a card opened); rejects when nobody listens. */
  send(tabId: number, message: NavigateRequest | CloseCardRequest, frameId: number): Promise<unknown>;
  /** The tab's frames with something to go to, in page order (TabReports.navigationOrder). */
  frames?(tabId: number, target: 'mention' | 'claim'): readonly number[] | Promise<readonly number[]>;
  /** The frame of the last jump in each tab, kept between commands. */
  lastFrame?: Map<number, number>;
}

/**
 * Relays a command to the tab's content script. Resolves to whether a message went out (one
 * frame) or a card opened (several); a tab without our content script (chrome:// pages, the
 * store) rejects, which is not an error for us.
 */
export async function relayCommand(command: string, tabId: number | undefined, deps: RelayDeps): Promise<boolean> {
  const what = Object.hasOwn(COMMAND_TARGETS, command) ? COMMAND_TARGETS[command] : undefined;
  if (!what) return false;
  const id = tabId ?? (await deps.activeTabId());
  if (id === undefined || id < 0) return false;
  const order = (await deps.frames?.(id, what.target!)) ?? [];
  if (order.length > 1 && deps.lastFrame) return relayAcrossFrames(id, what, order, deps as Required<RelayDeps>);
  // One frame with entries (most tabs), or none known yet: the top frame unless another has them all.
  const frame = order[0] ?? 0;
  try {
    await deps.send(id, { type: 'certlens:navigate', ...what }, frame);
    deps.lastFrame?.set(id, frame);
    return true;
  } catch {
    return false;
  }
}

/**
 * Several frames have entries. The frame of the last jump (the first in page order at first) is
 * asked not to wrap; when it has nothing further, the next frames in page order are asked to start
 * at their edge, and last of all the same frame at its edge, so the keys go round the whole tab.
 */
async function relayAcrossFrames(
  tabId: number,
  what: Pick<NavigateRequest, 'direction' | 'target'>,
  order: readonly number[],
  deps: Required<RelayDeps>,
): Promise<boolean> {
  const last = deps.lastFrame.get(tabId);
  const at = Math.max(0, order.indexOf(last ?? order[0]!));
  const step = what.direction === 'next' ? 1 : -1;
  const tries = [{ frame: order[at]!, fromEdge: false }];
  for (let k = 1; k <= order.length; k++) tries.push({ frame: order[(at + step * k + order.length * k) % order.length]!, fromEdge: true });
  for (const { frame, fromEdge } of tries) {
    const message: NavigateRequest = { type: 'certlens:navigate', ...what, wrap: false, fromEdge };
    const moved = await deps.send(tabId, message, frame).catch(() => false);
    if (moved !== true) continue;
    if (last !== undefined && last !== frame) await deps.send(tabId, { type: 'certlens:close-card' }, last).catch(() => undefined);
    deps.lastFrame.set(tabId, frame);
    return true;
  }
  return false;
}

/** The slice of the extension API the relay uses (the real `browser`, or a fake in tests). */
export interface CommandApi {
  commands: { onCommand: { addListener(callback: (command: string, tab?: { id?: number }) => void): void } };
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
    onRemoved?: { addListener(callback: (tabId: number) => void): void };
  };
}

/**
 * Where the frame of each tab's last jump is kept between service-worker lives (session storage in
 * the extension): an MV3 worker stops after ~30 s idle, and a reader who presses the key again a
 * minute later would otherwise be sent back to the first frame.
 */
export interface LastFrameStore {
  load(): Promise<unknown>;
  save(entries: [number, number][]): void;
}

/** Restores saved pairs of [tab, frame]; anything else (no value, a damaged one) is ignored. */
export function restoreLastFrames(into: Map<number, number>, saved: unknown): void {
  if (!Array.isArray(saved)) return;
  for (const pair of saved) {
    if (!Array.isArray(pair) || pair.length !== 2) continue;
    const [tabId, frameId] = pair as unknown[];
    if (Number.isInteger(tabId) && Number.isInteger(frameId) && (frameId as number) >= 0) into.set(tabId as number, frameId as number);
  }
}

/**
 * Wires the relay into the background. `frames` gives a tab's frames with entries in page order
 * (from their reports); `store` keeps the frame of each tab's last jump; `onRelayed` receives the
 * promise of each relay (for tests).
 */
export function listenForCommands(
  api: CommandApi,
  { frames, store, onRelayed }: { frames?: RelayDeps['frames']; store?: LastFrameStore; onRelayed?: (done: Promise<boolean>) => void } = {},
): void {
  const lastFrame = new Map<number, number>();
  const restored = store
    ? store
        .load()
        .then((saved) => restoreLastFrames(lastFrame, saved))
        .catch(() => undefined)
    : Promise.resolve();
  const save = () => store?.save([...lastFrame]);
  api.tabs.onRemoved?.addListener((tabId) => {
    void restored.then(() => {
      if (lastFrame.delete(tabId)) save();
    });
  });
  api.commands.onCommand.addListener((command, tab) => {
    const done = restored.then(async () => {
      const before = tab?.id === undefined ? undefined : lastFrame.get(tab.id);
      const moved = await relayCommand(command, tab?.id, {
        // Works without the "tabs" permission: we only need the id, not the URL.
        activeTabId: async () => (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id,
        send: (tabId, message, frameId) => api.tabs.sendMessage(tabId, message, { frameId }),
        frames,
        lastFrame,
      });
      if (tab?.id === undefined || lastFrame.get(tab.id) !== before) save();
      return moved;
    });
    onRelayed?.(done);
  });
}
