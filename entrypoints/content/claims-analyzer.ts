// The claim checker as an analyzer of the page engine (utils/page/analyzer.ts): each text block the
// engine builds goes through blockClaims(), and the spans come back as `certlens-claim-<verdict>`
// highlights and entries of the engine's index (so dynamic content and removals are handled like
// mentions). This module is the DOM side: the text just before a block (a heading or paragraph
// naming the certificate) and the block's links. See docs/claims.md "On the page".
import type { ClaimVerdict } from '@/data/claim-rules';
import type { Analyzer } from '@/utils/page/analyzer';
import { isExcluded } from '@/utils/page/exclusions';
import type { Entry } from '@/utils/page/page-engine';
import type { RangeIndex } from '@/utils/page/range-index';
import type { TextBlock } from '@/utils/page/text-block';
import type { BlockLink, ClaimSpan } from '@/utils/claims/block-claims';
import { contextTriggers, contextTriggerSource, LOOK_BACK_CHARS, NEAR_MENTION_CHARS, STEM_RE } from '@/utils/claims/block-triggers';
import { backdropColour, layersBehind, needsContrastVariant, parseColour } from '@/utils/claims/backdrop';
import { CLAIM_COLOURS, CLAIM_STYLES, CLAIM_TINTS, claimHighlightName } from '@/utils/claims/highlight-styles';
import { lazy } from '@/utils/lazy';
import { loadOnDemand, onDemandFailed, onDemandLoaded } from './on-demand-loader';

export type { ClaimSpan };
export type ClaimEntry = Entry<ClaimSpan>;
export type ClaimIndex = RangeIndex<ClaimEntry>;

export interface ClaimsAnalyzer extends Analyzer<ClaimSpan> {
  /** The `checkClaims` setting. Off: every block gives no claim (the engine is restarted to clear). */
  enabled: boolean;
}

/** Text nodes looked at before a block, at most (white space and scripts can be many). */
const LOOK_BACK_NODES = 60;

/** The page's text nodes just before the block, up to LOOK_BACK_CHARS characters, in document order. */
export function textBefore(block: TextBlock): string[] {
  const first = block.nodes[0];
  if (!first) return [];
  const walker = first.ownerDocument.createTreeWalker(block.root, NodeFilter.SHOW_TEXT);
  walker.currentNode = first;
  const parts: string[] = [];
  let length = 0;
  // The nodes before a block share most of their ancestors: each is looked at once (a news page's
  // blocks spent more time here than in the check itself).
  const excluded = new Map<Element, boolean>();
  const designMode = first.ownerDocument.designMode === 'on';
  for (let n = walker.previousNode() as Text | null, k = 0; n && length < LOOK_BACK_CHARS && k < LOOK_BACK_NODES; n = walker.previousNode() as Text | null, k++) {
    if (!n.data.trim() || isExcluded(n, excluded, designMode)) continue;
    parts.push(n.data);
    length += n.data.length;
  }
  return parts.reverse();
}

/** The block's links: consecutive nodes under the same <a href>, as offsets in the block's text. */
export function linksOf(block: TextBlock): BlockLink[] {
  const out: BlockLink[] = [];
  let current: { anchor: Element; link: BlockLink } | undefined;
  block.nodes.forEach((node, i) => {
    const anchor = node.parentElement?.closest('a[href]');
    const href = (anchor as HTMLAnchorElement | null)?.href;
    const end = block.starts[i]! + node.data.length;
    if (!anchor || typeof href !== 'string') {
      current = undefined;
      return;
    }
    if (current?.anchor === anchor) current.link.end = end;
    else {
      current = { anchor, link: { href, start: block.starts[i]!, end } };
      out.push(current.link);
    }
  });
  return out;
}

/**
 * Whether the verdict's underline would vanish where the claim stands (a red line on a red banner),
 * from the computed styles around it (mentions never ask). Answers are kept for the rest of the
 * task, by element: a block's claims mostly stand in one element (a log's hundreds of lines in one
 * <pre>), and the page may restyle between two tasks.
 */
