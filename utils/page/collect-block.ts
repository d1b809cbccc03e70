// Collects the text block around one text node: walks backwards and forwards from it through inline
// elements, and stops at the first block boundary on each side. Never crosses a boundary, so a
// paragraph ending in 全媒体 and the next starting with 运营师 stay apart.
import type { FlowOf } from './flow';

/**
 * The text nodes of `target`'s block in document order (empty ones left out), or null when the
 * target is not rendered (inside a display:none inline element).
 *
 * `hidden`, when given, receives the first and last text node of each hidden element the block
 * passes over (全媒<span hidden>…</span>体运营师). They are not part of the block's text, but a
 * change next to one is a change inside the block: the engine looks for the block by the text
 * nodes on either side of a change, and those may be hidden ones.
 */
export function collectBlock(target: Text, flowOf: FlowOf, hidden?: Text[]): Text[] | null {
  // The container: the nearest ancestor that is not inline. Inline ancestors are what we may walk
  // out of; a hidden one means the target is not rendered.
  let container: Node | null = target.parentNode;
  while (container && container.nodeType === Node.ELEMENT_NODE) {
    const flow = flowOf(container as Element);
    if (flow === 'hidden') return null;
    if (flow === 'boundary') break;
    container = container.parentNode;
  }
  if (!container) container = target.getRootNode();

  const before: Text[] = [];
  const after: Text[] = [];
  walk(target, container, flowOf, before, false, hidden);
  walk(target, container, flowOf, after, true, hidden);
  before.reverse();
  if (target.data.length > 0) before.push(target);
  return before.concat(after);
}

function walk(from: Node, container: Node, flowOf: FlowOf, out: Text[], forward: boolean, hidden?: Text[]): void {
  let node: Node | null = step(from, container, false, forward);
  while (node) {
    let enter = false;
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data.length > 0) out.push(node as Text);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const flow = flowOf(node as Element);
      if (flow === 'boundary') return;
      enter = flow === 'inline';
      if (flow === 'hidden' && hidden) edgeTexts(node as Element, hidden);
    }
    node = step(node, container, enter, forward);
  }
}

/** The next node in document order (or previous, backwards), entering `node` only if `enter`. */
function step(node: Node, container: Node, enter: boolean, forward: boolean): Node | null {
  if (enter) {
    const child = forward ? node.firstChild : node.lastChild;
    if (child) return child;
  }
  let at: Node | null = node;
  while (at && at !== container) {
    const sibling = forward ? at.nextSibling : at.previousSibling;
    if (sibling) return sibling;
    at = at.parentNode;
  }
  return null;
}

/** The first and last text node inside `el` (one node when they are the same), if any. */
function edgeTexts(el: Element, out: Text[]): void {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const first = walker.firstChild() as Text | null;
  if (!first) return;
  out.push(first);
  walker.currentNode = el;
  const last = walker.lastChild() as Text | null;
  if (last && last !== first) out.push(last);
}

/**
 * The text that follows `node` for certain, without reading any style: the data of the next
 * non-empty text node when it is reached by leaving elements only ('' when nothing follows in its
 * tree), or null when an element would have to be entered first. Text reached that way is a child
 * of one of `node`'s ancestors, so it is seen whenever `node` is, and nothing hidden can stand
 * between them; inside an element that follows, hidden text might (全媒<span hidden>…</span>体).
 */
export function textRightAfter(node: Text): string | null {
  const root = node.getRootNode();
  for (let next = step(node, root, false, true); next; next = step(next, root, false, true)) {
    if (next.nodeType === Node.ELEMENT_NODE) return null;
    if (next.nodeType === Node.TEXT_NODE && (next as Text).data !== '') return (next as Text).data;
    // Empty text, comments, processing instructions: nothing a reader sees.
  }
  return '';
}
