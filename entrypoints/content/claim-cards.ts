// Claims in the content script's UI: the claim card layer over the engine's claim index (hover,
// popup jumps), and the selection check "用证书透镜核查" shown next to the selection. Wired in by
// cards.ts. What the cards show, and the checker the selection check runs, are in the on-demand
// module (card-views.tsx in on-demand.ts), loaded when first needed.
import type { Locale } from '@/utils/locale';
import { isTextField } from '@/utils/page/tree-order';
import type { CardController, CardLayer } from './card-controller';
import type { RangeEntry } from './card-index';
import { loadOnDemand, onDemand } from './on-demand-loader';
import type { ClaimHit } from '@/utils/claims/check';
import type { ClaimEntry, ClaimIndex } from './claims-analyzer';

/** The claim card layer: opens over flagged phrases, before mentions where both lie. */
export function claimLayer(claims: ClaimIndex, locale: () => Locale): CardLayer<ClaimEntry> {
  return {
    id: 'claims',
    index: claims,
    hitPriority: 1,
    render: (entry, props) => onDemand().claimView(entry, props, locale()),
  };
}

interface SelectionEntry extends RangeEntry {
  hits: ClaimHit[];
  checked: string;
}

/**
 * Registers the selection layer and returns the check: runs the claim checker on the text and
 * opens the result next to the selection (the frame's own selection; inside a text field, next to
 * the field). Resolves false when there is nowhere to show it, so the background can fall back to
 * its own page.
 */
export function createSelectionCheck(cards: CardController, locale: () => Locale): (text: string) => Promise<boolean> {
  let current: SelectionEntry | undefined;
  cards.addLayer<SelectionEntry>({
    id: 'selection',
    // Opened only by the context menu: no hover hits, nothing to navigate.
    index: { entries: () => (current ? [current] : []), at: () => undefined, onChange: () => () => undefined },
    render: (entry, props) => onDemand().selectionView(entry, props, locale()),
  });
  return async (text) => {
    const anchor = selectionAnchor();
    if (!anchor) return false;
    // The page's own selection is the exact text (the menu's copy may have white space squeezed).
    const own = document.getSelection()?.toString() ?? '';
    const checked = own.trim() ? own : text;
    // Not loadable (the extension's files are gone): false, and the background checks it on its page.
    const checker = await loadOnDemand().catch(() => undefined);
    if (!checker) return false;
    const { checkSelection } = checker;
    current = { text: checked, range: anchor, root: document, hits: checkSelection(checked), checked };
    return cards.open('selection', current, 'popup');
  };
}

/** Where the selection is: its range, or the text field holding it. */
function selectionAnchor(): StaticRange | undefined {
  const active = document.activeElement;
  if (active && isTextField(active) && active.parentNode) {
    const parent = active.parentNode;
    const i = Array.prototype.indexOf.call(parent.childNodes, active) as number;
    return new StaticRange({ startContainer: parent, startOffset: i, endContainer: parent, endOffset: i + 1 });
  }
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const r = selection.getRangeAt(0);
  if (r.collapsed) return undefined;
  return new StaticRange({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset });
}
