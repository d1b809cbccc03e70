// Wires the hover card into the content script: the mention layer over the engine's index, the
// UI language from settings, and the messages from the popup (page summary, jump to a mention)
// and from the background (keyboard commands). The engine calls startCards() once per frame.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_LOCALE, resolveLocale, type Locale } from '@/utils/locale';
import type { RevealInParent } from '@/utils/messages';
import { isToContent, type ToContent } from '@/utils/page-messages';
import { isActiveOn, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { createCardController, type CardController } from './card-controller';
import { onContextGone } from './context-gone';
import { onDemand } from './on-demand-loader';
import type { CardEntry, CardIndex, RangeEntry } from './card-index';
import { summarize } from './page-summary';
import { claimLayer, createSelectionCheck } from './claim-cards';
import { summarizeClaims } from './claim-summary';
import type { ClaimIndex } from './claims-analyzer';
import { framePath, revealChildFrame, revealInParentFrames, type Handoff } from './frame-position';

/** What the cards need from the running engine (entrypoints/content/page-engine.ts). */
export interface CardsEngine<E extends CardEntry> {
  mentions: CardIndex<E>;
  /** Flagged claims (issue 5): the claim card layer, the popup's list and jumps. */
  claims?: ClaimIndex;
  /** The tab's hostname (also inside frames): what the per-site switch applies to. */
  hostname: string;
  active(): boolean;
}

export function startCards<E extends CardEntry>(ctx: ContentScriptContext, engine: CardsEngine<E>): CardController {
  const { mentions, hostname } = engine;
  const cards = createCardController(ctx);
  let locale: Locale = DEFAULT_LOCALE;
  let settings: Settings | undefined;
  const apply = (s: Settings) => {
    settings = s;
    const next = resolveLocale(s.locale);
    if (next !== locale) {
      locale = next;
      cards.refresh();
    }
    // Paused or switched off here: the engine clears its index; no card may stay behind.
    if (!isActiveOn(s, hostname)) cards.close();
  };
  void loadSettings().then((n) => apply(n.settings));
  const unwatch = watchSettings((n) => apply(n.settings));
  onContextGone(ctx, unwatch);

  cards.addLayer<E>({
    id: 'mentions',
    index: mentions,
    // What the card shows is in the on-demand module (card-views.tsx), loaded before a card opens.
    render: (entry, props) => onDemand().mentionView(entry, props, locale),
  });

  // Claims (issue 5): their cards win over mention cards where both lie (hitPriority).
  if (engine.claims) cards.addLayer(claimLayer(engine.claims, () => locale));
  const checkSelectedText = createSelectionCheck(cards, () => locale);

  const handle = async (message: ToContent): Promise<unknown> => {
    switch (message.type) {
      case 'certlens:page-summary': {
        const s = settings ?? (await loadSettings()).settings;
        const active = engine.active() && isActiveOn(s, hostname);
        return {
          ...summarize(mentions.entries(), hostname, active),
          ...summarizeClaims(engine.claims?.entries() ?? [], s.checkClaims),
          framePath: framePath(),
        };
      }
      case 'certlens:reveal': {
        // The popup sends this to the entry's own frame (utils/tab-summary.ts).
        const [layer, entry]: [string, RangeEntry | undefined] =
          message.target === 'claim'
            ? ['claims', engine.claims?.entries()[message.index]]
            : message.target === 'mention'
              ? ['mentions', mentions.entries()[message.index]]
              : ['', undefined];
        if (!entry || !(await cards.open(layer, entry, 'popup'))) return false;
        revealFrame(entry);
        return true;
      }
      case 'certlens:reveal-child': {
        // Sent to every frame of the tab: only the parent of the frame that asked acts.
        const path = framePath();
        const parentPath = message.path.slice(0, -1);
        if (path.length !== parentPath.length || path.some((at, i) => at !== parentPath[i])) return undefined;
        const { revealed, handoff } = revealChildFrame(message.path[message.path.length - 1]!, message.box);
        handOff(handoff);
        return revealed;
      }
      case 'certlens:navigate': {
        const options = { wrap: message.wrap !== false, fromEdge: message.fromEdge === true };
        const entry = await cards.navigate(message.direction, message.target === 'claim' ? 'claims' : 'mentions', options);
        if (entry) revealFrame(entry);
        return !!entry;
      }
      case 'certlens:close-card':
        cards.close();
        return true;
      case 'certlens:check-selection':
        // The reader asked explicitly: checked even where CertLens is paused or off.
        return checkSelectedText(message.text);
    }
  };
  const listener = (message: unknown) => (isToContent(message) ? handle(message) : undefined);
  browser.runtime.onMessage.addListener(listener);
  onContextGone(ctx, () => browser.runtime.onMessage.removeListener(listener));
  return cards;
}

/** Inside a frame: brings the frame (and the entry in it) into view in the pages around it. */
function revealFrame(entry: RangeEntry): void {
  if (window === window.parent) return;
  const box = rangeBox(entry);
  if (box) handOff(revealInParentFrames(box).handoff);
}

/**
 * Revealing stopped at a frame whose parent is another origin: the background passes the box to
 * the tab's frames (RevealInParent), and the parent's content script goes on from there.
 */
function handOff(handoff: Handoff | undefined): void {
  if (!handoff) return;
  const message: RevealInParent = { type: 'certlens:reveal-in-parent', path: handoff.path, box: handoff.box };
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Where an entry's text is in this frame's viewport now (undefined if the page removed it). */
function rangeBox(entry: RangeEntry): DOMRect | undefined {
  const { startContainer, startOffset, endContainer, endOffset } = entry.range;
  if (!startContainer.isConnected) return undefined;
  try {
    const live = document.createRange();
    live.setStart(startContainer, startOffset);
    live.setEnd(endContainer, endOffset);
    return live.getBoundingClientRect();
  } catch {
    return undefined;
  }
}
