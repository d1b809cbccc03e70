// Sums the reports of every frame of a tab into the toolbar badge.
import type { CertId } from '../data/types';
import { byFramePosition } from './frame-order';
import type { FrameReport } from './messages';

export interface TabTotals {
  mentions: number;
  claims: number;
}

export class TabReports {
  #tabs = new Map<number, Map<number, FrameReport>>();

  set(tabId: number, frameId: number, report: FrameReport): TabTotals {
    let frames = this.#tabs.get(tabId);
    if (!frames) this.#tabs.set(tabId, (frames = new Map()));
    const older = (a: FrameReport | undefined, b: FrameReport | undefined) =>
      a?.documentTime === undefined || b?.documentTime === undefined || a.documentTime < b.documentTime;
    if (frameId === 0) {
      // A new top-level document starts the tab afresh: frames of the previous one are gone. (Frames
      // load after their top document, so a frame newer than it belongs to it and stays.)
      for (const [id, r] of frames) if (id !== 0 && older(r, report)) frames.delete(id);
    } else if (frames.has(0) && report.documentTime !== undefined && older(report, frames.get(0))) {
      // A late report from a frame of the previous top document.
      return this.totals(tabId);
    }
    frames.set(frameId, report);
    return this.totals(tabId);
  }

  /** The frames of a tab that reported (for the popup's page summary), the top frame first. */
  frameIds(tabId: number): number[] {
    return [...(this.#tabs.get(tabId)?.keys() ?? [])].sort((a, b) => a - b);
  }

  /**
   * The frames of a tab with something to go to (mentions, or flagged claims), in page order: the
   * top frame first, then by `framePath` (as the popup lists them), then by frame id.
   */
  navigationOrder(tabId: number, target: 'mention' | 'claim'): number[] {
    const has = (r: FrameReport) => (target === 'claim' ? r.claims : mentionsIn(r)) > 0;
    const frames = [...(this.#tabs.get(tabId) ?? [])].filter(([, r]) => has(r));
    return frames.sort(([a, ra], [b, rb]) => byFramePosition(a, ra.framePath, b, rb.framePath)).map(([id]) => id);
  }

  forget(tabId: number): void {
    this.#tabs.delete(tabId);
  }

  /**
   * A plain copy for storage.session: an MV3 service worker is stopped when idle and starts again
   * empty, and without this the popup would forget the frames that reported before.
   */
  snapshot(): [number, [number, FrameReport][]][] {
    return [...this.#tabs].map(([tabId, frames]) => [tabId, [...frames]]);
  }

  /** Puts back what `snapshot()` saved, under what arrived since; ignores anything malformed. */
  restore(saved: unknown): void {
    if (!Array.isArray(saved)) return;
    for (const entry of saved) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'number' || !Array.isArray(entry[1])) continue;
      const [tabId, frames] = entry as [number, unknown[]];
      const current = this.#tabs.get(tabId) ?? new Map<number, FrameReport>();
      const merged = new Map<number, FrameReport>();
      for (const frame of frames) {
        if (!Array.isArray(frame) || typeof frame[0] !== 'number' || !isFrameReport(frame[1])) continue;
        merged.set(frame[0], frame[1]);
      }
      for (const [frameId, report] of current) merged.set(frameId, report);
      if (merged.size > 0) this.#tabs.set(tabId, merged);
    }
  }

  totals(tabId: number): TabTotals {
    let mentions = 0;
    let claims = 0;
    for (const r of this.#tabs.get(tabId)?.values() ?? []) {
      mentions += mentionsIn(r);
      claims += r.claims;
    }
    return { mentions, claims };
  }

  byCert(tabId: number): Record<CertId, number> {
    const out: Record<CertId, number> = { 'internet-marketer': 0, 'all-media-operator': 0 };
    for (const r of this.#tabs.get(tabId)?.values() ?? [])
      for (const id of Object.keys(out) as CertId[]) out[id] += r.mentions[id];
    return out;
  }
}

/** A frame's mentions of both certificates. */
function mentionsIn(r: FrameReport): number {
  let n = 0;
  for (const count of Object.values(r.mentions) as number[]) n += count;
  return n;
}

function isFrameReport(x: unknown): x is FrameReport {
  const r = x as FrameReport | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.type === 'certlens:frame-report' &&
    typeof r.claims === 'number' &&
    typeof r.mentions === 'object' &&
    r.mentions !== null &&
    typeof r.mentions['internet-marketer'] === 'number' &&
    typeof r.mentions['all-media-operator'] === 'number' &&
    (r.framePath === undefined || (Array.isArray(r.framePath) && r.framePath.every((n) => typeof n === 'number')))
  );
}

/** Badge text: the mention count, with "!" when the page has flagged claims. Empty when nothing was found. */
export function badgeText({ mentions, claims }: TabTotals): string {
  if (claims > 0) return `${Math.min(mentions, 99)}!`.replace(/^0!/, '!');
  return mentions > 0 ? String(Math.min(mentions, 999)) : '';
}
