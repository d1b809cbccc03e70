// What the hover card needs from the page engine's index (utils/page/range-index.ts). Written as a
// structural type so the card depends on the index's behaviour, not on the engine's internals;
// the engine's RangeIndex of mention entries satisfies it as it is.
import type { CertId } from '@/data/types';
import type { MentionKind } from '@/utils/page-messages';
import { isShadowRoot } from '@/utils/page/tree-order';

/** Any indexed page range a card can open for (mentions now, claims later). */
export interface RangeEntry {
  /** The text as the page writes it (traditional stays traditional). */
  text: string;
  range: StaticRange;
  root: Document | ShadowRoot;
}

/** A certificate mention, as the engine's mention entries carry it. */
export interface CardEntry extends RangeEntry {
  cert: CertId;
  kind: MentionKind;
  /** Canonical term (simplified / lower-case English). */
  term: string;
}

type Position = { node: Node; offset: number };

export interface CardIndex<E extends RangeEntry = CardEntry> {
  entries(): readonly E[];
  at(node: Node, offset: number): E | undefined;
  next(from?: E | Position, wrap?: boolean): E | undefined;
  previous(from?: E | Position, wrap?: boolean): E | undefined;
  onChange(listener: () => void): () => void;
}

/** Every open shadow root holding an entry, with the shadow roots around it (caretPositionFromPoint
 * only descends into the roots it is given, level by level). */
export function shadowRootsOf(entries: readonly RangeEntry[]): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  for (const e of entries) {
    let root: Node = e.root;
    while (isShadowRoot(root) && !roots.has(root)) {
      roots.add(root);
      root = root.host.getRootNode();
    }
  }
  return [...roots];
}
