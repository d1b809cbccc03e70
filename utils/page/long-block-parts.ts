// Where a long block's parts begin and end. A block with more text than BLOCK_PART_CHARS (a log or
// a plain-text file in one <pre>) is analyzed by the page engine in parts, one part per step with
// a look at the clock after each: analyzed at once, a 341,000-character block held the page for
// over 100 ms on a slow day (docs/engine.md, "Long blocks").

/** About how much text one part holds. */
export const BLOCK_PART_CHARS = 4_096;
/**
 * A part ends after the last sentence or line end in its last this many characters, if any: claims
 * are judged by sentence, and a sentence cut in two would be judged as two.
 */
export const PART_CUT_SEARCH = 512;
const PART_CUTS = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);

/** Where the part of a long block's text that begins at `from` ends. */
export function partEnd(text: string, from: number): number {
  const limit = from + BLOCK_PART_CHARS;
  return limit >= text.length ? text.length : cutBefore(text, limit);
}

/** Right after the last line or sentence end in the PART_CUT_SEARCH characters before `at`, else `at`. */
export function cutBefore(text: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - PART_CUT_SEARCH); i--) if (PART_CUTS.has(text[i]!)) return i + 1;
  return at;
}
