// Messages the popup and the background send to a tab's content script, and what it answers.
// Kept apart from utils/messages.ts (content → background) so each side's protocol reads on its own.
import type { CertId } from '../data/types';

/** Kinds of mention the page engine reports (its index entries carry the same kinds). */
export type MentionKind = 'name' | 'work-type' | 'direction';

/** One mention on the page, as the popup lists it. `index` is its position in document order. */
export interface PageMention {
  index: number;
  cert: CertId;
  kind: MentionKind;
  /** The text as the page writes it (may be traditional). */
  term: string;
  /** A few characters around the term, so the reader can tell mentions apart. */
  context: string;
  /** The frame it is in (set by the background when it merges the tab's frames; 0 = top). */
  frameId?: number;
}

/** A flagged claim (filled by the claim checker; empty until it runs). */
export interface PageClaim {
  index: number;
  /** Verdict id, e.g. 'contradicts'; the claim checker defines the set. */
  verdict: string;
  /** The claim as the page writes it. */
  text: string;
  /** The rule it breaks (data/claim-rules.ts). */
  ruleId?: string;
  /** A little of its sentence on either side, so the reader can tell claims apart. */
  before?: string;
  after?: string;
  /** The frame it is in (set by the background when it merges the tab's frames; 0 = top). */
  frameId?: number;
}

/** The content script's answer to `certlens:page-summary`. */
export interface PageSummary {
  hostname: string;
  /** False when CertLens is paused or switched off on this site (nothing was scanned). */
  active: boolean;
  mentions: PageMention[];
  /** Mentions beyond those listed (the list is capped so the message stays small). */
  moreMentions: Record<CertId, number>;
  claims: PageClaim[];
  /** Claims beyond those listed. */
  moreClaims?: number;
  /** False when claim checking is switched off in the settings (then `claims` is empty). */
  claimsChecked?: boolean;
  /**
   * Where the answering frame sits: its index in `parent.frames` at each level from the top
   * ([] for the top frame, [1, 0] for the first frame inside the page's second frame). The
   * background sorts the frames by it, so the merged list keeps document order.
   */
  framePath?: number[];
}

export interface PageSummaryRequest {
  type: 'certlens:page-summary';
}

/**
 * Popup → background: the summary of every frame of a tab (utils/tab-summary.ts). The background
 * knows the tab's frames from their reports and asks each; entries carry their `frameId`.
 */
export interface TabSummaryRequest {
  type: 'certlens:tab-summary';
  tabId: number;
}

/**
 * Scroll to one listed mention (or claim) and open its card. Sent to the entry's frame
 * (`tabs.sendMessage(tabId, request, { frameId })`); a frame scrolls its own iframe into view in
 * the frames above it first.
 */
export interface RevealRequest {
  type: 'certlens:reveal';
  target: 'mention' | 'claim';
  index: number;
}

/**
 * Keyboard command relayed by the background: go to the next / previous mention or claim. Answers
 * true when a card opened. On a tab whose frames have entries too, the background goes through the
 * frames in page order (utils/commands.ts): it asks a frame not to wrap, and the next one to start
 * at its edge.
 */
export interface NavigateRequest {
  type: 'certlens:navigate';
  direction: 'next' | 'previous';
  /** Absent in messages of builds before claims had keys: a mention. */
  target?: 'mention' | 'claim';
  /** False: past the last entry (the first, going back) nothing opens, and the answer is false. Default true. */
  wrap?: boolean;
  /** Start at the first entry (the last, going back), whatever is open or on the screen. */
  fromEdge?: boolean;
}

/** The background moved keyboard navigation to another frame: this one closes its card. */
export interface CloseCardRequest {
  type: 'certlens:close-card';
}

/**
 * "用证书透镜核查" on a selection: the background sends the selected text to the frame it was
 * selected in, whose content script checks it and shows the result next to the selection.
 * Answers true when the result is shown.
 */
export interface CheckSelectionRequest {
  type: 'certlens:check-selection';
  text: string;
}

/** A box by its edges, in CSS pixels of one frame's viewport (what frames pass to their parents). */
export interface EdgeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The background passing on a frame's RevealInParent (utils/messages.ts): for the frame's parent. */
export interface RevealChildRequest {
  type: 'certlens:reveal-child';
  /** framePath() of the frame that asked. */
  path: number[];
  box: EdgeBox;
}

export type ToContent = PageSummaryRequest | RevealRequest | NavigateRequest | CloseCardRequest | CheckSelectionRequest | RevealChildRequest;

/** How many mentions per certificate the summary lists before it only counts. */
export const SUMMARY_LIST_LIMIT = 50;
/** How many claims the popup lists before it only counts (a page of nothing but claims is rare). */
export const CLAIM_LIST_LIMIT = 100;

export function isToContent(message: unknown): message is ToContent {
  const type = (message as { type?: unknown } | null)?.type;
  return (
    type === 'certlens:page-summary' ||
    type === 'certlens:reveal' ||
    type === 'certlens:navigate' ||
    type === 'certlens:close-card' ||
    type === 'certlens:check-selection' ||
    type === 'certlens:reveal-child'
  );
}
