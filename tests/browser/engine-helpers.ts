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
  /** Nearest ids at every tree level, outermost first: "host-id/inner-id" for a shadow root. */
  path: string;
  /** Whether the range's nodes are still in the document (a stale highlight would not be). */
  connected: boolean;
}

/** Every range registered under a certlens-* name, in a stable order. */
export function highlighted(target: Page | Frame): Promise<Highlighted[]> {
  return target.evaluate(() => {
    const out: { name: string; text: string; id: string | null; path: string; connected: boolean }[] = [];
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
        const ids: string[] = [];
        let node: Node | null = r.startContainer;
        while (node) {
          const el: Element | null = node instanceof Element ? node : node.parentElement;
          const withId = el?.closest('[id]');
          if (withId) ids.unshift(withId.id);
          const root = (el ?? node).getRootNode();
          node = root instanceof ShadowRoot ? root.host : null;
        }
        const connected = r.startContainer.isConnected && r.endContainer.isConnected;
        out.push({ name, text, id: ids[ids.length - 1] ?? null, path: ids.join('/'), connected });
      }
    }
    return out.sort((a, b) => `${a.id}${a.text}`.localeCompare(`${b.id}${b.text}`));
  });
}

/** Highlighted texts grouped by element id (or by id path, across shadow roots). */
export async function textsById(target: Page | Frame, by: 'id' | 'path' = 'id'): Promise<Record<string, string[]>> {
  const byId: Record<string, string[]> = {};
  for (const h of await highlighted(target)) (byId[(by === 'id' ? h.id : h.path) || '(none)'] ??= []).push(h.text);
  for (const list of Object.values(byId)) list.sort();
  return byId;
}

/** The toolbar badge text of the tab showing `page` (the newest tab: ids only grow). */
export async function badgeOf(worker: import('playwright-core').Worker): Promise<string> {
  return worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const tabId = Math.max(...tabs.map((t) => t.id ?? -1));
    return chrome.action.getBadgeText({ tabId });
  });
}

/**
 * Whether the highlight of the first range inside element `id` is painted: a screenshot of the
 * range's box with CertLens's highlights registered differs from one with them taken out.
 */
export async function isPainted(page: Page, id: string): Promise<boolean> {
  const box = await page.evaluate((id) => {
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight as Iterable<AbstractRange>) {
        // The range counts when `id` is on an element around it, at any shadow-tree level.
        let node: Node | null = r.startContainer;
        let inside = false;
        while (node && !inside) {
          const el: Element | null = node instanceof Element ? node : node.parentElement;
          inside = el?.closest(`[id="${id}"]`) != null;
          const root = (el ?? node).getRootNode();
          node = root instanceof ShadowRoot ? root.host : null;
        }
        if (!inside) continue;
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const b = range.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }
    }
    return null;
  }, id);
  if (!box || box.width === 0) return false;
  const clip = { x: Math.max(0, box.x - 2), y: Math.max(0, box.y - 2), width: box.width + 4, height: box.height + 4 };
  const withHighlights = await page.screenshot({ clip });
  await page.evaluate(() => {
    const w = window as unknown as { __saved: [string, unknown][] };
    w.__saved = [...CSS.highlights].filter(([name]) => name.startsWith('certlens-'));
    for (const [name] of w.__saved) CSS.highlights.delete(name);
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const without = await page.screenshot({ clip });
  await page.evaluate(() => {
    for (const [name, h] of (window as unknown as { __saved: [string, Highlight][] }).__saved) CSS.highlights.set(name, h);
  });
  return !withHighlights.equals(without);
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

/**
 * Polls `read` until `ready` holds and the same lines came back `stableReads` more times running:
 * the engine works in idle time, so a page's highlights come in steps.
 */
export async function settledLines(read: () => Promise<string[]>, ready: (lines: string[]) => boolean, stableReads = 4, timeoutMs = 15_000): Promise<string[]> {
  let last = '';
  let stable = 0;
  return waitFor(
    async () => {
      const lines = await read();
      const key = lines.join('\n');
      stable = key === last ? stable + 1 : 0;
      last = key;
      return lines;
    },
    (lines) => ready(lines) && stable >= stableReads,
    timeoutMs,
  );
}
