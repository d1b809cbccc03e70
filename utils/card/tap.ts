// Touch has no hover: on a touch screen a card opens when the reader taps a highlighted term.
// What counts as such a tap is decided here, as pure logic, so it is unit-tested without a browser:
// - a short touch that stayed put (a drag, a scroll or a long press is the reader doing something
//   else: selecting text, opening the browser's menu);
// - not on something the page made tappable (a link, a button, a form control, an editable region).
//   A tap there is the reader using the page, which must go on exactly as without us. Terms inside
//   links are still reached from the popup's 本页 list.
import { composedParent } from '../page/tree-order';

export interface TouchPoint {
  x: number;
  y: number;
  /** event.timeStamp, ms */
  time: number;
}

/** A finger that moved further than this (CSS px) was dragging or scrolling, not tapping. */
export const TAP_SLOP_PX = 10;
/** Held longer than this, a touch is a long press (the browser's text selection or menu). */
export const TAP_MAX_MS = 500;

export function isTap(down: TouchPoint, up: TouchPoint): boolean {
  const moved = Math.hypot(up.x - down.x, up.y - down.y);
  const held = up.time - down.time;
  return moved <= TAP_SLOP_PX && held >= 0 && held <= TAP_MAX_MS;
}

/** Elements whose tap belongs to the page. */
const INTERACTIVE =
  'a[href], area[href], button, input, select, textarea, label, summary, option, video, audio, [contenteditable]:not([contenteditable="false"]), [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [role="switch"], [role="option"], [tabindex]:not([tabindex="-1"])';

/**
 * Whether a tap on `target` is the page's: the target or an element around it (across shadow
 * roots) is interactive. `target` is the innermost element tapped (composedPath()[0]).
 */
export function isPageControl(target: EventTarget | null): boolean {
  for (let node = target as Node | null; node; ) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.matches(INTERACTIVE) || (el as HTMLElement).isContentEditable) return true;
    }
    node = composedParent(node);
  }
  return false;
}
