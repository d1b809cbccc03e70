// Where this frame sits in the tab, and bringing it into view: the popup lists the entries of every
// frame (utils/tab-summary.ts) and a jump to an entry inside a frame must make that frame visible
// in the pages around it before the frame scrolls to its own entry.
import type { EdgeBox } from '@/utils/page-messages';

/**
 * This frame's index in `parent.frames` at each level from the top ([] in the top frame). Reading
 * `frames` / `length` and comparing window proxies is allowed across origins, so this works in any
 * frame; `frames` is in document order, so sorting by the path keeps the page's order.
 */
export function framePath(win: Window = window): number[] {
  const path: number[] = [];
  try {
    for (let w = win; w !== w.parent; w = w.parent) {
      const siblings = w.parent.frames;
      let at = -1;
      for (let i = 0; i < siblings.length; i++) {
        if (siblings[i] === w) {
          at = i;
          break;
        }
      }
      path.unshift(at);
    }
  } catch {
    // A detached frame: keep what we have.
  }
  return path;
}

/** A box by its edges in a frame's viewport (the same shape the reveal messages carry). */
export type Box = EdgeBox;

/** Where revealing stopped at a frame whose parent is another origin: that frame and the box in it. */
export interface Handoff {
  /** framePath() of the frame whose parent could not be reached. */
  path: number[];
  /** The box in that frame's viewport. */
  box: Box;
}

/**
 * Makes `box` (a rect in this frame's viewport: the term whose card just opened) visible in every
 * frame above, innermost level first: the `<iframe>` holding this frame is scrolled into view in the
 * document around it (nested scrollers included), and if the box is still outside that window
 * (a tall frame), the window scrolls to put it a third of the way down. Goes up as long as the frame
 * above is same-origin (`frameElement` is null across origins): same-origin frames, srcdoc and
 * about:blank frames. Where the next frame above is another origin, it stops and says where
 * (`handoff`): the content script there takes over through the background (revealChildFrame). Only
 * scrolls; no page node is changed.
 */
export function revealInParentFrames(box: Box, win: Window = window): { levels: number; handoff?: Handoff } {
  let levels = 0;
  let inner: Box = box;
  let w = win;
  try {
    for (; w !== w.parent; w = w.parent) {
      const host = w.frameElement;
      if (!host) return { levels, handoff: { path: framePath(w), box: inner } };
      inner = revealFrameElement(host, inner);
      levels++;
    }
  } catch {
    // A frame detached on the way.
  }
  return { levels };
}

/**
 * In the document that holds the frame at `childIndex` of this window's frames (the parent of a
 * cross-origin frame that asked): scrolls that `<iframe>` and the box in it into view, then goes on
 * up from here. Returns false when this window has no such frame.
 */
export function revealChildFrame(childIndex: number, box: Box, win: Window = window): { revealed: boolean; handoff?: Handoff } {
  const child = win.frames[childIndex];
  const host = child && [...win.document.querySelectorAll('iframe, frame')].find((f) => (f as HTMLIFrameElement).contentWindow === child);
  if (!host) return { revealed: false };
  const mapped = revealFrameElement(host, box);
  return { revealed: true, handoff: win === win.parent ? undefined : revealInParentFrames(mapped, win).handoff };
}

/** Scrolls a frame element, and the box inside it, into view in the document around it. */
function revealFrameElement(host: Element, box: Box): Box {
  const outer = host.ownerDocument.defaultView!;
  host.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  let mapped = mapOut(host, box);
  const height = outer.innerHeight;
  if (mapped.top < 0 || mapped.bottom > height) {
    outer.scrollBy({ top: mapped.top - height / 3, behavior: 'instant' });
    mapped = mapOut(host, box);
  }
  return mapped;
}

/** A box in a frame's viewport, in the viewport of the document around the frame. */
function mapOut(host: Element, box: Box): Box {
  const r = host.getBoundingClientRect();
  const style = host.ownerDocument.defaultView?.getComputedStyle(host);
  const dx = r.left + host.clientLeft + (parseFloat(style?.paddingLeft ?? '') || 0);
  const dy = r.top + host.clientTop + (parseFloat(style?.paddingTop ?? '') || 0);
  return { top: box.top + dy, bottom: box.bottom + dy, left: box.left + dx, right: box.right + dx };
}
