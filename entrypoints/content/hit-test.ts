// Which mention is under the pointer. CSS Highlight ranges are not elements (no mouseover), so we
// ask the browser for the caret position at the point and look it up in the engine's index, then
// check that the point really lies on the term's glyphs (a caret position snaps to the nearest
// text even when the pointer is in a margin or beside the end of a line).
import { pointInRects } from '@/utils/card/position';

export { caretAt, type Caret } from '@/utils/page/caret';

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
