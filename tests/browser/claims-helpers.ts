// Helpers for the claim tests: claim highlights as any page script sees them (CSS.highlights names
// starting with certlens-claim), the tab id of a page, and the claim card's shadow root.
import type { Page, Worker } from 'playwright-core';
import { highlighted, settledLines } from './engine-helpers';

export interface ClaimFlag {
  /** The verdict from the highlight name: certlens-claim-<verdict>[-contrast]. */
  verdict: string;
  /** Registered under the verdict's contrast variant (a backdrop the verdict's colour vanishes on). */
  contrast: boolean;
  text: string;
  id: string | null;
  connected: boolean;
}

export async function claimFlags(page: Page): Promise<ClaimFlag[]> {
  return (await highlighted(page))
    .filter((h) => h.name.startsWith('certlens-claim-'))
    .map((h) => {
      const rest = h.name.slice('certlens-claim-'.length);
      const contrast = rest.endsWith('-contrast');
      return { verdict: contrast ? rest.slice(0, -'-contrast'.length) : rest, contrast, text: h.text, id: h.id, connected: h.connected };
    });
}

/** "id verdict text" lines, sorted: easy to compare and to read in a failure. */
export async function flagLines(page: Page): Promise<string[]> {
  return (await claimFlags(page)).map((f) => `${f.id} ${f.verdict} ${f.text}`).sort();
}

/** Waits until the claim flags stop changing (the engine scans in idle time). */
export function settledFlags(page: Page, atLeast = 1): Promise<string[]> {
  return settledLines(() => flagLines(page), (lines) => lines.length >= atLeast);
}

/** Waits until every CertLens highlight (mentions and claims) stops changing; gives them all. */
export function settledHighlights(page: Page, atLeast = 1): Promise<string[]> {
  return settledLines(async () => (await highlighted(page)).map((h) => `${h.id} ${h.name} ${h.text}`), (lines) => lines.length >= atLeast);
}

/** The id of the tab showing `page` (the worker sees tabs without the "tabs" permission, ids only). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

/** Runs `fn` inside the shadow root of CertLens's card host (null when no card is open). */
export function inCard<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T | null> {
  return page.evaluate(`(() => {
    const root = document.querySelector('certlens-ui')?.shadowRoot;
    if (!root || !root.querySelector('[role="dialog"]')) return null;
    return (${fn.toString()})(root);
  })()`) as Promise<T | null>;
}

/** Stored evidence, read from the extension's storage by the service worker. */
export function storedEvidence(worker: Worker): Promise<Record<string, unknown>[]> {
  return worker.evaluate(async () => ((await chrome.storage.local.get('evidence')) as { evidence?: Record<string, unknown>[] }).evidence ?? []);
}
