// The page engine: finds what the analyzers look for in a document (and its open shadow roots),
// keeps a range index of it, and highlights it, without touching the page's DOM.
//
// How it stays fast (numbers in docs/engine.md):
// - One TreeWalker pass over the page; each text node gets one cheap `triggers` test. Only nodes
//   that pass (a few per thousand) get their block collected (computed display, see flow.ts) and
//   analyzed. Blocks are never built for the rest of the page.
// - Work runs in idle-time slices of a few milliseconds, so the page's main thread is never held
//   for long; highlight changes are applied once per animation frame (highlights.ts).
// - A MutationObserver turns page changes into small jobs: walk what was added, rebuild the blocks
//   that lost or gained text, re-test the text on either side of the change. Nothing is rescanned
//   that did not change, and nothing stale is left behind.
import type { Analyzer, BlockSpan } from './analyzer';
import { collectBlock, textRightAfter } from './collect-block';
import { CERTLENS_UI_TAG, EDITABLE_SELECTOR, EXCLUDED_TAGS, isEditable, isExcluded } from './exclusions';
import { createFlowOf } from './flow';
import { HiddenTextWatch } from './hidden-text-watch';
import { HighlightLayer } from './highlights';
import { LateShadowHosts } from './late-shadow-hosts';
import { BLOCK_PART_CHARS, cutBefore, partEnd } from './long-block-parts';
import { Queue } from './queue';
import { RangeIndex, type IndexedRange } from './range-index';
import { anyWithin, lowerBound, sortedHas } from './sorted-offsets';
import { makeBlock, nodesOf, rangeOf, type BlockPart, type TextBlock, type TextPosition } from './text-block';
import { isDocument, isShadowRoot, rootOf } from './tree-order';
import { textInViewport } from './visible-first';

export type Entry<S extends BlockSpan> = S & IndexedRange;

interface Placed {
  analyzer: Analyzer<any>;
  entry: Entry<BlockSpan>;
  nodes: Text[];
  name: string | undefined;
}

/** What was found in one block; every node of the block maps to it while it is valid. */
interface BlockRecord {
  block: TextBlock;
  placed: Placed[];
  /** Text nodes of hidden elements inside the block (see collectBlock): kept so that a change next to one finds the block. */
  hidden: Text[];
  /** The mutation batch it was built after (see PageEngine.#generation). */
  generation: number;
}

/**
 * - text: a full scan of a document or shadow root, subtree by subtree: a subtree whose text
 *   (textContent, one native call) holds no trigger is skipped without visiting its nodes; the
 *   text nodes of the others are tested in batches;
 * - changed: a subtree the page added: every node, records checked (it may have been moved),
 *   shadow hosts looked for;
 * - discovery: looking for open shadow roots in a full tree, element by element. Lowest priority:
 *   it runs after the text is done (a bare element walk costs as much as the text walk itself).
 */
interface Walk {
  kind: 'text' | 'changed' | 'discovery';
  /** For changed and discovery walks. */
  walker?: TreeWalker;
  /**
   * For text scans: what is still to visit, the next one last: subtrees (a node, or a node with
   * its text's length when that is known), the rest of a long list of siblings, walkers over small
   * subtrees, and (numbers) lengths of text passed over without a visit.
   */
  stack?: StackItem[];
  /**
   * For text scans: the root's whole text (textContent) when the scan began, where the next item's
   * text starts in it, and the sorted offsets in it where a trigger may start (#hitsOf). A subtree
   * is visited only if one of them lies in its stretch of the root's text.
   */
  snapshot?: string;
  snapshotGeneration?: number;
  cursor?: number;
  hits?: readonly number[];
  /** For text scans: the search for `hits` while it goes on, in steps (see #hitSearch). */
  search?: Generator<void, readonly number[] | undefined>;
  /** For text scans: the document or shadow root, and how often the scan began again (see #restart). */
  root?: Node;
  restarts?: number;
  /**
   * Changed subtrees may hold nodes indexed where they stood before the change (a moved subtree):
   * records older than `generation` are rebuilt, newer ones are already right.
   */
  generation: number;
}

/**
 * A long block analyzed part by part (see BLOCK_PART_CHARS): from `first` to its end, then from its
 * start to `first` (`wrapped`). `from`: where the next part begins; `done`: parts analyzed.
 */
interface LongBlock {
  record: BlockRecord;
  first: number;
  from: number;
  wrapped: boolean;
  done: number;
}

/** A subtree whose text's length is already known (told apart from the rest of its siblings). */
interface Sized {
  node: Node;
  length: number;
}
/** The siblings from `next` on, taken one at a time (a long list is not pushed all at once). */
interface Siblings {
  parent: Node;
  next: ChildNode | null;
  /**
   * For a list passed while the root's text tells (#passSiblings): the index of `next` among the
   * parent's children, their number, where the list's text ends in the root's text, and its
   * children's average text length.
   */
  list?: { index: number; children: number; end: number; average: number };
}
/**
 * The text nodes of a subtree whose place in the root's text is known (`offset`: where the next
 * node's text starts; `end`: where the subtree's text ends). While the page is as it was when the
 * root's text was read, only the nodes holding one of the places a trigger may start are tested,
 * and the walk ends after the last such place.
 */
interface Located {
  walker: TreeWalker;
  offset: number;
  end: number;
}
type StackItem = Node | Sized | Siblings | TreeWalker | Located | number;

/** A batch test over node texts joined by '\0' (see Analyzer.triggerBatch). */
type BatchScan = (joined: string, flag: (offset: number, end: number) => number) => void;

export interface EngineStats {
  /** Work slices run, and the longest one (ms): the most the engine held the main thread. */
  slices: number;
  longestSliceMs: number;
  /** Total time spent working (ms). */
  workMs: number;
  /** Total time spent in the MutationObserver callback, turning changes into jobs (ms). */
  observeMs: number;
  /** Of workMs: time spent looking for open shadow roots (an element walk, after the text). */
  discoveryMs: number;
  /** Of workMs: time spent collecting, analyzing and indexing blocks (the rest is walking and testing text). */
  blockMs: number;
  /** Blocks collected and analyzed. */
  blocks: number;
}

export interface PageEngineOptions {
  /** Longest work slice in ms when the browser reports idle time (default 12). */
  sliceMs?: number;
  /** Look for open shadow roots in the whole tree after the text (default true; off for benchmarks). */
  discoverShadowRoots?: boolean;
  /**
   * The ::highlight() rules, if they were adopted before the page rendered (PAGE_HIGHLIGHT_CSS by
   * the document_start script): the same text finds the same sheet. Default: the analyzers' styles.
   */
  css?: string;
  /**
   * When the page is scrolled away from its top, test the text on the screen before the full
   * scan (default true; see visible-first.ts). Off for the full-scan benchmark's A/B.
   */
  visibleFirst?: boolean;
}

const SHOW: Record<Walk['kind'], number> = {
  text: NodeFilter.SHOW_TEXT,
  changed: NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  discovery: NodeFilter.SHOW_ELEMENT,
};
/** After the page's load event: when to look for shadow roots attached since the first walk. */
const REDISCOVERY_DELAY_MS = 2000;
/** How much text before a changed node is read with it (longer than any term), and from how many nodes. */
const CONTEXT_CHARS = 48;
const CONTEXT_NODES = 8;
/** A subtree with no more text than this that holds a trigger has all its text nodes tested. */
const SMALL_SUBTREE_TEXT = 1024;
/** A larger subtree with a trigger is split into its children if it has no more than this many. */
const FEW_CHILDREN = 16;
/**
 * A long list where a trigger may start in more than one child in this many is walked text node
 * by text node (a search results page) instead of child by child (a page with a few mentions).
 */
const DENSE_LIST = 4;
/** A root with no more text than this has all its text nodes tested (no search of its whole text). */
const WHOLE_WALK_TEXT = 16384;
/**
 * The search of a long root's text for the places a trigger may start (#hitSearch) goes in steps of
 * about this long (ms), in pieces of at most SEARCH_PIECE characters, each read on PIECE_OVERLAP
 * characters further (longer than any trigger).
 */
