// Owns CertLens's entries in the document's CSS.highlights registry and the ::highlight() styles.
// Changes are collected and applied once per animation frame: registering highlights makes the next
// frame repaint them, so many small updates must not each cost a repaint (notes/toolchain.md).
// Nothing here touches the page's nodes: a Highlight holds StaticRanges, and the styles are a
// constructed stylesheet adopted by the document and each open shadow root (adding no node).
import type { TreeRoot } from './text-block';
import { isShadowRoot } from './tree-order';

export class HighlightLayer {
  readonly #doc: Document;
  readonly #sheet: CSSStyleSheet;
  readonly #styled = new Set<TreeRoot>();
  readonly #highlights = new Map<string, Highlight>();
  /** Pending changes per name: range → true (add) / false (delete). */
  #pending = new Map<string, Map<AbstractRange, boolean>>();
  #frame = 0;

  constructor(doc: Document, css: string) {
    this.#doc = doc;
    this.#sheet = highlightSheet(doc, css);
  }

  /**
   * Makes sure the ::highlight() rules apply inside `root` (document or open shadow root), from
   * the next flush on. Never adopted in the middle of a scan: a change of stylesheets makes the
   * browser restyle the whole tree, and the scan's next getComputedStyle would pay for it.
   */
  style(root: TreeRoot): void {
    if (this.#styled.has(root)) return;
    this.#styled.add(root);
    if (!this.#frame && !root.adoptedStyleSheets.includes(this.#sheet)) this.#frame = this.#doc.defaultView!.requestAnimationFrame(() => this.flush());
  }

  #adopt(root: TreeRoot): void {
    // A shadow root whose host the page moved into another frame's document is that document's
    // now (its CertLens styles it there), and the browser refuses a sheet of ours in it.
    if (root !== this.#doc && root.ownerDocument !== this.#doc) {
      this.#styled.delete(root);
      return;
    }
    // Re-checked on every flush: a framework may assign adoptedStyleSheets afresh and drop ours.
    if (!root.adoptedStyleSheets.includes(this.#sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
  }

  /**
   * `deferred`: applied with the next flush that something else asks for, or at schedule(). Every
   * flush makes the browser repaint the page's highlights: a long block's parts (page-engine.ts)
   * ask for one only now and then, not after each part.
   */
  add(name: string, range: AbstractRange, deferred = false): void {
    this.#change(name, range, true, deferred);
  }

  delete(name: string, range: AbstractRange): void {
    this.#change(name, range, false);
  }

  #change(name: string, range: AbstractRange, add: boolean, deferred = false): void {
    let changes = this.#pending.get(name);
    if (!changes) this.#pending.set(name, (changes = new Map()));
    changes.set(range, add);
    if (!deferred) this.schedule();
  }

  /** Applies the pending changes (deferred ones too) in the next animation frame. */
  schedule(): void {
    if (!this.#frame && this.#pending.size > 0) this.#frame = this.#doc.defaultView!.requestAnimationFrame(() => this.flush());
  }

  /** Applies pending changes now (normally called by the frame callback). */
  flush(): void {
    if (this.#frame) this.#doc.defaultView!.cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    const registry = CSS.highlights;
    for (const [name, changes] of this.#pending) {
      let highlight = this.#highlights.get(name);
      if (!highlight) this.#highlights.set(name, (highlight = new Highlight()));
      for (const [range, add] of changes) {
        if (add) highlight.add(range);
        else highlight.delete(range);
      }
      if (highlight.size === 0) {
        if (registry.get(name) === highlight) registry.delete(name);
      } else if (registry.get(name) !== highlight) {
        // First use, or the page cleared the registry.
        registry.set(name, highlight);
      }
    }
    this.#pending = new Map();
    for (const root of this.#styled) this.#adopt(root);
  }

  /** Removes every CertLens highlight and style from the page. */
  clear(): void {
    if (this.#frame) this.#doc.defaultView!.cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending = new Map();
    for (const [name, highlight] of this.#highlights) {
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.#highlights.clear();
    // The document keeps its sheet: it was adopted before the page rendered (see
    // adoptHighlightStyles) and costs nothing without highlights; taking it out would restyle the page.
    for (const root of this.#styled) {
      if (isShadowRoot(root) && root.ownerDocument === this.#doc && root.adoptedStyleSheets.includes(this.#sheet))
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.#sheet);
    }
    this.#styled.clear();
  }

  /** Ranges currently registered under `name` (after the last flush). */
  size(name: string): number {
    return this.#highlights.get(name)?.size ?? 0;
  }
}

const SHEETS = Symbol.for('certlens.highlight-sheets');

/**
 * The constructed stylesheet with `css` for `doc`, shared by every script of the extension in the
 * frame (content scripts share one isolated world, so a global is shared; a module variable is
 * not, as each content script is its own bundle). Constructed in the page's document, so its
 * shadow roots can adopt it too.
 */
export function highlightSheet(doc: Document, css: string): CSSStyleSheet {
  const g = globalThis as unknown as Record<symbol, WeakMap<Document, Map<string, CSSStyleSheet>> | undefined>;
  const byDoc = (g[SHEETS] ??= new WeakMap());
  let sheets = byDoc.get(doc);
  if (!sheets) byDoc.set(doc, (sheets = new Map()));
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * Adopts the highlight styles into the document before the page renders (run at document_start):
 * adopting a stylesheet later makes the browser restyle every element once, which on a large page
 * costs more than the whole scan.
 */
export function adoptHighlightStyles(doc: Document, css: string): void {
  const sheet = highlightSheet(doc, css);
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
