import { describe, expect, it, vi } from 'vitest';
import { NEXT_CLAIM, NEXT_MENTION, PREVIOUS_CLAIM, PREVIOUS_MENTION, relayCommand, type RelayDeps } from './commands';

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
    listenForCommands(api, (p) => relayed.push(p));
    listener!(PREVIOUS_MENTION, { id: 5 });
    listener!(NEXT_MENTION);
    expect(await Promise.all(relayed)).toEqual([true, true]);
    expect(sendMessage.mock.calls).toEqual([
      [5, { type: 'certlens:navigate', direction: 'previous', target: 'mention' }, { frameId: 0 }],
      [42, { type: 'certlens:navigate', direction: 'next', target: 'mention' }, { frameId: 0 }],
    ]);
  });
});
