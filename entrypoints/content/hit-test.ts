// Which mention is under the pointer. CSS Highlight ranges are not elements (no mouseover), so we
// ask the browser for the caret position at the point and look it up in the engine's index, then
// check that the point really lies on the term's glyphs (a caret position snaps to the nearest
// text even when the pointer is in a margin or beside the end of a line).
import { pointInRects } from '@/utils/card/position';

export interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/**
 * The caret position at a viewport point, descending into the given open shadow roots (only
 * caretPositionFromPoint can; caretRangeFromPoint, the fallback, stops at shadow hosts).
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | undefined {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    let p: { offsetNode: Node; offset: number } | null = null;
    try {
      p = d.caretPositionFromPoint(x, y, { shadowRoots });
    } catch {
      // Older engines reject the options argument.
      p = d.caretPositionFromPoint(x, y);
    }
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** A live Range over a (Static)Range, for geometry; undefined when the page has removed its nodes. */
export function liveRange(range: AbstractRange): Range | undefined {
  const { startContainer, endContainer } = range;
  if (!startContainer.isConnected || !endContainer.isConnected) return undefined;
  try {
    const r = (startContainer.ownerDocument ?? document).createRange();
    r.setStart(startContainer, range.startOffset);
    r.setEnd(endContainer, range.endOffset);
    return r;
  } catch {
    // Offsets beyond a node's new length: the page changed the text since it was indexed.
    return undefined;
  }
}

/** Whether the viewport point is on the range's text. */
export function pointOnRange(range: AbstractRange, x: number, y: number): boolean {
  const live = liveRange(range);
  return !!live && pointInRects(x, y, live.getClientRects(), 1);
}