const SEARCH_STEP_MS = 8;
const SEARCH_PIECE = 32_768;
const PIECE_OVERLAP = 64;
/** How often a text scan begins again because the page removed what it stood on. */
const MAX_RESTARTS = 3;
/** Blocks built between two looks at the clock. */
const BLOCKS_PER_CLOCK = 8;
/**
 * How long the first slice may build the blocks of the text on the screen (see #work), well under
 * the 50 ms the engine may hold the main thread.
 */
const VISIBLE_SLICE_MS = 30;

/** Whether the analyzer has a batchTrigger, without reading it (it may be a getter that builds it). */
function hasBatchTrigger(a: Analyzer<any>): boolean {
  return 'batchTrigger' in a;
}
/**
 * An analyzer's setup runs in a slice of its own: only when the slice has done no more than this
 * (ms) yet; otherwise the slice ends and the next one begins with it.
 */
const PREPARE_ALONE_MS = 1;
/**
 * The fewest and the most siblings of a long list measured at once (see #passSiblings). The most
 * keeps one native read short (a few hundred cards take well under a millisecond), so that the
 * scan still looks at the clock often on a list of 100,000 items.
 */
const MEASURED_RUN = 4;
const MAX_MEASURED_RUN = 256;
/** Nodes a walk visits between two looks at the clock (and text nodes tested in one batch). */
const WALK_CHUNK = 512;

export class PageEngine {
  readonly #doc: Document;
  readonly #analyzers: readonly Analyzer<any>[];
  /** Analyzers whose prepare() has not run yet: run before the first block (#prepareBeforeBlocks). */
  #unprepared: Analyzer<any>[];
  readonly #indexes = new Map<Analyzer<any>, RangeIndex<Entry<BlockSpan>>>();
  /** Per-node tests of the analyzers that have no batch test (and for single changed nodes). */
  readonly #triggers: (data: string) => boolean;
  readonly #nodeTriggers: ((data: string) => boolean)[];
  /** Analyzers with a trigger that say where one may start in a subtree's text (split or not). */
  readonly #splitStarts: ((text: string, open: boolean) => readonly number[])[];
  /** The batch tests of the analyzers that do not (run over a subtree's text instead), and where (Analyzer.near). */
  readonly #wholeScans: { scan: BatchScan; near?: { after: number; also?: RegExp } }[];
  readonly #batchTriggers: { scan: BatchScan; mayContinue?: (tail: string, next: string) => boolean }[];
  readonly #highlights: HighlightLayer | null;
  // Only an element with the attribute can be an editable root: one attribute read, and a selector
  // match only then.
  readonly #flowOf = createFlowOf((el) => el.hasAttribute('contenteditable') && el.matches(EDITABLE_SELECTOR));
  readonly #sliceMs: number;
  readonly #discoverShadowRoots: boolean;
  readonly #visibleFirst: boolean;
  readonly #listeners = new Set<() => void>();

