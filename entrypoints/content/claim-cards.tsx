// Claims in the content script's UI: the claim card layer over the engine's claim index (hover,
// popup jumps), the selection check "用证书透镜核查" shown next to the selection, and saving a
// claim as evidence from either. Wired in by cards.tsx.
import { ClaimCard } from '@/components/card/ClaimCard';
import { SelectionCard } from '@/components/card/SelectionCard';
import type { SaveResult } from '@/components/claims/ClaimDetails';
import type { ClaimVerdict } from '@/data/claim-rules';
import { checkSelection, type ClaimHit } from '@/utils/claims/check';
import { makeEvidence, saveEvidence } from '@/utils/evidence';
import { translator, type Locale } from '@/utils/i18n';
import { isTextField } from '@/utils/page/tree-order';
import type { CardController, CardLayer } from './card-controller';
import type { RangeEntry } from './card-index';
import type { ClaimEntry, ClaimIndex } from './claims-analyzer';

/** Saves one claim of this frame's page as evidence (local storage, deduplicated per page). */
function save(claim: { ruleId: string; quote: string; phrase: string; host?: string }, locale: Locale): Promise<SaveResult> {
  return saveEvidence(
    makeEvidence({ ...claim, pageUrl: location.href, pageTitle: document.title, locale, savedAt: new Date() }),
  );
}

/** The claim card layer: opens over flagged phrases, before mentions where both lie. */
export function claimLayer(claims: ClaimIndex, locale: () => Locale): CardLayer<ClaimEntry> {
  return {
    id: 'claims',
    index: claims,
    hitPriority: 1,
    render: (entry, { id, close }) => {
      const l = locale();
      const phrase = entry.block.text.slice(entry.start, entry.end);
      return (
        <ClaimCard
          id={id}
          claim={{
            ruleId: entry.ruleId,
            verdict: entry.verdict as ClaimVerdict,
            quote: entry.quote,
            phraseStart: entry.start - entry.sentenceStart,
            phraseEnd: entry.end - entry.sentenceStart,
            host: entry.host,
          }}
          locale={l}
          t={translator(l)}
          onClose={close}
          onSave={() => save({ ruleId: entry.ruleId, quote: entry.quote, phrase, host: entry.host }, l)}
        />
      );
    },
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
    render: (entry, { id, close }) => {
      const l = locale();
      return (
        <SelectionCard
          id={id}
          text={entry.checked}
          hits={entry.hits}
          locale={l}
          t={translator(l)}
          onClose={close}
          onSave={(hit) => save({ ruleId: hit.ruleId, quote: hit.quote, phrase: entry.checked.slice(hit.start, hit.end) }, l)}
        />
      );
    },
  });
  return async (text) => {
    const anchor = selectionAnchor();
    if (!anchor) return false;
    // The page's own selection is the exact text (the menu's copy may have white space squeezed).
    const own = document.getSelection()?.toString() ?? '';
    const checked = own.trim() ? own : text;
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
