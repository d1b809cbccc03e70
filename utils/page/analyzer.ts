// What the page engine runs over each text block. Mentions are the first analyzer; the claim
// checker plugs in the same way (see docs/engine.md "Plugging in an analyzer").
import type { TextBlock } from './text-block';

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
  /** Spans found in a block. `earlier` holds the spans of the analyzers that ran before, by id. */
  analyze(block: TextBlock, earlier: ReadonlyMap<string, readonly BlockSpan[]>): readonly S[];
  /** The CSS.highlights name a span is registered under; undefined: indexed but not highlighted. */
  highlightName(span: S): string | undefined;
  /** The ::highlight() rules for this analyzer's names (adopted by the document and shadow roots). */
  readonly styles: string;
}