export function onPoorBackdrop(verdict: ClaimVerdict, node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (!backdropAnswers) {
    backdropAnswers = new Map();
    queueMicrotask(() => (backdropAnswers = undefined));
  }
  let byVerdict = backdropAnswers.get(el);
  if (!byVerdict) backdropAnswers.set(el, (byVerdict = new Map()));
  let answer = byVerdict.get(verdict);
  if (answer === undefined) byVerdict.set(verdict, (answer = poorBackdrop(verdict, el)));
  return answer;
}

let backdropAnswers: Map<Element, Map<ClaimVerdict, boolean>> | undefined;

function poorBackdrop(verdict: ClaimVerdict, el: Element): boolean {
  const behind = layersBehind(el);
  if (!behind) return false;
  const text = parseColour(behind.text)?.rgb ?? null;
  return needsContrastVariant(CLAIM_COLOURS[verdict], CLAIM_TINTS[verdict], backdropColour(behind.layers), text);
}

/** The links of the long blocks being analyzed part by part (see Analyzer.analyze). */
const partLinks = new WeakMap<TextBlock, BlockLink[]>();

const contextBatchTrigger = lazy(() => new RegExp(contextTriggerSource(), 'g'));

/**
 * The claim checker (its rules and their wording) is in the content script's second file
 * (on-demand.ts), loaded on first need: before a page's first block (the analyzer's prepare), or
 * when claim checking is switched on. Most pages never have a block.
 */
export const loadClaimChecker: () => Promise<unknown> = lazy(() =>
  loadOnDemand().catch((error: unknown) => {
    // The mentions still count without it; the claims are missing, and the console says why, once.
    console.error('[CertLens] claim checker could not be loaded; claims are not checked on this page', error);
  }),
);

/** Whether loadClaimChecker() has finished: loaded (blocks are then checked synchronously) or failed for good. */
export function claimCheckerLoaded(): boolean {
  return onDemandLoaded() !== undefined || onDemandFailed();
}

export function createClaimsAnalyzer(): ClaimsAnalyzer {
  const analyzer: ClaimsAnalyzer = {
    id: 'claims',
    enabled: true,
    // Blocks with a mention come from the mention analyzer; these select blocks WITHOUT one that
    // hold an agency's words, to be checked with the mention of the text before them.
    triggers: contextTriggers,
    // Built when the engine first searches with it: on most pages (no mention) never.
    get batchTrigger() {
      return contextBatchTrigger();
    },
    // Such blocks matter only after a mention, or around a word that names the certificate
    // without 师: a full scan looks for the agency's words there only.
    near: { after: NEAR_MENTION_CHARS, also: STEM_RE },
    // Before the first block, in idle slices of their own: the checker is loaded (a fetch of the
    // extension's second file; the engine's next slices ask again until it has arrived), then its
    // expressions are compiled (the first checks would otherwise stretch the engine's slices by
    // tens of ms). Only on a page that has a block. Claim checking switched off: nothing to load or
    // compile (switched on later, page-engine.ts loads the checker before the engine rescans).
    // A checker that could not be loaded is done with: the mentions must not wait for it.
    prepare: (deadline) => {
      if (!analyzer.enabled) return true;
      const checker = onDemandLoaded();
      if (!checker) {
        void loadClaimChecker();
        return onDemandFailed();
      }
      return checker.prepareChecker(deadline);
    },
    analyze(block, _earlier, part) {
      if (!analyzer.enabled) return [];
      // Not loaded: only if a caller skipped prepare (PageEngine.runNow says so too). The mentions
      // of the block still count; the claims are missing, and the console says why.
      const checker = onDemandLoaded();
      if (!checker) {
        if (!onDemandFailed()) console.error('[CertLens] claim checker not loaded: call loadClaimChecker() first');
        return [];
      }
      if (!part) return checker.blockClaims({ text: block.text, before: () => textBefore(block), links: linksOf(block) });
      // A long block, part by part: its links are read from the DOM once.
      let links = partLinks.get(block);
      if (!links) partLinks.set(block, (links = linksOf(block)));
      return checker.blockPartClaims({ text: block.text, before: () => textBefore(block), links }, part);
    },
    highlightName: (span, range) => {
      const verdict = span.verdict as ClaimVerdict;
      return claimHighlightName(verdict, onPoorBackdrop(verdict, range.startContainer));
    },
    styles: CLAIM_STYLES,
  };
  return analyzer;
}