  #running = false;
  #observer: MutationObserver | null = null;
  #observed = new WeakSet<Node>();
  #records = new Map<Text, BlockRecord>();
  #walks: Walk[] = [];
  #discovery: Walk[] = [];
  /** Text nodes to look at (tested already, or to be tested: see #recheck), and those to rebuild. */
  #candidates = new Queue<Text>();
  #forced = new Queue<Text>();
  /** Long blocks being analyzed part by part (#analyzeNextPart): the first is worked on, from `from` on. */
  #parts: LongBlock[] = [];
  #sweep = false;
  #seen = new Set<Text>();
  /** Hidden elements whose showing would change a block (hidden-text-watch.ts). */
  readonly #hiddenText = new HiddenTextWatch((texts) => {
    if (!this.#running) return;
    for (const text of texts) this.#recheck(text, true);
    this.#schedule();
  });
  /** Custom elements without a shadow root yet (late-shadow-hosts.ts). */
  readonly #lateHosts = new LateShadowHosts(
    () => this.#doc.defaultView,
    (host) => this.#running && this.#lookAtHost(host),
  );
  /** Reused by every text batch (see #advanceText). */
  readonly #batchNodes: (Text | null)[] = new Array(WALK_CHUNK).fill(null);
  readonly #batchTexts: string[] = new Array(WALK_CHUNK).fill('');
  readonly #batchStarts = new Int32Array(WALK_CHUNK + 1);
  /**
   * Where each batch node's text starts in the root's text, for nodes of a walk that knows it (a
   * Located walk: see #testBatch); -1 for the others.
   */
  readonly #batchAt = new Int32Array(WALK_CHUNK).fill(-1);
  /** Exclusion answers per element, and the document's designMode, for one slice (like the flow cache). */
  #excluded = new Map<Element, boolean>();
  #designMode = false;
  #scheduled = false;
  /** Whether the next slice begins with the text on the screen (see visible-first.ts). */
  #lookAtViewport = false;
  /** The screen's text was tested: its blocks are built next, at once (see #work). */
  #screenToBuild = false;
  /** Where the middle of the screen was in the page's text then: a long block there is analyzed from it (#process). */
  #screenMiddle: TextPosition | null = null;
  #idleWaiters: (() => void)[] = [];
  /** Counts mutation batches, to tell records built before a change from those built after it. */
  #generation = 0;

  readonly stats: EngineStats = { slices: 0, longestSliceMs: 0, workMs: 0, observeMs: 0, discoveryMs: 0, blockMs: 0, blocks: 0 };

  constructor(doc: Document, analyzers: readonly Analyzer<any>[], options: PageEngineOptions = {}) {
    this.#doc = doc;
    this.#analyzers = analyzers;
    this.#unprepared = analyzers.filter((a) => a.prepare);
    this.#sliceMs = options.sliceMs ?? 12;
    this.#discoverShadowRoots = options.discoverShadowRoots ?? true;
    this.#visibleFirst = options.visibleFirst ?? true;
    for (const a of analyzers) this.#indexes.set(a, new RangeIndex());
    const tests = analyzers.flatMap((a) => (a.triggers ? [a.triggers.bind(a)] : []));
    this.#triggers = tests.length === 1 ? tests[0]! : (data) => tests.some((t) => t(data));
    const scanOf = (a: Analyzer<any>): BatchScan[] => {
      if (a.triggerBatch) return [a.triggerBatch.bind(a)];
      if (!hasBatchTrigger(a)) return [];
      // Read on first use: the analyzer may build it then (see Analyzer.batchTrigger).
      let re: RegExp | undefined;
      return [
        (joined, flag) => {
          if (!re) {
            const { source, flags } = a.batchTrigger!;
            re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
          }
          re.lastIndex = 0;
          for (let m = re.exec(joined); m; m = re.exec(joined)) re.lastIndex = flag(m.index, m.index + m[0].length);
        },
      ];
    };
    this.#batchTriggers = analyzers.flatMap((a) => scanOf(a).map((scan) => ({ scan, mayContinue: a.triggerBatch && a.mayContinue?.bind(a) })));
    this.#wholeScans = analyzers.flatMap((a) =>
      a.subtreeStarts ? [] : scanOf(a).map((scan) => ({ scan, near: a.near && { after: a.near.after, also: a.near.also && new RegExp(a.near.also.source, 'g') } })),
    );
    this.#nodeTriggers = analyzers.flatMap((a) => (a.triggers && !a.triggerBatch && !hasBatchTrigger(a) ? [a.triggers.bind(a)] : []));
    this.#splitStarts = analyzers.flatMap((a) => (a.subtreeStarts && (a.triggers || a.triggerBatch || hasBatchTrigger(a)) ? [a.subtreeStarts.bind(a)] : []));
    // Browsers without the Highlight API (older Firefox) still get the index and the badge.
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    this.#highlights =
      view && typeof view.Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS
        ? new HighlightLayer(doc, options.css ?? analyzers.map((a) => a.styles).join('\n'))
        : null;
  }

  /** The index of one analyzer's findings. */
  index<S extends BlockSpan>(analyzer: Analyzer<S>): RangeIndex<Entry<S>> {
    const index = this.#indexes.get(analyzer);
    if (!index) throw new Error(`analyzer ${analyzer.id} is not part of this engine`);
    return index as unknown as RangeIndex<Entry<S>>;
  }

  get running(): boolean {
    return this.#running;
  }

  /** Calls back after every batch of work that changed any index. Returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts watching the document: a full scan in idle time, then incremental updates. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#observer = new MutationObserver((records) => this.#onMutations(records));
    this.#addRoot(this.#doc);
    this.#lookAtViewport = this.#visibleFirst;
    // Components defined late attach shadow roots to elements already in the page, which no
    // mutation reports: look once more when the page has loaded and settled.
    if (this.#discoverShadowRoots) {
      const view = this.#doc.defaultView;
      const again = () => view?.setTimeout(() => this.#running && this.#walk(this.#doc, 'discovery'), REDISCOVERY_DELAY_MS);
      if (this.#doc.readyState === 'complete') again();
      else view?.addEventListener('load', again, { once: true });
    }
  }

  /** Stops watching and removes every highlight and index entry (pause, site switched off). */
  stop(): void {
    if (!this.#running) return;
    this.#running = false;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#observed = new WeakSet();
    this.#records.clear();
    this.#walks = [];
    this.#discovery = [];
    this.#candidates = new Queue();
    this.#forced = new Queue();
    this.#parts = [];
    this.#hiddenText.clear();
    this.#lateHosts.clear();
    this.#highlights?.clear();
    for (const index of this.#indexes.values()) index.clear();
    this.#commit();
    this.#resolveIdle();
  }

  /** Resolves once all queued work is done (the next full scan, or the updates of a change). */
  idle(): Promise<void> {
    if (!this.#hasWork()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /**
   * Does all queued work now, without yielding, and applies the highlights (benchmarks, tests).
   * An analyzer whose setup waits for something (the claim checker's module) must be ready first.
   */
  runNow(): void {
    // A slice also ends early to run the analyzers' setup in a task of its own (#prepareBeforeBlocks).
    do this.#work(Infinity);
    while (this.#running && this.#hasWork());
    this.#highlights?.flush();
  }

  // ---- roots and mutations ----

  #addRoot(root: Document | ShadowRoot): void {
    if (this.#observed.has(root)) return;
    this.#observed.add(root);
    this.#observer!.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['contenteditable'],
    });
    this.#walk(root, 'text');
    if (this.#discoverShadowRoots) this.#walk(root, 'discovery');
  }

  #walk(node: Node, kind: Walk['kind']): void {
    const walk: Walk =
      kind === 'text'
        ? {
            kind,
            stack: node.nodeType === Node.DOCUMENT_NODE ? [(node as Document).documentElement].filter(Boolean) : [node],
            generation: this.#generation,
            cursor: 0,
            root: node,
            restarts: 0,
          }
        : { kind, walker: this.#doc.createTreeWalker(node, SHOW[kind]), generation: this.#generation };
    (kind === 'discovery' ? this.#discovery : this.#walks).push(walk);
    this.#schedule();
  }

  #onMutations(mutations: MutationRecord[]): void {
    if (!this.#running) return;
    const started = performance.now();
    this.#generation++;
    for (const m of mutations) {
      const target = m.target;
      const element = target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement;
      if (m.type === 'attributes') {
        // A region became editable (drop what we found there) or stopped being so (scan it).
        this.#dropInside(target);
        this.#walk(target, 'changed');
        // An inline element that became editable now breaks the text around it (or joins it again).
        if (target.parentNode) {
          this.#recheck(this.#textAround(target.parentNode, target, null)[0], false);
          this.#recheck(this.#textAround(target, null, null)[1], false);
        }
        continue;
      }
      if (element && isEditable(element)) {
        // Typing in an editable region: not ours to look at, and cheap to ignore. Only text we
        // highlighted elsewhere that the page moved in here must go.
        if (m.type === 'childList' && this.#records.size > 0) for (const added of m.addedNodes) this.#forgetMovedIn(added);
        continue;
      }
      if (m.type === 'characterData') {
        this.#recheck(target as Text, true);
        const [before, after] = this.#textAround(target.parentNode ?? target, target.nextSibling, target);
        this.#recheck(before, false);
        this.#recheck(after, false);
        continue;
      }
      for (const removed of m.removedNodes) {
        if (removed.nodeType === Node.TEXT_NODE) this.#recheck(removed as Text, false);
        else this.#sweep = true;
      }
      for (const added of m.addedNodes) {
        if (added.nodeType === Node.TEXT_NODE) this.#recheck(added as Text, false);
        else if (added.nodeType === Node.ELEMENT_NODE || added.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
          if (added.nodeType === Node.ELEMENT_NODE) this.#lookAtHost(added as Element);
          this.#walk(added, 'changed');
        }
      }
      // The text on either side of the change may now join (or no longer join) across it.
      const [before, after] = this.#textAround(target, m.nextSibling, null);
      // Nodes taken out may join a name across the point whose rest lies further on (a space
      // removed from 全媒…体 运营…师, split by hidden text): read on after the node too.
      const tookOut = m.removedNodes.length > 0;
      this.#recheck(before, false, tookOut);
      this.#recheck(after, false, tookOut);
      // Nodes were added: the text before the first of them, too. A boundary inserted after a
      // text (an <option>, a block) ends its block, and so may end a near-miss read through it
      // ("全媒体运营师" + "资料" is 师资, no name; with a boundary between, it is one).
      const first = m.addedNodes[0];
      if (first && first.parentNode === target) this.#recheck(this.#textAround(target, first, null)[0], false);
    }
    this.stats.observeMs += performance.now() - started;
    this.#schedule();
  }

  /**
   * Queues a text node: its block is rebuilt if it was indexed (or `force`), else if it triggers
   * (read with the text before it, and with `ahead` the text after it too).
   */
  #recheck(text: Text | null, force: boolean, ahead = false): void {
    if (!text) return;
    const record = this.#records.get(text);
    if (record) this.#drop(record);
    if (force || record) this.#forced.push(text);
    else if (this.#triggersInContext(text, ahead)) this.#candidates.push(text);
  }

  /**
   * Whether a changed text node may complete or start a term, read together with the text just
   * before it: a streamed answer appends 持有 / 全媒 / 体运 / 营师 one node at a time, and only
   * the last piece, read with the two before it, completes the name (block boundaries are not
   * checked here: a false alarm only costs one block). Hidden text may stand between the pieces
   * (全媒<span hidden>…</span><b>師</b>): the trigger reads it as if seen, so the possible starts of
   * split terms, which allow for it, are asked too. With `ahead` (the page took nodes out right
   * there), the text after the node is read too: a term may begin before the node's end and be
   * completed a few nodes further on.
   */
  #triggersInContext(text: Text, ahead = false): boolean {
    if (this.#triggers(text.data)) return true;
    const root = text.getRootNode();
    if (!(isDocument(root) || isShadowRoot(root))) return false;
    const walker = this.#doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const context = textBeside(walker, text, false).slice(-CONTEXT_CHARS);
    const joined = context + text.data;
    if (context !== '') {
      if (this.#triggers(joined)) return true;
      // A start in the text before this node whose term this node may complete.
      for (const starts of this.#splitStarts) if ((starts(joined, false)[0] ?? Infinity) < context.length) return true;
    }
    if (!ahead) return false;
    // A term that begins before this node's end and is completed after it.
    const after = textBeside(walker, text, true);
    if (after === '') return false;
    const whole = joined + after.slice(0, CONTEXT_CHARS);
    for (const starts of this.#splitStarts) if ((starts(whole, false)[0] ?? Infinity) < joined.length) return true;
    return false;
  }

  /**
   * The text nodes just before and just after a point in the tree: in `parent`, before `ref`
   * (null: at the end). `self`, when given, is the changed node itself and is skipped.
   */
  #textAround(parent: Node, ref: Node | null, self: Node | null): [Text | null, Text | null] {
    const root = parent.getRootNode();
    if (!(isDocument(root) || isShadowRoot(root))) return [null, null];
    const w = this.#doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let before: Node | null;
    let after: Node | null;
    if (self) {
      w.currentNode = self;
      before = w.previousNode();
      w.currentNode = self;
      after = w.nextNode();
    } else if (ref) {
      w.currentNode = ref;
      before = w.previousNode();
      w.currentNode = ref;
      after = ref.nodeType === Node.TEXT_NODE ? ref : w.nextNode();
    } else {
      w.currentNode = parent;
      const last = w.lastChild();
      before = last ?? (w.previousNode() as Node | null);
      // The first text after everything in `parent`.
      w.currentNode = last ?? parent;
      after = w.nextNode();
      while (after && parent.contains(after)) after = w.nextNode();
    }
    // Empty text nodes take no part in any block: the text on each side is the nearest that has
    // some (a record's nodes never include an empty one).
    while (before && (before as Text).data === '') {
      w.currentNode = before;
      before = w.previousNode();
    }
    while (after && (after as Text).data === '') {
      w.currentNode = after;
      after = w.nextNode();
    }
    return [before as Text | null, after as Text | null];
  }

  #forgetMovedIn(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      const record = this.#records.get(node as Text);
      if (record) this.#drop(record);
      return;
    }
    const w = this.#doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = w.nextNode(); t; t = w.nextNode()) {
      const record = this.#records.get(t as Text);
      if (record) this.#drop(record);
    }
  }

  /**
   * Whether a node is the engine's to read: on the page, in this engine's document (a node the page
   * moved into another frame's document is that frame's engine's), and not in a closed shadow root
   * (which the page keeps to itself, also when it moves text it already showed into one), nor in an
   * open one inside a closed one (a component the page moved into a closed root: the fuzz found
   * one, seed 1660576785, path 867).
   */
  #inSight(node: Node): boolean {
    if (!node.isConnected || node.ownerDocument !== this.#doc) return false;
    for (let root = node.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) if (root.mode !== 'open') return false;
    return true;
  }

  #dropInside(node: Node): void {
    for (const record of new Set(this.#records.values())) {
      if (record.block.nodes.some((n) => node.contains(n))) this.#drop(record);
    }
  }

  // ---- the work loop ----

  #hasWork(): boolean {
    return this.#walks.length > 0 || this.#discovery.length > 0 || this.#hasBlocksToBuild() || this.#sweep;
  }

  #schedule(): void {
    if (this.#scheduled || !this.#running || !this.#hasWork()) return;
    this.#scheduled = true;
    const view = this.#doc.defaultView;
    const run = (idle?: IdleDeadline) => {
      this.#scheduled = false;
      if (!this.#running) return;
      // When the browser is busy the timeout fires with no idle time left: still make progress.
      const budget = Math.max(4, Math.min(idle?.timeRemaining() ?? this.#sliceMs, this.#sliceMs));
      this.#work(budget);
      if (this.#hasWork()) this.#schedule();
    };
    if (view?.requestIdleCallback) view.requestIdleCallback(run, { timeout: 100 });
    else setTimeout(run, 1);
  }

  #work(budgetMs: number): void {
    const started = performance.now();
    const deadline = started + budgetMs;
    // Changes the observer has not reported yet (a page script changed the DOM in this task) are
    // taken now, so that what the scan knows of the page is current (see #mayHold).
    const pending = this.#observer?.takeRecords();
    if (pending && pending.length > 0) this.#onMutations(pending);
    this.#flowOf.forget(); // the page may have restyled since the last slice
    this.#excluded = new Map();
    this.#designMode = this.#doc.designMode === 'on';
    this.#seen = new Set();
    if (this.#lookAtViewport) {
      // In the first slice (idle time: the hit test may have to wait for a layout), the blocks of
      // what the reader sees are built first (candidates come before walks); the full scan then
      // passes them as blocks it already has.
      this.#lookAtViewport = false;
      const screen = textInViewport(this.#doc);
      this.#testNodes(screen.nodes);
      this.#screenMiddle = screen.middle;
      this.#screenToBuild = true;
    }
    /** Nothing built or walked yet in this slice. */
    let fresh = true;
    for (; this.#running; fresh = false) {
      if (this.#sweep) this.#sweepDisconnected();
      if (this.#hasBlocksToBuild() && this.#prepareBeforeBlocks(started, deadline)) break;
      if (this.#screenToBuild) {
        // Built in one slice even past its budget (the hit test may have waited for a layout): a
        // frame painted between two slices would show part of the screen highlighted. A screen
        // holds a few dozen blocks; VISIBLE_SLICE_MS bounds a screen full of names.
        this.#screenToBuild = false;
        const t = performance.now();
        const limit = started + VISIBLE_SLICE_MS;
        // (A long block's parts are left to the slices that follow: see #buildBlocks.)
        while (this.#hasBlocksToBuild() && performance.now() < limit && this.#buildBlocks(false));
        this.stats.blockMs += performance.now() - t;
        fresh = false;
        if (performance.now() > deadline) break;
      }
      if (this.#hasBlocksToBuild()) {
        const t = performance.now();
        const more = this.#buildBlocks(fresh);
        this.stats.blockMs += performance.now() - t;
        if (!more) break;
      }
      else if (this.#walks.length > 0) this.#advanceWalk(this.#walks);
      else if (this.#discovery.length > 0) {
        const t = performance.now();
        this.#advanceWalk(this.#discovery);
        this.stats.discoveryMs += performance.now() - t;
      }
      else break;
      if (performance.now() > deadline) break;
    }
    const took = performance.now() - started;
    this.stats.slices++;
    this.stats.workMs += took;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, took);
    // Mutations between slices must force-rebuild every node they touch.
    this.#seen = new Set();
    this.#commit();
    if (!this.#hasWork()) {
      // The screen's blocks are built by now: let go of its node.
      this.#screenMiddle = null;
      this.#resolveIdle();
    }
  }

  /**
   * Runs the analyzers' one-time setup (Analyzer.prepare) before the first block is built, in
   * slices of its own: at the start of a slice it runs now, until the slice's deadline; later in
   * one, the slice ends and the next one runs it. True: the slice ends here.
   */
  #prepareBeforeBlocks(started: number, deadline: number): boolean {
    if (this.#unprepared.length === 0) return false;
    if (performance.now() - started > PREPARE_ALONE_MS) return true;
    this.#unprepared = this.#unprepared.filter((a) => {
      try {
        const done = a.prepare!(deadline);
        // Without a deadline (runNow) a setup in steps finishes at once; one that is still not done
        // waits for something that cannot come while runNow holds the thread (a module loading).
        if (!done && deadline === Infinity) throw new Error(`${a.id}: setup still waiting; make the analyzer ready before runNow()`);
        return !done;
      } catch (error) {
        // Setup is an optimisation (compiling ahead): the analyzer still works without it.
        console.error('[CertLens] analyzer setup failed', a.id, error);
        return false;
      }
    });
    return true;
  }

  #hasBlocksToBuild(): boolean {
    return this.#forced.size > 0 || this.#candidates.size > 0 || this.#parts.length > 0;
  }

  /**
   * A few blocks between two looks at the clock (each costs some µs; so does the clock), or one part
   * of a long block. A part costs as much as hundreds of small blocks (10-30 ms), so it is a slice's
   * only work: it is analyzed only when `fresh` (nothing done yet in this slice). False: a part is
   * next and must wait for the next slice.
   */
  #buildBlocks(fresh: boolean): boolean {
    for (let k = 0; k < BLOCKS_PER_CLOCK; k++) {
      if (this.#forced.size > 0) this.#process(this.#forced.shift(), true);
      else if (this.#candidates.size > 0) this.#process(this.#candidates.shift(), false);
      else if (this.#parts.length === 0) return true;
      else if (!fresh || k > 0) return false;
      else {
        this.#analyzeNextPart();
        return true;
      }
    }
    return true;
  }

  #advanceWalk(queue: Walk[]): void {
    const done = queue[0]!.kind === 'text' ? this.#advanceText(queue[0]!) : this.#advanceNodes(queue);
    // (#advanceNodes may have finished and dropped walks before the one it stopped in.)
    const walk = queue[0]!;
    if (done) {
      queue.shift();
      return;
    }
    // The node the walker stands on was removed between slices: it would end the walk early.
    // Walk again from the start: nodes already indexed are skipped cheaply.
    const { walker } = walk;
    if (walker && !walker.currentNode.isConnected && walker.root.isConnected) {
      queue.shift();
      this.#walk(walker.root, walk.kind);
    }
  }

  /**
   * Part of a text scan. The root's text is read once (one native textContent) and searched once
   * for every place a trigger may start (#hitsOf). A subtree is then visited only if one of those
   * places lies in its stretch of that text, which its length tells: most of a page is skipped
   * without visiting a node. Small subtrees that may hold a trigger have their text nodes tested in
   * batches (joined and searched at once, in arrays reused from batch to batch); large ones are
   * split into their children. The scan keeps its place in the root's text (`walk.cursor`): every
   * item passed adds its text's length. If the page changed since the root's text was read, each
   * subtree is judged by its own text instead.
   */
  #advanceText(walk: Walk): boolean {
    // A TreeWalker whose current node was removed ends early, and so does the rest of a list
    // whose next node was: begin again (a few times at most, for pages that never stop changing).
    if (walk.snapshotGeneration !== this.#generation && walk.restarts! < MAX_RESTARTS && this.#lostPlace(walk.stack!)) this.#restart(walk);
    if (walk.search) {
      // The root's text is searched in steps; nothing of it is visited before the search is done.
      const until = performance.now() + SEARCH_STEP_MS;
      for (;;) {
        const step = walk.search.next();
        if (step.done) {
          walk.hits = step.value;
          walk.search = undefined;
          break;
        }
        if (performance.now() > until) return false;
      }
    }
    const stack = walk.stack!;
    const nodes = this.#batchNodes;
    const texts = this.#batchTexts;
    let count = 0;
    let budget = WALK_CHUNK;
    while (stack.length > 0 && budget > 0 && count < WALK_CHUNK) {
      const item = stack.pop()!;
      if (typeof item === 'number') {
        walk.cursor! += item;
        continue;
      }
      if ('walker' in item) {
        if (!this.#current(walk)) {
          // The page changed since the root's text was read: the offsets no longer tell.
          stack.push(item.walker);
          continue;
        }
        const hits = walk.hits!;
        let k = lowerBound(hits, item.offset);
        let exhausted = false;
        while (count < WALK_CHUNK && budget > 0 && k < hits.length && hits[k]! < item.end) {
          const t = item.walker.nextNode() as Text | null;
          if (!t) {
            exhausted = true;
            break;
          }
          budget--;
          const at = item.offset;
          item.offset += t.data.length;
          // CDATA sections are part of textContent (XML documents) but never scanned.
          if (hits[k]! >= item.offset || t.nodeType !== Node.TEXT_NODE) continue;
          this.#batchAt[count] = at;
          nodes[count] = t;
          texts[count++] = t.data;
          k = lowerBound(hits, item.offset);
        }
        if (!exhausted && k < hits.length && hits[k]! < item.end) stack.push(item);
        continue;
      }
      if ('nextNode' in item) {
        // A walker over the text nodes of a small subtree that may hold a trigger.
        for (; count < WALK_CHUNK; count++, budget--) {
          const t = item.nextNode() as Text | null;
          if (!t) break;
          nodes[count] = t;
          texts[count] = t.data;
        }
        if (count === WALK_CHUNK) stack.push(item);
        continue;
      }
      let node: Node;
      let length = -1;
      if ('nodeType' in item) node = item;
      else if ('length' in item) {
        node = item.node;
        length = item.length;
      } else if (item.list && this.#current(walk)) {
        // A long list while the root's text tells: passed in one tight loop (see #passSiblings).
        budget = this.#passSiblings(walk, item, budget);
        continue;
      } else {
        // The next of a long list of siblings.
        node = item.next!;
        item.next = node.nextSibling;
        if (item.next) stack.push(item);
      }
      budget--;
      const type = node.nodeType;
      if (isTextData(node)) {
        const data = (node as Text).data;
        const at = walk.cursor!;
        walk.cursor! += data.length;
        // CDATA sections (XML) count in the root's text but are never scanned.
        if (type === Node.TEXT_NODE && (!this.#current(walk) || anyWithin(walk.hits!, at, at + data.length))) {
          nodes[count] = node as Text;
          texts[count++] = data;
        }
        continue;
      }
      // Comments and the like have no part in textContent.
      if (type !== Node.ELEMENT_NODE && type !== Node.DOCUMENT_FRAGMENT_NODE) continue;
      let text: string | undefined;
      if (length < 0) {
        text = node.textContent ?? '';
        length = text.length;
        budget -= length >> 8;
      }
      const at = walk.cursor!;
      walk.cursor! += length;
      if (walk.snapshot === undefined) {
        // The first item is the root itself.
        walk.snapshot = text ?? node.textContent ?? '';
        walk.snapshotGeneration = this.#generation;
        if (walk.snapshot.length <= WHOLE_WALK_TEXT) {
          // A small root: testing all its text nodes costs less than finding where to look.
          stack.push(this.#doc.createTreeWalker(node, NodeFilter.SHOW_TEXT));
          continue;
        }
        // Searched in the steps that follow (see the start of this method); the root waits for it.
        walk.search = this.#hitSearch(walk.snapshot, false);
        walk.cursor = at;
        stack.push({ node, length });
        break;
      }
      if (type === Node.ELEMENT_NODE && EXCLUDED_TAGS.has((node as Element).localName)) continue;
      if (this.#current(walk)) {
        if (!anyWithin(walk.hits!, at, at + length)) continue;
      } else if (!this.#mayHold((text ??= node.textContent ?? ''))) continue;
      let inner: Node = node;
      let before = 0;
      let after = 0;
      // A wrapper around one element (body > #app > main…) has that element's text: go straight in.
      for (let only = soleElementChild(inner); only && !EXCLUDED_TAGS.has(only.localName); only = soleElementChild(inner)) {
        for (let c = only.previousSibling; c; c = c.previousSibling) before += c.nodeType === Node.TEXT_NODE ? (c as Text).data.length : 0;
        for (let c = only.nextSibling; c; c = c.nextSibling) after += c.nodeType === Node.TEXT_NODE ? (c as Text).data.length : 0;
        inner = only;
      }
      if (length <= SMALL_SUBTREE_TEXT) {
        // Small: its text nodes, tested in batches (only those where a trigger may start, while
        // the root's text tells).
        stack.push(this.#current(walk) ? this.#located(inner, at + before, at + length - after) : this.#doc.createTreeWalker(inner, NodeFilter.SHOW_TEXT));
        continue;
      }
      // Large: its children, each on its own. The blank text around a wrapped element is passed over.
      walk.cursor = at + before;
      stack.push(after);
      const children = inner.childNodes.length;
      if (!this.#current(walk)) {
        stack.push({ parent: inner, next: inner.firstChild });
        continue;
      }
      if (children > FEW_CHILDREN) {
        // A long list: each child's text is read on its own (one native call per child) unless a
        // trigger may start in many of them; then its text nodes are tested in batches right away.
        const hits = lowerBound(walk.hits!, at + length) - lowerBound(walk.hits!, at);
        if (hits * DENSE_LIST > children) {
          // The walker keeps its own place: the scan's goes on after the list.
          stack.push(this.#located(inner, at + before, at + length - after));
          walk.cursor = at + length - after;
        } else {
          const end = at + length - after;
          stack.push({ parent: inner, next: inner.firstChild, list: { index: 0, children, end, average: (end - at - before) / children } });
        }
        continue;
      }
      // Few children (the wrappers around a page's content): the largest one's length is what the
      // others leave, so its text (most of the page) is not read again.
      let largest: Element | null = null;
      for (let c = (inner as ParentNode).firstElementChild; c; c = c.nextElementSibling)
        if (!EXCLUDED_TAGS.has(c.localName) && (!largest || c.childElementCount > largest.childElementCount)) largest = c;
      let rest = length - before - after;
      const sized: Sized[] = [];
      for (let child = inner.firstChild; child; child = child.nextSibling) {
        const n = child === largest ? 0 : isTextData(child) ? (child as Text).data.length : child.nodeType === Node.ELEMENT_NODE ? (child.textContent ?? '').length : 0;
        rest -= n;
        sized.push({ node: child, length: n });
      }
      for (let k = sized.length - 1; k >= 0; k--) {
        const entry = sized[k]!;
        if (entry.node === largest) entry.length = rest;
        stack.push(entry);
      }
    }
    this.#testBatch(this.#joinTexts(count), count, walk.hits);
    return stack.length === 0;
  }

  /**
   * Passes the siblings of a long list that hold no place where a trigger may start, keeping the
   * scan's place in the root's text. Runs of siblings that the average length says lie wholly
   * before the next such place are measured at once (one Range, which reads their text natively in
   * one call); the others are read one at a time. After the last such place in the list, the rest
   * is passed without a read (where the list ends is known). A small sibling that holds one gets a
   * walker over its own text nodes; at a text node or a large sibling the loop stops, and that node
   * is taken like any other. Returns the budget left.
   */
  #passSiblings(walk: Walk, item: Siblings, budget: number): number {
    const stack = walk.stack!;
    const hits = walk.hits!;
    const list = item.list!;
    const children = item.parent.childNodes;
    // A live Range, but only for this call: it is not kept (the browser updates live ranges on
    // every change to the page, and this one would keep page nodes alive).
    const measure = this.#doc.createRange();
    let cursor = walk.cursor!;
    let k = lowerBound(hits, cursor);
    let node = item.next;
    while (node && budget > 0) {
      budget--;
      if (k >= hits.length || hits[k]! >= list.end) {
        // No trigger may start in the rest of the list.
        cursor = list.end;
        node = null;
        break;
      }
      // Measure the siblings that should all lie before the next place (see runBefore); fewer
      // when they reach past it.
      for (let run = runBefore(hits[k]! - cursor, list.average); run >= MEASURED_RUN && budget > 0; ) {
        const last = children[list.index + run];
        if (!last) {
          run >>= 1;
          continue;
        }
        measure.setStart(node, 0);
        measure.setEnd(last, 0);
        const length = measure.toString().length;
        budget -= 1 + (length >> 8);
        if (cursor + length > hits[k]!) {
          run >>= 1;
          continue;
        }
        cursor += length;
        list.index += run;
        node = last;
        // Closer now: estimate again from here.
        run = runBefore(hits[k]! - cursor, list.average);
      }
      const type = node.nodeType;
      let length: number;
      if (isTextData(node)) length = (node as Text).data.length;
      else if (type === Node.ELEMENT_NODE) {
        length = (node.textContent ?? '').length;
        budget -= length >> 8;
      } else length = 0; // comments and the like have no part in textContent
      const at = cursor;
      cursor += length;
      const sibling: ChildNode = node;
      node = node.nextSibling;
      list.index++;
      if (k >= hits.length || hits[k]! >= cursor) continue;
      // A trigger may start in this sibling.
      k = lowerBound(hits, cursor, k);
      if (type !== Node.ELEMENT_NODE || EXCLUDED_TAGS.has((sibling as Element).localName)) {
        if (type !== Node.TEXT_NODE) continue;
      } else if (length <= SMALL_SUBTREE_TEXT) {
        stack.push(this.#located(sibling, at, cursor));
        continue;
      }
      // A text node, or a large subtree (split like any other): taken on its own with the scan
      // standing at its start, then the list goes on after it.
      item.next = node;
      if (node) stack.push(item);
      stack.push(type === Node.TEXT_NODE ? sibling : { node: sibling, length });
      walk.cursor = at;
      return budget;
    }
    walk.cursor = cursor;
    item.next = node;
    if (node) stack.push(item);
    return budget;
  }

  /** A walker over the text nodes of `node`, whose text is [offset, end) of the root's text. */
  #located(node: Node, offset: number, end: number): Located {
    // CDATA sections count in textContent, so the walker must pass them to keep its offsets right.
    return { walker: this.#doc.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION), offset, end };
  }

  /**
   * Whether the page removed or moved a node the scan stands on (between two slices): the rest of
   * a list or subtree would then be lost to it.
   */
  #lostPlace(stack: StackItem[]): boolean {
    for (const item of stack) {
      if (typeof item === 'number') continue;
      const walker = 'walker' in item ? item.walker : 'nextNode' in item ? item : null;
      if (walker) {
        // The node it stands on left its subtree (alone, or with an ancestor inside it: a list
        // item taken out still holds its text, but walking on from there leaves the list).
        if (!walker.root.isConnected || !walker.root.contains(walker.currentNode)) return true;
      } else if ('parent' in item) {
        if (item.next && item.next.parentNode !== item.parent) return true;
      }
    }
    return false;
  }

  /** Begins a text scan again from its root (records already built are kept and skipped). */
  #restart(walk: Walk): void {
    const root = walk.root!;
    walk.restarts!++;
    walk.stack = root.nodeType === Node.DOCUMENT_NODE ? [(root as Document).documentElement].filter(Boolean) : [root];
    walk.snapshot = undefined;
    walk.snapshotGeneration = undefined;
    walk.hits = undefined;
    walk.search = undefined;
    walk.cursor = 0;
  }

  /** Whether the page is as it was when the walk read its root's text (no change since). */
  #current(walk: Walk): boolean {
    return walk.snapshotGeneration === this.#generation && walk.hits !== undefined;
  }

  /**
   * The sorted offsets in a root's text where a trigger may start: every start of a batch-test
   * match (a trigger within one node's text starts at one of them), and every place where a term
   * split across nodes may start, whatever hidden text stands between its pieces (hidden elements'
   * text is part of textContent: 全媒体<span hidden>…</span>运营师 is a mention). Without a batch
   * test for every analyzer, every offset may be one.
   */
  #hitsOf(text: string, open = false): readonly number[] | undefined {
    const search = this.#hitSearch(text, open);
    for (;;) {
      const step = search.next();
      if (step.done) return step.value;
    }
  }

  /**
   * #hitsOf in pieces, yielding after each (one analyzer's starts, the windows near them, at most
   * SEARCH_PIECE characters of a batch test): a full scan searches a long root's text in steps
   * with a look at the clock between them (#advanceText). A 341,000-character log in one <pre>,
   * full of names and agencies' words, took 60-80 ms in one piece on a slow day.
   */
  *#hitSearch(text: string, open: boolean): Generator<void, readonly number[] | undefined> {
    if (this.#nodeTriggers.length > 0) return undefined;
    const split: (readonly number[])[] = [];
    for (const starts of this.#splitStarts) {
      split.push(starts(text, open));
      yield;
    }
    // One analyzer's starts come sorted already (the usual case: the mentions).
    const others = split.length === 1 ? split[0]! : split.flat().sort((a, b) => a - b);
    const hits: number[] = [];
    for (const { scan, near } of this.#wholeScans) {
      const windows: [number, number][] = near ? windowsNear(text, others, near) : [[0, text.length]];
      yield;
      for (const [from, to] of windows) {
        for (let piece = from; piece < to; piece += SEARCH_PIECE) {
          const pieceEnd = Math.min(to, piece + SEARCH_PIECE);
          // Read on a little past the piece, so that a word across its end is whole; a match that
          // starts past the end is the next piece's.
          const readTo = Math.min(to, pieceEnd + PIECE_OVERLAP);
          scan(`${text.slice(piece, readTo)}\0`, (offset) => {
            if (piece + offset < pieceEnd) hits.push(piece + offset);
            return offset + 1;
          });
          yield;
        }
      }
    }
    if (hits.length === 0) return others;
    for (const at of others) hits.push(at);
    return hits.sort((a, b) => a - b);
  }

  /**
   * Whether some text node of a subtree whose text (textContent) is `text` may pass a trigger,
   * judged from that text alone (the page changed since the root's text was read): the batch test,
   * and the places a split term may start, read on to the end (its rest may lie after the subtree).
   */
  #mayHold(text: string): boolean {
    if (this.#nodeTriggers.length > 0) return true;
    for (const starts of this.#splitStarts) if (starts(text, true).length > 0) return true;
    if (this.#wholeScans.length === 0) return false;
    const joined = `${text}\0`;
    let hit = false;
    const flag = () => {
      hit = true;
      return Infinity;
    };
    for (const { scan } of this.#wholeScans) {
      scan(joined, flag);
      if (hit) return true;
    }
    return false;
  }

  /** Tests some text nodes now, in batches; those that pass become candidates. */
  #testNodes(list: readonly Text[]): void {
    for (let from = 0; from < list.length; from += WALK_CHUNK) {
      const count = Math.min(WALK_CHUNK, list.length - from);
      for (let k = 0; k < count; k++) {
        this.#batchNodes[k] = list[from + k]!;
        this.#batchTexts[k] = list[from + k]!.data;
      }
      this.#testBatch(this.#joinTexts(count), count);
    }
  }

  /**
   * The batch's texts (#batchTexts[0..count)) joined, each followed by '\0', with #batchStarts
   * filled. One join of an array is cheaper than growing a string node by node.
   */
  #joinTexts(count: number): string {
    const texts = this.#batchTexts;
    const starts = this.#batchStarts;
    let at = 0;
    for (let k = 0; k < count; k++) {
      starts[k] = at;
      at += texts[k]!.length + 1;
    }
    texts.length = count;
    const joined = count > 0 ? `${texts.join('\0')}\0` : '';
    texts.length = WALK_CHUNK;
    texts.fill('', 0, count);
    return joined;
  }

  /**
   * Runs the triggers over a batch (#batchNodes[0..count), texts joined in `joined`). For a node
   * whose place in the root's text is known (#batchAt), only a trigger that begins at one of the
   * root's possible starts (`hits`) counts: a node tested because a name may begin in it (全国,
   * 互联网行业) is not flagged by a word it happens to end with (直播, 视频, 安全), which, standing
   * there, is no possible start of anything.
   */
  #testBatch(joined: string, count: number, hits?: readonly number[]): void {
    const nodes = this.#batchNodes;
    const starts = this.#batchStarts;
    const at = this.#batchAt;
    starts[count] = joined.length;
    if (count > 0) {
      const candidates = this.#candidates;
      let mayContinue: ((tail: string, next: string) => boolean) | undefined;
      // Offsets come in ascending runs (one per search), so look each node up from scratch.
      const flag = (offset: number, end: number) => {
        let lo = 0;
        let hi = count - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= offset) lo = mid;
          else hi = mid - 1;
        }
        const located = hits !== undefined && at[lo]! >= 0;
        if (located && !sortedHas(hits, at[lo]! + offset - starts[lo]!)) return offset + 1;
        // A node that only ends with the beginning of a term (安全, 互动直播 in a news card's
        // links) builds no block when the text right after it cannot go on with it: on a page that
        // appends such cards, most blocks were built, and styles read, for nothing. Asked only of
        // nodes whose place in a root's text is not known: the possible starts already sort out
        // the others, and asking them too cost a full scan more than it saved.
        if (mayContinue && end === starts[lo + 1] && !located) {
          const next = textRightAfter(nodes[lo]!);
          if (next !== null && !mayContinue(joined.slice(offset, end - 1), next.charAt(0))) return end;
        }
        candidates.push(nodes[lo]!);
        // One hit is enough for a node: go on with the next one.
        return starts[lo + 1]!;
      };
      for (const trigger of this.#batchTriggers) {
        mayContinue = trigger.mayContinue;
        trigger.scan(joined, flag);
      }
      for (const test of this.#nodeTriggers)
        for (let k = 0; k < count; k++) if (test(joined.slice(starts[k]!, starts[k + 1]! - 1))) candidates.push(nodes[k]!);
    }
    // Let go of the nodes (the page may remove them before the next batch).
    nodes.fill(null, 0, count);
    at.fill(-1, 0, count);
  }

  /**
   * A changed subtree's text and possible starts, when it is large: a page of results appended in
   * one wrapper has its text read once and searched for the places a trigger may start, as a full
   * scan reads a root's, and only its text nodes holding one are tested. A news page's cards, full
   * of 全国, 互联网 and 直播 links, no longer each build a block for nothing. The rest of a name may
   * follow an inline subtree (read on to its end); a block-level one (a card, a list item) ends
   * every name in it. A small subtree (one card) is tested node by node: the searches would cost
   * more than the few blocks they save. Once the page changes again before the walk is done, the
   * offsets no longer tell, and every node is tested.
   */
  #prepareChanged(walk: Walk): void {
    if (walk.kind !== 'changed' || walk.snapshot !== undefined) return;
    const root = walk.walker!.root;
    walk.snapshot = root.textContent ?? '';
    walk.snapshotGeneration = this.#generation;
    walk.cursor = 0;
    if (walk.snapshot.length > SMALL_SUBTREE_TEXT) {
      const open = !(root.nodeType === Node.ELEMENT_NODE && this.#flowOf(root as Element) === 'boundary');
      walk.hits = this.#hitsOf(walk.snapshot, open);
    }
  }

  /**
   * Changed subtrees and shadow-root discovery, node by node (text nodes tested as a batch), from
   * the first walk of `queue`. Small changed subtrees that follow one another (cards appended one
   * by one) share one batch: most of a batch test's cost is per call. A walk finished on the way
   * is dropped from the queue; the result says whether the walk left first in it is done.
   */
  #advanceNodes(queue: Walk[]): boolean {
    const nodes = this.#batchNodes;
    const texts = this.#batchTexts;
    let walk = queue[0]!;
    this.#prepareChanged(walk);
    const located = walk.kind === 'changed' && this.#current(walk);
    let count = 0;
    let budget = WALK_CHUNK;
    let done = false;
    for (;;) {
      const { generation } = walk;
      const walker = walk.walker!;
      done = false;
      while (budget > 0) {
        budget--;
        const node = walker.nextNode();
        if (!node) {
          done = true;
          break;
        }
        if (node.nodeType === Node.TEXT_NODE) {
          const data = (node as Text).data;
          const at = walk.cursor ?? 0;
          if (walk.cursor !== undefined) walk.cursor += data.length;
          const record = this.#records.get(node as Text);
          if (record) {
            if (record.generation < generation) {
              this.#recheck(node as Text, true);
              continue;
            }
            if (isBlockNode(record, node as Text)) continue;
          }
          if (located) {
            if (!anyWithin(walk.hits!, at, at + data.length)) continue;
            this.#batchAt[count] = at;
          }
          nodes[count] = node as Text;
          texts[count++] = data;
        } else this.#lookAtHost(node as Element);
      }
      if (!done || located || walk.kind !== 'changed' || budget === 0) break;
      const next = queue[1];
      if (!next || next.kind !== 'changed') break;
      this.#prepareChanged(next);
      // A large one gets a batch of its own, with its own offsets.
      if (this.#current(next)) break;
      queue.shift();
      walk = next;
    }
    this.#testBatch(this.#joinTexts(count), count, located ? walk.hits : undefined);
    return done;
  }

  #process(text: Text, forced: boolean): void {
    if (this.#seen.has(text) || !this.#inSight(text)) return;
    const built = this.#records.get(text);
    if (!forced && built && isBlockNode(built, text)) return;
    // #inSight made sure the node is in this engine's document, whose designMode this slice read.
    if (isExcluded(text, this.#excluded, this.#designMode)) return;
    const hidden: Text[] = [];
    const nodes = collectBlock(text, this.#flowOf, hidden);
    if (!nodes) this.#watchHidden(text, text);
    if (!nodes || nodes.length === 0) return;
    for (const n of nodes) this.#seen.add(n);
    for (const n of nodes) {
      const old = this.#records.get(n);
      if (old) this.#drop(old);
    }
    const root = rootOf(text);
    const block = makeBlock(nodes, root);
    this.stats.blocks++;
    // Hidden text inside the block (全媒<span hidden>体运</span>营师): shown, it changes the block.
    for (const edge of hidden) this.#watchHidden(edge, text);
    const record: BlockRecord = { block, placed: [], hidden, generation: this.#generation };
    if (block.text.length > BLOCK_PART_CHARS) {
      // Analyzed in the steps that follow. Its nodes map to the record meanwhile: a change to the
      // block drops it (#drop), which ends its parts, and the block is built again.
      this.#keep(record);
      const first = this.#firstPart(block);
      this.#parts.push({ record, from: first, first, wrapped: first === 0, done: 0 });
      return;
    }
    this.#analyze(record);
    if (record.placed.length === 0) return;
    this.#keep(record);
    this.#highlights?.style(root);
  }

  /**
   * Runs the analyzers over a block, or over one part of a long one, and indexes and highlights
   * what they find (in record.placed). Spans of a part that start outside it are another part's.
   */
  #analyze(record: BlockRecord, part?: BlockPart): void {
    const { block } = record;
    const { root } = block;
    const earlier = this.#analyzers.length > 1 ? new Map<string, readonly BlockSpan[]>() : NO_EARLIER;
    for (const analyzer of this.#analyzers) {
      const spans = analyzer.analyze(block, earlier, part);
      if (earlier !== NO_EARLIER) (earlier as Map<string, readonly BlockSpan[]>).set(analyzer.id, spans);
      const index = this.#indexes.get(analyzer)!;
      for (const span of spans) {
        if (part && (span.start < part.from || span.start >= part.to)) continue;
        const range = rangeOf(block, span.start, span.end);
        const entry: Entry<BlockSpan> = { ...span, range, root, block, text: block.text.slice(span.start, span.end) };
        const touched = nodesOf(block, span.start, span.end);
        const name = analyzer.highlightName(span, range);
        index.add(entry, touched);
        if (name) this.#highlights?.add(name, range, part !== undefined);
        record.placed.push({ analyzer, entry, nodes: touched, name });
      }
    }
  }

  /**
   * Where a long block's analysis begins: at its start, or, when the middle of the screen is in it
   * (a log opened in the middle), a line or so before that, so that what the reader sees is
   * highlighted first; the parts before it come after the end.
   */
  #firstPart(block: TextBlock): number {
    const middle = this.#screenMiddle;
    if (!middle) return 0;
    const i = block.nodes.indexOf(middle.node);
    if (i < 0) return 0;
    this.#screenMiddle = null;
    return cutBefore(block.text, Math.max(0, block.starts[i]! + middle.offset - BLOCK_PART_CHARS / 2));
  }

  /** Maps the block's nodes (and the hidden text inside it) to its record. */
  #keep(record: BlockRecord): void {
    for (const n of record.block.nodes) this.#records.set(n, record);
    for (const n of record.hidden) if (!this.#records.has(n)) this.#records.set(n, record);
  }

  /** The next part of the first long block waiting (see BLOCK_PART_CHARS). */
  #analyzeNextPart(): void {
    const next = this.#parts[0]!;
    const { record } = next;
    const { block } = record;
    // Dropped since (the page changed the block): it is being built again, with parts of its own.
    if (this.#records.get(block.nodes[0]!) !== record) {
      this.#parts.shift();
      return;
    }
    // From the first part to the end of the text, then from its start to the first part (see #firstPart).
    const end = next.wrapped ? next.first || block.text.length : block.text.length;
    const to = Math.min(partEnd(block.text, next.from), end);
    const before = record.placed.length;
    this.#analyze(record, { from: next.from, to });
    next.done++;
    let finished = false;
    if (to < end) next.from = to;
    else if (!next.wrapped) {
      next.wrapped = true;
      next.from = 0;
    } else finished = true;
    if (record.placed.length > before) this.#highlights?.style(block.root);
    // Each flush makes the browser repaint the highlights, which on a page that long costs it tens
    // of ms: the parts' ranges are shown after the 1st, 2nd, 4th, 8th… part and at the end, so the
    // screen's first part shows at once and the repaints stay few (more often if the page changes).
    if (finished || (next.done & (next.done - 1)) === 0) this.#highlights?.schedule();
    if (!finished) return;
    this.#parts.shift();
    // Nothing found in it: kept like any block without a finding, i.e. not at all.
    if (record.placed.length > 0) return;
    for (const n of block.nodes) if (this.#records.get(n) === record) this.#records.delete(n);
    for (const n of record.hidden) if (this.#records.get(n) === record) this.#records.delete(n);
  }

  /**
   * Watches the hidden element around `node` (the nearest that renders nothing), if any, and reads
   * `text`, the node whose block it is, again when the page may have shown it (hidden-text-watch.ts).
   */
  #watchHidden(node: Text, text: Text): void {
    for (let el = node.parentElement; el; el = el.parentElement) {
      if (this.#flowOf(el) !== 'hidden') continue;
      this.#hiddenText.watch(el, text);
      return;
    }
  }

  /**
   * An element the engine walks past or the page adds: its open shadow root is scanned and
   * observed; a custom element without one yet is watched for one (late-shadow-hosts.ts).
   */
  #lookAtHost(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow) {
      if (el.localName !== CERTLENS_UI_TAG) this.#addRoot(shadow);
    } else if (this.#discoverShadowRoots && el.localName.includes('-')) this.#lateHosts.watch(el);
  }

  /** Forgets a block's findings; its nodes that are still on the page get their blocks rebuilt. */
  #drop(record: BlockRecord): void {
    for (const { analyzer, entry, name } of record.placed) {
      this.#indexes.get(analyzer)!.delete(entry);
      if (name) this.#highlights?.delete(name, entry.range);
    }
    for (const n of record.block.nodes) {
      if (this.#records.get(n) !== record) continue;
      this.#records.delete(n);
      if (!this.#seen.has(n) && this.#inSight(n)) this.#forced.push(n);
    }
    for (const n of record.hidden) if (this.#records.get(n) === record) this.#records.delete(n);
  }

  #sweepDisconnected(): void {
    this.#sweep = false;
    const checked = new Set<BlockRecord>();
    for (const record of this.#records.values()) {
      if (checked.has(record)) continue;
      checked.add(record);
      // A hidden element taken out of the block leaves the block as it was, but its text nodes must
      // not stay keys of #records (they would keep removed nodes alive): rebuilt, like the rest.
      if (record.block.nodes.some((n) => !this.#inSight(n)) || record.hidden.some((n) => !n.isConnected)) this.#drop(record);
    }
  }

  #commit(): void {
    let changed = false;
    for (const index of this.#indexes.values()) changed = index.commit() || changed;
    if (!changed) return;
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch (error) {
        console.error('[CertLens] engine listener failed', error);
      }
    }
  }

  #resolveIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

const NO_EARLIER: ReadonlyMap<string, readonly BlockSpan[]> = new Map();

/**
 * How many siblings of a list to measure at once when the next possible start is `distance`
 * characters ahead and its children hold `average` characters each: a few fewer than that, so that
 * they most likely all lie before it, and never more than MAX_MEASURED_RUN.
 */
function runBefore(distance: number, average: number): number {
  return Math.min(Math.floor((distance / average) * 0.9), MAX_MEASURED_RUN);
}

/** Whether a node's data is part of its parent's textContent (text, and CDATA sections in XML). */
function isTextData(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE;
}

/**
 * The text of the nodes just before `text` (or after it, `forward`), in document order: up to
 * CONTEXT_CHARS characters from at most CONTEXT_NODES nodes (the last node read whole).
 */
function textBeside(walker: TreeWalker, text: Text, forward: boolean): string {
  walker.currentNode = text;
  let out = '';
  for (let k = 0; k < CONTEXT_NODES && out.length < CONTEXT_CHARS; k++) {
    const node = (forward ? walker.nextNode() : walker.previousNode()) as Text | null;
    if (!node) break;
    out = forward ? out + node.data : node.data + out;
  }
  return out;
}

/**
 * Where an analyzer with `near` (Analyzer.near) searches a root's text: from each of `starts` to
 * `after` characters on, and `after` characters around each match of `also`; merged, in order.
 * A word that straddles a window's end is caught by a margin of a few characters.
 */
function windowsNear(text: string, starts: readonly number[], near: { after: number; also?: RegExp }): [number, number][] {
  const margin = 16;
  const spans: [number, number][] = starts.map((at) => [at, at + near.after + margin]);
  if (near.also) {
    near.also.lastIndex = 0;
    for (let m = near.also.exec(text); m; m = near.also.exec(text)) spans.push([Math.max(0, m.index - near.after), m.index + near.after + margin]);
    spans.sort((a, b) => a[0] - b[0]);
  }
  const out: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  for (const span of out) span[1] = Math.min(span[1], text.length);
  return out;
}

/**
 * Whether `text` is one of the record's block nodes, i.e. its block is built. A node that is only
 * hidden text inside another block (BlockRecord.hidden) still has a block of its own to find:
 * found hidden, that block is what watches it for a reveal.
 */
function isBlockNode(record: BlockRecord, text: Text): boolean {
  return !record.hidden.includes(text);
}

/** The only element child of `node` when its other children are blank text; else null. */
function soleElementChild(node: Node): Element | null {
  let only: Element | null = null;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.ELEMENT_NODE) {
      if (only) return null;
      only = child as Element;
    } else if (child.nodeType === Node.TEXT_NODE && (child as Text).data.trim() !== '') return null;
  }
  return only;
}
