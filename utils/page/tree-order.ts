// Document order across shadow boundaries. compareDocumentPosition() calls nodes in different trees
// "disconnected"; readers see a shadow tree's text where its host is, so we order by the host.
import type { TreeRoot } from './text-block';

/**
 * Whether a node is a shadow root (or a document, an HTML element…). Not `instanceof`: a node carries the prototypes
 * of the frame whose script first touched it, so a shadow root the page made in one frame and
 * moved into another fails `instanceof ShadowRoot` there (and would pass for a document).
 */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (node as ShadowRoot).host != null;
}

export function isDocument(node: Node): node is Document {
  return node.nodeType === Node.DOCUMENT_NODE;
}

/** An HTML element (not SVG or MathML), told apart the same way. */
export function isHtmlElement(node: Node): node is HTMLElement {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).namespaceURI === 'http://www.w3.org/1999/xhtml';
}

/** A <textarea> or an <input>, told apart the same way. */
export function isTextField(node: Node): node is HTMLTextAreaElement | HTMLInputElement {
  return isHtmlElement(node) && (node.localName === 'textarea' || node.localName === 'input');
}

/** The parent across shadow boundaries: a shadow root's top nodes lead to its host. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  return parent && isShadowRoot(parent) ? parent.host : parent;
}

/** The node and its hosts, innermost first: [node, host of node's shadow root, host of that, …]. */
function lifts(node: Node): Node[] {
  const out = [node];
  let root = node.getRootNode();
  while (isShadowRoot(root)) {
    out.push(root.host);
    root = root.host.getRootNode();
  }
  return out;
}

/** Negative if (a, aOffset) comes before (b, bOffset) in composed document order. */
export function comparePositions(a: Node, aOffset: number, b: Node, bOffset: number): number {
  if (a === b) return aOffset - bOffset;
  if (a.getRootNode() === b.getRootNode()) return compareSameTree(a, b);
  const la = lifts(a);
  const lb = lifts(b);
  // Find the innermost tree both reach, and compare their representatives there.
  for (const x of la) {
    const xRoot = x.getRootNode();
    const y = lb.find((n) => n.getRootNode() === xRoot);
    if (!y) continue;
    // One is (inside) the shadow tree of the other's host: shadow content counts as the host's start.
    if (x === y) return la.indexOf(x) > lb.indexOf(y) ? 1 : -1;
    return compareSameTree(x, y);
  }
  return 0;
}

function compareSameTree(a: Node, b: Node): number {
  const position = a.compareDocumentPosition(b);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

export function rootOf(node: Node): TreeRoot {
  const root = node.getRootNode();
  return isShadowRoot(root) ? root : (node.ownerDocument ?? (root as Document));
}
