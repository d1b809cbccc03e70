// The popup's "本页" for a whole tab: the background asks every frame that reported (the top frame
// always) for its `certlens:page-summary`, drops frames that do not answer in time (navigated away,
// no content script), and merges the answers into one summary whose entries carry their frameId.
// No extra permission: `tabs.sendMessage(tabId, msg, { frameId })` reaches any frame our content
// script runs in, and the frame ids come from the frames' own reports (sender.frameId).
import { byFramePosition } from './frame-order';
import { CERT_IDS } from '../data/certificates';
import type { CertId } from '../data/types';
import {
  CLAIM_LIST_LIMIT,
  SUMMARY_LIST_LIMIT,
  type PageClaim,
  type PageMention,
  type PageSummary,
  type PageSummaryRequest,
  type TabSummaryRequest,
} from './page-messages';

/** How long the background waits for one frame's answer before leaving it out. */
export const FRAME_ANSWER_TIMEOUT_MS = 800;

export interface FrameAnswer {
  frameId: number;
  summary: PageSummary;
}

export interface CollectDeps {
  /** The frames known to have our content script (from their reports); 0 is added if missing. */
  frameIds: readonly number[];
  send(frameId: number, message: PageSummaryRequest): Promise<unknown>;
  timeoutMs?: number;
}

/** Asks every frame at once; resolves to the frames that answered with a summary. */
export async function collectFrames({ frameIds, send, timeoutMs = FRAME_ANSWER_TIMEOUT_MS }: CollectDeps): Promise<FrameAnswer[]> {
  const ids = [...new Set([0, ...frameIds])];
  const answers = await Promise.all(
    ids.map(async (frameId): Promise<FrameAnswer | undefined> => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, timeoutMs, undefined)));
      try {
        const summary = await Promise.race([send(frameId, { type: 'certlens:page-summary' }), late]);
        return isPageSummary(summary) ? { frameId, summary } : undefined;
      } catch {
        // "Receiving end does not exist": the frame is gone or has no content script (yet).
        return undefined;
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return answers.filter((a): a is FrameAnswer => a !== undefined);
}

/**
 * One summary for the tab: the top frame's entries first, then each frame's in document order of
 * the frames (by `framePath`, then frameId), every entry tagged with its frameId. Lists are capped
 * again across frames (the rest is counted); hostname, `active` and `claimsChecked` come from the
 * top frame when it answered (they are the tab's, the same in every frame).
 */
export function mergeSummaries(answers: readonly FrameAnswer[], mentionLimit = SUMMARY_LIST_LIMIT, claimLimit = CLAIM_LIST_LIMIT): PageSummary | undefined {
  if (answers.length === 0) return undefined;
  const frames = [...answers].sort(frameOrder);
  const lead = frames[0]!.summary;
  const mentions: PageMention[] = [];
  const listed = emptyCounts();
  const more = emptyCounts();
  const claims: PageClaim[] = [];
  let moreClaims = 0;
  for (const { frameId, summary } of frames) {
    for (const m of summary.mentions) {
      if (listed[m.cert] >= mentionLimit) more[m.cert]++;
      else {
        listed[m.cert]++;
        mentions.push({ ...m, frameId });
      }
    }
    for (const id of CERT_IDS) more[id] += summary.moreMentions?.[id] ?? 0;
    for (const c of summary.claims ?? []) {
      if (claims.length >= claimLimit) moreClaims++;
      else claims.push({ ...c, frameId });
    }
    moreClaims += summary.moreClaims ?? 0;
  }
  return {
    hostname: lead.hostname,
    active: lead.active,
    mentions,
    moreMentions: more,
    claims,
    moreClaims,
    claimsChecked: lead.claimsChecked,
    framePath: [],
  };
}

/** Top frame first; then by position in the page (framePath, lexicographic), then by frameId. */
function frameOrder(a: FrameAnswer, b: FrameAnswer): number {
  return byFramePosition(a.frameId, a.summary.framePath, b.frameId, b.summary.framePath);
}

const emptyCounts = (): Record<CertId, number> => ({ 'internet-marketer': 0, 'all-media-operator': 0 });

export function isPageSummary(x: unknown): x is PageSummary {
  const s = x as PageSummary | undefined;
  return !!s && typeof s === 'object' && typeof s.hostname === 'string' && Array.isArray(s.mentions);
}

export function isTabSummaryRequest(x: unknown): x is TabSummaryRequest {
  const m = x as TabSummaryRequest | undefined;
  return m?.type === 'certlens:tab-summary' && typeof m.tabId === 'number';
}

/** The slice of the extension API the background's answer uses (the real `browser`, or a fake). */
export interface TabSummaryApi {
  runtime: {
    getURL(path: string): string;
    onMessage: {
      addListener(callback: (message: unknown, sender: { url?: string }, sendResponse: (response: unknown) => void) => boolean | void): void;
    };
  };
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
}

/**
 * Answers the popup's `certlens:tab-summary` in the background. Only our own pages may ask (the
 * popup, also when opened as a tab): a message from a content script, whose sender URL is a web
 * page, is ignored. Uses sendResponse + `return true`, which every Chromium version supports (a
 * returned promise is not).
 */
export function listenForTabSummary(
  api: TabSummaryApi,
  frameIds: (tabId: number) => readonly number[] | Promise<readonly number[]>,
  timeoutMs?: number,
): void {
  const ownPages = api.runtime.getURL('/');
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isTabSummaryRequest(message) || !sender.url?.startsWith(ownPages)) return;
    const { tabId } = message;
    void Promise.resolve(frameIds(tabId))
      .then((ids) => collectFrames({ frameIds: ids, send: (frameId, m) => api.tabs.sendMessage(tabId, m, { frameId }), timeoutMs }))
      .then((answers) => sendResponse(mergeSummaries(answers) ?? null))
      .catch(() => sendResponse(null));
    return true;
  });
}
