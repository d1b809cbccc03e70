import { describe, expect, it, vi } from 'vitest';
import { NEXT_CLAIM, NEXT_MENTION, PREVIOUS_CLAIM, PREVIOUS_MENTION, listenForCommands, relayCommand, restoreLastFrames, type RelayDeps } from './commands';

function deps(active?: number, fail = false) {
  const send = vi.fn<RelayDeps['send']>(async () => {
    if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  return { activeTabId: vi.fn(async () => active), send };
}

describe('relayCommand', () => {
  it('sends next and previous, of mentions and of claims, to the top frame of the command tab', async () => {
    const d = deps();
    for (const command of [NEXT_MENTION, PREVIOUS_MENTION, NEXT_CLAIM, PREVIOUS_CLAIM]) expect(await relayCommand(command, 7, d)).toBe(true);
    expect(d.send.mock.calls).toEqual([
      [7, { type: 'certlens:navigate', direction: 'next', target: 'mention' }, 0],
      [7, { type: 'certlens:navigate', direction: 'previous', target: 'mention' }, 0],
      [7, { type: 'certlens:navigate', direction: 'next', target: 'claim' }, 0],
      [7, { type: 'certlens:navigate', direction: 'previous', target: 'claim' }, 0],
    ]);
    expect(d.activeTabId).not.toHaveBeenCalled();
  });

  it('falls back to the active tab when the browser gives no tab', async () => {
    const d = deps(3);
    expect(await relayCommand(NEXT_MENTION, undefined, d)).toBe(true);
    expect(d.send).toHaveBeenCalledWith(3, { type: 'certlens:navigate', direction: 'next', target: 'mention' }, 0);
  });

  it('ignores unknown commands and tabs it cannot reach', async () => {
    const d = deps(undefined);
    expect(await relayCommand('_execute_action', 7, d)).toBe(false);
    expect(await relayCommand('toString', 7, d)).toBe(false);
    expect(await relayCommand(NEXT_MENTION, undefined, d)).toBe(false);
    expect(d.send).not.toHaveBeenCalled();
    expect(await relayCommand(NEXT_MENTION, 9, deps(undefined, true))).toBe(false);
  });
});

describe('listenForCommands (the background relay)', () => {
  it('turns a browser command into a navigate message to the tab', async () => {
    let listener: ((command: string, tab?: { id?: number }) => void) | undefined;
    const sendMessage = vi.fn(async () => undefined);
    const api = {
      commands: { onCommand: { addListener: (cb: typeof listener) => void (listener = cb) } },
      tabs: { query: vi.fn(async () => [{ id: 42 }]), sendMessage },
    };
    const relayed: Promise<boolean>[] = [];
    const { listenForCommands } = await import('./commands');
    listenForCommands(api, { onRelayed: (p) => relayed.push(p) });
    listener!(PREVIOUS_MENTION, { id: 5 });
    listener!(NEXT_MENTION);
    expect(await Promise.all(relayed)).toEqual([true, true]);
    expect(sendMessage.mock.calls).toEqual([
      [5, { type: 'certlens:navigate', direction: 'previous', target: 'mention' }, { frameId: 0 }],
      [42, { type: 'certlens:navigate', direction: 'next', target: 'mention' }, { frameId: 0 }],
    ]);
  });
});

describe('relayCommand across frames', () => {
  /**
   * Frames with entries, as content scripts answer: each keeps where it is (-1: nowhere yet), goes
   * on without wrapping when asked, and starts at its edge when asked.
   */
  function fakeTab(entries: Record<number, number>, gone: number[] = []) {
    const at = new Map(Object.keys(entries).map((id) => [Number(id), -1]));
    const log: string[] = [];
    const send = vi.fn<RelayDeps['send']>(async (_tab, message, frameId) => {
      if (gone.includes(frameId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (message.type === 'certlens:close-card') {
        log.push(`close ${frameId}`);
        return true;
      }
      const n = entries[frameId]!;
      const step = message.direction === 'next' ? 1 : -1;
      const here = at.get(frameId)!;
      let to = message.fromEdge ? (step > 0 ? 0 : n - 1) : here < 0 ? (step > 0 ? 0 : n - 1) : here + step;
      if (to < 0 || to >= n) {
        if (message.wrap !== false) to = (to + n) % n;
        else return false;
      }
      at.set(frameId, to);
      log.push(`${frameId}:${to}`);
      return true;
    });
    const order = Object.keys(entries).map(Number);
    return { log, deps: { activeTabId: async () => 1, send, frames: () => order, lastFrame: new Map<number, number>() } };
  }

  it('goes through the frames in page order, and round to the first', async () => {
    const { log, deps } = fakeTab({ 0: 2, 5: 1, 9: 1 });
    for (let k = 0; k < 5; k++) expect(await relayCommand(NEXT_MENTION, 1, deps)).toBe(true);
    expect(log).toEqual(['0:0', '0:1', '5:0', 'close 0', '9:0', 'close 5', '0:0', 'close 9']);
  });

  it('goes back through them, from the last entry of the frame before', async () => {
    const { log, deps } = fakeTab({ 0: 2, 5: 2 });
    expect(await relayCommand(NEXT_MENTION, 1, deps)).toBe(true);
    for (let k = 0; k < 3; k++) expect(await relayCommand(PREVIOUS_MENTION, 1, deps)).toBe(true);
    expect(log).toEqual(['0:0', '5:1', 'close 0', '5:0', '0:1', 'close 5']);
  });

  it('passes over a frame that no longer answers', async () => {
    const { log, deps } = fakeTab({ 0: 1, 5: 1, 9: 1 }, [5]);
    for (let k = 0; k < 3; k++) expect(await relayCommand(NEXT_MENTION, 1, deps)).toBe(true);
    expect(log).toEqual(['0:0', '9:0', 'close 0', '0:0', 'close 9']);
  });

  it('asks the only frame with entries, even when it is not the top one, and lets it wrap', async () => {
    const send = vi.fn<RelayDeps['send']>(async () => true);
    const deps = { activeTabId: async () => 1, send, frames: () => [7], lastFrame: new Map<number, number>() };
    expect(await relayCommand(NEXT_CLAIM, 1, deps)).toBe(true);
    expect(send).toHaveBeenCalledWith(1, { type: 'certlens:navigate', direction: 'next', target: 'claim' }, 7);
  });
});

/**
 * The background's command listener on a fake tab with frames 0 and 4 with entries: frame 0 has
 * nothing further without wrapping, frame 4 always moves. `store` stands in for session storage.
 */
function fakeBackground(store?: { load(): Promise<unknown>; save(entries: [number, number][]): void }) {
  let onCommand: ((command: string, tab?: { id?: number }) => void) | undefined;
  let onRemoved: ((tabId: number) => void) | undefined;
  const sendMessage = vi.fn(async (_tab: number, message: unknown, { frameId }: { frameId: number }) => {
    const m = message as { type: string; fromEdge?: boolean };
    if (m.type !== 'certlens:navigate') return true;
    return frameId === 4 || !!m.fromEdge;
  });
  const api = {
    commands: { onCommand: { addListener: (cb: typeof onCommand) => void (onCommand = cb) } },
    tabs: { query: vi.fn(async () => [{ id: 9 }]), sendMessage, onRemoved: { addListener: (cb: typeof onRemoved) => void (onRemoved = cb) } },
  };
  const relayed: Promise<boolean>[] = [];
  listenForCommands(api, { frames: () => [0, 4], onRelayed: (p) => relayed.push(p), store });
  return {
    /** Presses "next mention" in tab 9: the frame asked first. */
    async firstFrameAsked() {
      sendMessage.mockClear();
      onCommand!(NEXT_MENTION, { id: 9 });
      await relayed[relayed.length - 1];
      return sendMessage.mock.calls[0]![2].frameId;
    },
    async closeTab() {
      onRemoved!(9);
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

describe('listenForCommands across frames', () => {
  it('goes on from the frame of the last jump, and forgets it when the tab closes', async () => {
    const background = fakeBackground();
    expect(await background.firstFrameAsked()).toBe(0); // nothing remembered: the first frame in page order
    expect(await background.firstFrameAsked()).toBe(4); // frame 0 ended, frame 4 took over: asked first now
    await background.closeTab();
    expect(await background.firstFrameAsked()).toBe(0);
  });
});

describe('the frame of the last jump across service-worker restarts', () => {
  it('goes on from the saved frame after the worker restarts, and forgets it when the tab closes', async () => {
    let saved: unknown;
    const store = { load: async () => saved, save: (entries: [number, number][]) => void (saved = structuredClone(entries)) };
    const first = fakeBackground(store);
    expect(await first.firstFrameAsked()).toBe(0);
    expect(await first.firstFrameAsked()).toBe(4);
    expect(saved).toEqual([[9, 4]]);
    // The worker stops; a new one starts with nothing in memory but what was saved.
    const second = fakeBackground(store);
    expect(await second.firstFrameAsked()).toBe(4);
    await second.closeTab();
    expect(saved).toEqual([]);
    expect(await fakeBackground(store).firstFrameAsked()).toBe(0);
  });

  it('starts from the first frame when the saved value is damaged or cannot be read', async () => {
    for (const load of [async () => 'junk', async () => [[9, -1], [9], ['9', 4], null], async () => Promise.reject(new Error('gone'))]) {
      const background = fakeBackground({ load, save: () => undefined });
      expect(await background.firstFrameAsked()).toBe(0);
    }
  });

  it('restores only whole pairs of a tab and a frame', () => {
    const into = new Map<number, number>();
    restoreLastFrames(into, [[1, 0], [2, 3.5], [3, -2], 'x', [4, 7, 1], [5, 2]]);
    expect([...into]).toEqual([[1, 0], [5, 2]]);
  });
});
