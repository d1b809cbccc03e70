// A text block: the run of text a reader sees as one piece (inline elements joined, never across a
// block boundary), with the mapping from offsets in its text back to the page's text nodes.
// Analyzers (mentions now, claims later) work on `text` and return [start, end) offsets; the page
// engine turns those into StaticRanges with rangeOf().

export type TreeRoot = Document | ShadowRoot;

export interface TextBlock {
  /** The data of `nodes` concatenated, exactly as the page has it (nothing normalized or dropped). */
  readonly text: string;
  /** The page's text nodes of the block, in document order, none of them empty. */
  readonly nodes: readonly Text[];
  /** starts[i] is where nodes[i] begins in `text`. */
  readonly starts: readonly number[];
  /** The document or open shadow root the block lives in (where its ::highlight styles must be). */
  readonly root: TreeRoot;
}

/**
 * A stretch [from, to) of a long block's text that one call of an analyzer is for: the engine
 * analyzes a block with more text than a few screens part by part, a step each (Analyzer.analyze).
 */
export interface BlockPart {
  from: number;
  to: number;
}

/**
 * The stretch of `block`'s text an analyzer reads for `part`: the part and up to `margin`
 * characters on either side of it, for the context of what stands near its edges.
 */
export function partWithMargin(block: TextBlock, part: BlockPart, margin: number): { start: number; end: number } {
  return { start: Math.max(0, part.from - margin), end: Math.min(block.text.length, part.to + margin) };
}

export interface TextPosition {
  node: Text;
  offset: number;
}

export function makeBlock(nodes: readonly Text[], root: TreeRoot): TextBlock {
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  return { text, nodes, starts, root };
}

/** Index of the last node that starts at or before `offset`. */
function nodeIndexAt(block: TextBlock, offset: number): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where an offset of the block's text lies in the page. A start offset at a node boundary goes to
 * the beginning of the next node (the one holding the first character); an end offset to the end
 * of the previous one (the one holding the last character), so ranges never reach into nodes they
 * do not cover.
 */
export function positionAt(block: TextBlock, offset: number, side: 'start' | 'end'): TextPosition {
  let i = nodeIndexAt(block, offset);
  if (side === 'end' && i > 0 && block.starts[i] === offset) i--;
  const node = block.nodes[i]!;
  return { node, offset: Math.min(offset - block.starts[i]!, node.data.length) };
}

/** The StaticRange of [start, end) of the block's text. */
export function rangeOf(block: TextBlock, start: number, end: number): StaticRange {
  const from = positionAt(block, start, 'start');
  const to = positionAt(block, end, 'end');
  return new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}

/** The text nodes [start, end) of the block's text touches. */
export function nodesOf(block: TextBlock, start: number, end: number): Text[] {
  const first = positionAt(block, start, 'start').node;
  const last = positionAt(block, end, 'end').node;
  const i = block.nodes.indexOf(first);
  const j = block.nodes.indexOf(last, i);
  return block.nodes.slice(i, j + 1);
}
