// Visible text first. A full scan goes through the page in document order, a slice at a time in
// idle time; on a long page that the reader sees somewhere in the middle (a reload that restored
// the scroll position, a link to an anchor, going back to a results page), the text on the screen
// would be reached last. Its text nodes are found here, so that the engine can test them before
// the full scan begins: one hit test in the middle of the viewport, then a walk up and down the
// text nodes until they leave the screen. Fixed headers and footers (on most job boards) cover the
// viewport's edges, which is why the edges are not hit-tested.
//
// App shells (chats, mail, some job boards) never scroll the window: their text scrolls in an
// inner container, which a chat opens at its bottom. There the container the hit test lands in
// tells how far the reader has scrolled.

import { caretAt, type Caret } from './caret';
import type { TextPosition } from './text-block';

/** The most text nodes taken on each side of the middle: a screenful of a dense results page is a few hundred. */
export const VISIBLE_FIRST_NODES = 750;

/**
 * Text nodes taken beyond the first one that is off the screen: a line cut by the edge holds
 * more than one node, and a name may be split across a few nodes there.
 */
const MARGIN_NODES = 24;

/** Where the hit test looks (fractions of the viewport's width and height), in turn, until one finds text. */
const PROBES: readonly [number, number][] = [
  [0.5, 0.5],
  [0.3, 0.5],
  [0.7, 0.5],
  [0.5, 0.3],
  [0.5, 0.7],
];

/**
 * The text nodes on the screen and a few around them, in document order. Empty when neither the
 * window nor the container the screen's text scrolls in is scrolled past half a screen (the full
 * scan starts at the top anyway), or when nothing can be hit-tested (no layout, no text on the
 * screen). A page that scrolls its window is hit-tested only when it is scrolled down.
 */
export function textInViewport(doc: Document, limit = VISIBLE_FIRST_NODES): ScreenText {
  const none: ScreenText = { nodes: [], middle: null };
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body || view.innerHeight === 0) return none;
  const scrolledWindow = view.scrollY >= view.innerHeight / 2;
  if (!scrolledWindow && !isAppShell(doc, view)) return none;
  const middle = probe(doc, view);
  if (!middle || (!scrolledWindow && !inScrolledContainer(middle.node, body))) return none;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const anchor = textAt(walker, middle);
  if (!anchor) return none;
  const range = doc.createRange();
  const height = view.innerHeight;
  // Hidden and empty nodes have an empty rectangle at 0: they are taken, and the walk goes on.
  const offScreen = (t: Node, up: boolean): boolean => {
    range.selectNodeContents(t);
    const r = range.getBoundingClientRect();
    return up ? r.bottom < 0 : r.top > height;
  };
  const walk = (up: boolean): Text[] => {
    const out: Text[] = [];
    let beyond = -1;
    walker.currentNode = anchor;
    for (let t = up ? walker.previousNode() : walker.nextNode(); t && out.length < limit && beyond !== 0; t = up ? walker.previousNode() : walker.nextNode()) {
      out.push(t as Text);
      if (beyond > 0) beyond--;
      else if (offScreen(t, up)) beyond = MARGIN_NODES;
    }
    return out;
  };
  const nodes = [...walk(true).reverse(), anchor, ...walk(false)];
  return { nodes, middle: { node: anchor, offset: middle.node === anchor ? middle.offset : 0 } };
}

/**
 * The text on the screen: its nodes, and where in them the middle of the screen is (a long block,
 * a log in one <pre>, is one node: the engine analyzes its parts from there, see page-engine.ts).
 */
export interface ScreenText {
  nodes: Text[];
  middle: TextPosition | null;
}

/** Whether the window cannot scroll: any long text the page has scrolls inside it. */
function isAppShell(doc: Document, view: Window): boolean {
  const root = doc.scrollingElement ?? doc.documentElement;
  return root.scrollHeight <= view.innerHeight + 1;
}

/** Whether `node` is in a container scrolled past half its height (a chat opened at its end). */
function inScrolledContainer(node: Node, body: HTMLElement): boolean {
  for (let el = node.parentElement; el && el !== body; el = el.parentElement) {
    if (el.clientHeight > 0 && el.scrollTop >= el.clientHeight / 2) return true;
  }
  return false;
}

/** The caret position near the middle of the viewport, in this document's body. */
function probe(doc: Document, view: Window): Caret | null {
  for (const [x, y] of PROBES) {
    const position = caretAt(doc, view.innerWidth * x, view.innerHeight * y);
    if (position && doc.body.contains(position.node)) return position;
  }
  return null;
}

/** The text node at a position: the one holding it, else the first after it. */
function textAt(walker: TreeWalker, at: Caret): Text | null {
  if (at.node.nodeType === Node.TEXT_NODE) return at.node as Text;
  const child = at.node.childNodes[at.offset] ?? null;
  if (child?.nodeType === Node.TEXT_NODE) return child as Text;
  walker.currentNode = child ?? at.node;
  if (child) return walker.nextNode() as Text | null;
  // At the end of an element: the first text after everything in it.
  let next = walker.nextNode();
  while (next && at.node.contains(next)) next = walker.nextNode();
  return next as Text | null;
}
