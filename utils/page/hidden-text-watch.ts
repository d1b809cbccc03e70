// Hidden text that would change a block if the page showed it: a node that passed the trigger
// inside a hidden inline element (the rest of a post behind "展开全文", `<span style="display:none">`),
// or hidden text a block passes over (全媒<span hidden>体运</span>营师). Pages show such text by
// changing a class, a style or the `hidden` attribute on it or on an ancestor, which changes no
// text and so reaches no other observer. Those attributes are watched on the hidden element and
// its ancestors (through shadow hosts); a change there hands back the text nodes to read again.
import { composedParent } from './tree-order';

/**
 * Hidden elements watched at once, at most: a page of a thousand hidden tooltips must not cost a
 * thousand observations.
 */
export const MAX_HIDDEN_WATCHED = 64;
/** The attributes by which pages show what they hid. */
export const REVEAL_ATTRIBUTES = ['class', 'style', 'hidden'];

export class HiddenTextWatch {
  readonly #changed: (texts: Text[]) => void;
  /** Each watched hidden element, with the text nodes whose blocks it would change. */
  readonly #watched = new Map<Element, Set<Text>>();
  #observer: MutationObserver | null = null;

  /**
   * @param changed called with the text nodes to read again when an attribute that may show their
   *   hidden element changed (on it or an ancestor). They are no longer watched then: still
   *   hidden when read again, they are watched again.
   */
  constructor(changed: (texts: Text[]) => void) {
    this.#changed = changed;
  }

  /** How many hidden elements are watched now (the observer is disconnected at zero). */
  get size(): number {
    return this.#watched.size;
  }

  /** Reads `text` again when `el`, a hidden element, may have been shown. */
  watch(el: Element, text: Text): void {
    let texts = this.#watched.get(el);
    if (!texts) {
      if (this.#watched.size >= MAX_HIDDEN_WATCHED) {
        // Elements the page has removed hold places for nothing.
        for (const watched of this.#watched.keys()) if (!watched.isConnected) this.#watched.delete(watched);
        if (this.#watched.size >= MAX_HIDDEN_WATCHED) return;
      }
      this.#watched.set(el, (texts = new Set()));
      this.#observer ??= new MutationObserver((records) => this.#onAttributes(records));
      for (let at: Node | null = el; at && at.nodeType === Node.ELEMENT_NODE; at = composedParent(at))
        this.#observer.observe(at, { attributes: true, attributeFilter: REVEAL_ATTRIBUTES });
    }
    texts.add(text);
  }

  /** Forgets every element and disconnects the observer (records still queued are dropped). */
  clear(): void {
    this.#watched.clear();
    this.#observer?.disconnect();
    this.#observer = null;
  }

  #onAttributes(records: MutationRecord[]): void {
    const changed = new Set(records.map((r) => r.target));
    const again: Text[] = [];
    for (const [el, texts] of this.#watched) {
      if (!el.isConnected) {
        this.#watched.delete(el);
        continue;
      }
      let at: Node | null = el;
      while (at && !changed.has(at)) at = composedParent(at);
      if (!at) continue;
      this.#watched.delete(el);
      again.push(...texts);
    }
    if (this.#watched.size === 0) {
      this.#observer?.disconnect();
      this.#observer = null;
    }
    this.#changed(again);
  }
}
