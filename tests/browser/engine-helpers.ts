// Reading CertLens's highlights the way any page script can: from CSS.highlights in the page's
// main world (the registry belongs to the document). No DOM attribute or test hook is involved.
import type { Frame, Page } from 'playwright-core';

export interface Highlighted {
  /** CSS.highlights name, e.g. certlens-mention-internet-marketer. */
  name: string;
  /** The highlighted text as the page has it. */
  text: string;
  /** id of the nearest element with an id around the range's start (across shadow roots). */
  id: string | null;
  /** Whether the range's nodes are still in the document (a stale highlight would not be). */
  connected: boolean;
}

/** Every range registered under a certlens-* name, in a stable order. */
export function highlighted(target: Page | Frame): Promise<Highlighted[]> {
  return target.evaluate(() => {
    const out: { name: string; text: string; id: string | null; connected: boolean }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('certlens-')) continue;
      for (const r of highlight as Iterable<AbstractRange>) {
        let text = '';
        try {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          text = range.toString();
        } catch {
          text = '<invalid range>';
        }
        let node: Node | null = r.startContainer;
        let id: string | null = null;
        while (node && !id) {
          const el: Element | null = node instanceof Element ? node : node.parentElement;
          const withId = el?.closest('[id]');
          if (withId) id = withId.id;
          else {
            const root = (el ?? node).getRootNode();
            node = root instanceof ShadowRoot ? root.host : null;
          }
        }
        const connected = r.startContainer.isConnected && r.endContainer.isConnected;
        out.push({ name, text, id, connected });
      }
    }
    return out.sort((a, b) => `${a.id}${a.text}`.localeCompare(`${b.id}${b.text}`));
  });
}

/** Highlighted texts grouped by element id. */
export async function textsById(target: Page | Frame): Promise<Record<string, string[]>> {
  const byId: Record<string, string[]> = {};
  for (const h of await highlighted(target)) (byId[h.id ?? '(none)'] ??= []).push(h.text);
  for (const list of Object.values(byId)) list.sort();
  return byId;
}

/** Number of ranges registered under certlens-mention* names. */
export async function mentionCount(target: Page | Frame): Promise<number> {
  return (await highlighted(target)).filter((h) => h.name.startsWith('certlens-mention')).length;
}

/** The page's own record of itself (tests/fixtures/engine-page-witness.js). */
export function witness(page: Page | Frame): Promise<{ same: boolean; textSame: boolean; nodesBefore: number; nodesNow: number; mutations: number }> {
  return page.evaluate(() => {
    const w = (window as unknown as { __witness: { before: { html: string; text: string; nodes: number }; mutations: number; now(): { html: string; text: string; nodes: number } } }).__witness;
    const now = w.now();
    return {
      same: now.html === w.before.html,
      textSame: now.text === w.before.text,
      nodesBefore: w.before.nodes,
      nodesNow: now.nodes,
      mutations: w.mutations,
    };
  });
}

/** Polls `read` until `done` holds (usable in hooks, where expect.poll is not). Throws with the last value on timeout. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > until) throw new Error(`timed out waiting; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}
