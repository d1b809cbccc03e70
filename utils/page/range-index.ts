// The engine's index of what it found on the page: every entry's StaticRange, in document order,
// with hit-testing for hover cards and next / previous for keyboard navigation. Entries are
// replaced, never edited: when a block changes, its entries leave and new ones come.
import type { BlockSpan } from './analyzer';
import type { TextBlock, TreeRoot } from './text-block';
import { comparePositions } from './tree-order';

/** What every entry carries, whatever analyzer made it. */
export interface IndexedRange extends BlockSpan {
  /** The range on the page (a StaticRange: it never follows later edits; the engine replaces it). */
  readonly range: StaticRange;
  /** The document or open shadow root the range is in. */
  readonly root: TreeRoot;
  /** The block the span was found in; `start`/`end` are offsets in `block.text`. */
  readonly block: TextBlock;
  /** The text as the page writes it (may be traditional, may contain invisible characters). */
  readonly text: string;
}

export type Position = { node: Node; offset: number };

const startOf = (e: IndexedRange): Position => ({ node: e.range.startContainer, offset: e.range.startOffset });

export class RangeIndex<E extends IndexedRange> {
  /** Each entry → the text nodes its range touches. */
  readonly #entries = new Map<E, readonly Node[]>();
  /** For hit-testing: each text node → the entries whose range touches it. Built on first use after a change. */
  #byNode: Map<Node, E[]> | null = null;
  #sorted: E[] | null = null;
  #dirty = false;
  readonly #listeners = new Set<() => void>();

  get size(): number {
    return this.#entries.size;
  }

  /** All entries in document order (shadow-root entries where their host is). */
  entries(): readonly E[] {
    this.#sorted ??= [...this.#entries.keys()].sort((a, b) => compareEntries(a, b));
    return this.#sorted;
  }

  /**
   * The entry at a caret position (e.g. from document.caretPositionFromPoint with shadowRoots):
   * the one whose range holds the offset; at the very end of a range it still counts, so a pointer
   * over the right half of the last character finds it.
   */
  at(node: Node, offset: number): E | undefined {
    let atEnd: E | undefined;
    if (!this.#byNode) {
      // Hovering happens far less often than pages change: index the nodes only when asked.
      this.#byNode = new Map();
      for (const [e, nodes] of this.#entries) {
        for (const n of nodes) {
          const list = this.#byNode.get(n);
          if (list) list.push(e);
          else this.#byNode.set(n, [e]);
        }
      }
    }
    for (const e of this.#byNode.get(node) ?? []) {
      const r = e.range;
      const afterStart = node !== r.startContainer || offset >= r.startOffset;
      const beforeEnd = node !== r.endContainer || offset < r.endOffset;
      if (afterStart && beforeEnd) return e;
      if (afterStart && node === r.endContainer && offset === r.endOffset) atEnd = e;
    }
    return atEnd;
  }

  /** The first entry after `from` (an entry or a position); with `wrap`, the first entry at the end. */
  next(from?: E | Position, wrap = false): E | undefined {
    const list = this.entries();
    if (!from) return list[0];
    const i = 'range' in from ? list.indexOf(from) : -1;
    const found = i >= 0 ? list[i + 1] : list.find((e) => comparePosition(startOf(e), from as Position) > 0);
    return found ?? (wrap ? list[0] : undefined);
  }

  /** The last entry before `from`; with `wrap`, the last entry at the start. */
  previous(from?: E | Position, wrap = false): E | undefined {
    const list = this.entries();
    if (!from) return list[list.length - 1];
    const i = 'range' in from ? list.indexOf(from) : -1;
    let found: E | undefined;
    if (i >= 0) found = list[i - 1];
    else for (let k = list.length - 1; k >= 0 && !found; k--) if (comparePosition(startOf(list[k]!), from as Position) < 0) found = list[k];
    return found ?? (wrap ? list[list.length - 1] : undefined);
  }

  /** Every entry, in no particular order (cheaper than entries() when order does not matter). */
  values(): IterableIterator<E> {
    return this.#entries.keys();
  }

  /** Calls back (once per batch of changes) whenever entries come or go. Returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ---- used by the engine ----

  /** @internal */
  add(entry: E, nodes: readonly Node[]): void {
    this.#entries.set(entry, nodes);
    this.#changed();
  }

  /** @internal */
  delete(entry: E): void {
    if (this.#entries.delete(entry)) this.#changed();
  }

  #changed(): void {
    this.#sorted = null;
    this.#byNode = null;
    this.#dirty = true;
  }

  /** @internal Notifies listeners if anything changed since the last commit; says whether it did. */
  commit(): boolean {
    if (!this.#dirty) return false;
    this.#dirty = false;
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch (error) {
        console.error('[CertLens] index listener failed', error);
      }
    }
    return true;
  }

  /** @internal */
  clear(): void {
    if (this.#entries.size === 0) return;
    this.#entries.clear();
    this.#changed();
  }
}

function comparePosition(a: Position, b: Position): number {
  return comparePositions(a.node, a.offset, b.node, b.offset);
}

function compareEntries(a: IndexedRange, b: IndexedRange): number {
  if (a.block === b.block) return a.start - b.start;
  return comparePosition(startOf(a), startOf(b));
}
