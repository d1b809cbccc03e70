// What the page engine runs over each text block. Mentions are the first analyzer; the claim
// checker plugs in the same way (see docs/engine.md "Plugging in an analyzer").
import type { BlockPart, TextBlock } from './text-block';

/** A stretch of a block's text: [start, end) in UTF-16 code units of `TextBlock.text`. */
export interface BlockSpan {
  start: number;
  end: number;
}

export interface Analyzer<S extends BlockSpan = BlockSpan> {
  /** Stable id, e.g. 'mentions', 'claims'. Later analyzers see earlier ones' spans by this id. */
  readonly id: string;
  /**
   * Cheap test of ONE text node's data. The engine builds and analyzes the block of every node
   * that passes. Without it the analyzer only sees blocks another analyzer selected (a claim
   * checker that only cares about text near a certificate mention needs none).
   */
  triggers?(data: string): boolean;
  /**
   * Optional, and much faster on big pages: the same test for a few hundred nodes at once.
   * `joined` holds their texts, each followed by '\0'; call `flag` with an offset inside every
   * node that passes (at least those `triggers` passes) and the end of what matched there; it
   * returns the offset of the next node.
   */
  triggerBatch?(joined: string, flag: (offset: number, end: number) => number): void;
  /**
   * Optional, with triggerBatch: for a node that passed only by ending with the beginning of a
   * term (its match ran up to and including the node's '\0'; `tail` is the match without it),
   * whether the text right after the node, beginning with `next` ('' when nothing follows), may
   * go on with it. When it says no, the node's block is not built. The engine asks only when it
   * knows that `next` is seen wherever the node is (the next text node is reached without entering
   * an element, so no hidden text can stand between).
   */
  mayContinue?(tail: string, next: string): boolean;
  /**
   * The simple form of triggerBatch: one regular expression (made global by the engine) whose
   * every match starts inside a node that passes. The engine reads it only when it first searches,
   * so it may be a getter that builds a costly expression then (a page that never needs it, most
   * pages for the claim checker's, never pays for it).
   */
  readonly batchTrigger?: RegExp;
  /**
   * Optional, for skipping whole subtrees of a full scan without visiting their nodes. Given the
   * text of a whole root (its textContent) or, with `open`, of a subtree whose continuation is
   * unknown: the sorted offsets where a trigger may start, in one node's text or split across
   * nodes. The text of hidden elements (which the engine reads through) may stand between the
   * pieces a reader sees joined: the answer must hold whatever it is. Without it, the engine runs
   * the batch test over a subtree's text (a trigger split by hidden text may then be missed).
   */
  subtreeStarts?(text: string, open: boolean): readonly number[];
  /**
   * Optional, for an analyzer whose triggers matter only near another analyzer's (the claim
   * checker: a block without a mention of its own borrows the one in the text just before it).
   * In a full scan, its batch test runs over a root's text only from each place where another
   * analyzer's trigger may start to `after` characters on, and `after` characters around each
   * match of `also` (words that make a block its own, like 全媒体运营 without 师). A page without
   * a mention is not searched for it at all.
   */
  readonly near?: { after: number; also?: RegExp };
  /**
   * Optional one-time setup that costs tasks' worth of time (the claim checker compiles its
   * expressions). The engine runs it in idle time of its own, just before the first block it
   * builds, so a page that never needs a block (most pages: no mention) never pays for it, and no
   * work slice is stretched by it. It works until `deadline` (a performance.now() time) and says
   * whether it is done: false, and the engine calls it again in its next slice (more steps, or
   * something it waits for, such as a module loading: see claims-analyzer.ts). Once it has said
   * done, the engine never calls it again. PageEngine.runNow() cannot wait: there, setup that is
   * not done with an unlimited deadline is reported as failed.
   */
  prepare?(deadline: number): boolean;
  /**
   * Spans found in a block. `earlier` holds the spans of the analyzers that ran before, by id.
   *
   * `part`: a block with more text than a few screens (a log in one <pre>) is analyzed in parts,
   * one call per part, each in a step of its own, so that no step holds the page for long. Return
   * the spans that START in [part.from, part.to), offsets in the whole block's text as always,
   * reading as much text around the part as they need (partWithMargin). `earlier` then holds the
   * spans the other analyzers found for the same part. A span that starts outside the part is
   * dropped (it is another part's), so an analyzer that ignores `part` stays correct, only slower.
   */
  analyze(block: TextBlock, earlier: ReadonlyMap<string, readonly BlockSpan[]>, part?: BlockPart): readonly S[];
  /**
   * The CSS.highlights name a span is registered under; undefined: indexed but not highlighted.
   * `range` is where it stands on the page (the claim analyzer reads the backdrop there).
   */
  highlightName(span: S, range: StaticRange): string | undefined;
  /** The ::highlight() rules for this analyzer's names (adopted by the document and shadow roots). */
  readonly styles: string;
}
