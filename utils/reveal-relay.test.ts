import { describe, expect, it, vi } from 'vitest';
import type { RevealInParent } from './messages';
import { isRevealInParent, relayRevealToParent } from './reveal-relay';

const box = { top: 10, left: 20, bottom: 30, right: 40 };
const ask = (path: number[], b: unknown = box) => ({ type: 'certlens:reveal-in-parent', path, box: b }) as RevealInParent;

describe('relayRevealToParent', () => {
  it('passes a frame\'s request on to every frame of its tab as reveal-child', async () => {
    const sendMessage = vi.fn(async () => true);
    await relayRevealToParent({ tabs: { sendMessage } }, 7, ask([2, 0]));
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'certlens:reveal-child', path: [2, 0], box });
  });
  it('ignores a request from the top frame or with a broken path or box', () => {
    expect(isRevealInParent(ask([]))).toBe(false);
    expect(isRevealInParent(ask([-1]))).toBe(false);
    expect(isRevealInParent(ask([0.5]))).toBe(false);
    expect(isRevealInParent(ask([1], { top: 1, left: 2, bottom: Number.NaN, right: 4 }))).toBe(false);
    expect(isRevealInParent(ask([1], null))).toBe(false);
    const sendMessage = vi.fn(async () => true);
    expect(relayRevealToParent({ tabs: { sendMessage } }, 7, ask([]))).toBeUndefined();
    expect(sendMessage).not.toHaveBeenCalled();
  });
  it('does not fail when no frame answers', async () => {
    const sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(relayRevealToParent({ tabs: { sendMessage } }, 7, ask([0]))).resolves.toBeUndefined();
  });
});
