// The caret position at a viewport point: where the hover card looks for the mention under the
// pointer (entrypoints/content/hit-test.ts) and where the engine finds the text on the screen
// (visible-first.ts).

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
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | undefined {
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
