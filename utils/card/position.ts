// Where the hover card goes: below the term if it fits, else above; shifted left near the right
// edge; never over the term itself (peers' most common complaint is a card covering what you read).
// Pure geometry, so it is unit-tested without a browser.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Which side of the term the card sits on. */
  side: 'below' | 'above';
  /** Height the card may use without leaving the viewport (it scrolls inside beyond that). */
  maxHeight: number;
}

/** Space kept between the term and the card, and between the card and the viewport edge. */
export const GAP = 6;
export const MARGIN = 8;

/**
 * @param term the term's bounding box in viewport coordinates (a term wrapped over two lines gives
 *   the union of its line boxes; the card keeps clear of all of it)
 * @param card the card's natural size
 * @param viewport the viewport's size
 */
export function placeCard(term: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const spaceBelow = viewport.height - (term.top + term.height) - GAP - MARGIN;
  const spaceAbove = term.top - GAP - MARGIN;
  // Below is where readers expect it; flip above only when below is too small and above is larger.
  const side: Placement['side'] = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? term.top + term.height + GAP : term.top - GAP - height;

  // Align the card's left edge with the term, then pull it left when it would run off the right
  // edge, but never past the left margin (a card wider than the viewport hugs the left edge).
  const maxLeft = viewport.width - MARGIN - card.width;
  const left = Math.max(MARGIN, Math.min(term.left, maxLeft));
  return { left: Math.round(left), top: Math.round(top), side, maxHeight: Math.floor(maxHeight) };
}

/** The smallest box containing all rects (a term's line boxes). */
export function unionBox(rects: ArrayLike<Box>): Box | undefined {
  let l = Infinity, t = Infinity, r = -Infinity, b = -Infinity;
  for (let i = 0; i < rects.length; i++) {
    const x = rects[i]!;
    if (x.width === 0 && x.height === 0) continue;
    l = Math.min(l, x.left);
    t = Math.min(t, x.top);
    r = Math.max(r, x.left + x.width);
    b = Math.max(b, x.top + x.height);
  }
  return l === Infinity ? undefined : { left: l, top: t, width: r - l, height: b - t };
}

/** Whether a point lies in one of the rects, with a little slack for the gaps between glyph boxes. */
export function pointInRects(x: number, y: number, rects: ArrayLike<Box>, slack = 1): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slack && x <= r.left + r.width + slack && y >= r.top - slack && y <= r.top + r.height + slack) return true;
  }
  return false;
}

/** Whether two boxes overlap (used by tests and by the controller's sanity check). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
