// Where this frame sits in the tab, and bringing it into view: the popup lists the entries of every
// frame (utils/tab-summary.ts) and a jump to an entry inside a frame must make that frame visible
// in the pages around it before the frame scrolls to its own entry.

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

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Makes `box` (a rect in this frame's viewport: the term whose card just opened) visible in every
 * frame above, innermost level first: the `<iframe>` holding this frame is scrolled into view in the
 * document around it (nested scrollers included), and if the box is still outside that window
 * (a tall frame), the window scrolls to put it a third of the way down. Works where the frame above
 * is same-origin (`frameElement` is null across origins): same-origin frames, srcdoc and about:blank
 * frames. Only scrolls; no page node is changed. Returns how many levels it went up.
 */
export function revealInParentFrames(box: Box, win: Window = window): number {
  let levels = 0;
  let inner: Box = box;
  try {
    for (let w = win; w !== w.parent; w = w.parent) {
      const host = w.frameElement;
      const outer = w.parent;
      if (!host) break;
      host.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      let mapped = mapOut(host, inner);
      const height = outer.innerHeight;
      if (mapped.top < 0 || mapped.bottom > height) {
        outer.scrollBy({ top: mapped.top - height / 3, behavior: 'instant' });
        mapped = mapOut(host, inner);
      }
      inner = mapped;
      levels++;
    }
  } catch {
    // Cross-origin above this level.
  }
  return levels;
}

/** A box in a frame's viewport, in the viewport of the document around the frame. */
function mapOut(host: Element, box: Box): Box {
  const r = host.getBoundingClientRect();
  const style = host.ownerDocument.defaultView?.getComputedStyle(host);
  const dx = r.left + host.clientLeft + (parseFloat(style?.paddingLeft ?? '') || 0);
  const dy = r.top + host.clientTop + (parseFloat(style?.paddingTop ?? '') || 0);
  return { top: box.top + dy, bottom: box.bottom + dy, left: box.left + dx, right: box.right + dx };
}
