// Typed messages between the content script, the background and the popup.
import type { CertId } from '../data/types';
import type { EdgeBox } from './page-messages';

/** What one frame's content script found; sent to the background whenever it changes. */
export interface FrameReport {
  type: 'certlens:frame-report';
  mentions: Record<CertId, number>;
  /** Flagged claims (0 until the claim checker runs). */
  claims: number;
  /**
   * performance.timeOrigin of the reporting document. Frames load after their top document, so
   * the badge can tell a top frame's update (keep the frames) from a new top document (forget
   * the frames older than it). Without it, every top-frame report forgets the frames.
   */
  documentTime?: number;
  /**
   * Where the frame sits (its index in `parent.frames` at each level from the top; [] for the top
   * frame): keyboard navigation goes through the frames in this order.
   */
  framePath?: number[];
}

/**
 * A frame whose card just opened from the popup could not scroll the page around it (its parent is
 * another origin). The background passes the box on to every frame of the tab as RevealChildRequest;
 * the parent (framePath one shorter) scrolls the frame into view.
 */
export interface RevealInParent {
  type: 'certlens:reveal-in-parent';
  path: number[];
  box: EdgeBox;
}

export type ToBackground = FrameReport | RevealInParent;

export const emptyMentionCounts = (): Record<CertId, number> => ({
  'internet-marketer': 0,
  'all-media-operator': 0,
});
