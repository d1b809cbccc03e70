// The one escape the matchers and the claim checker use to put literal text into a regular
// expression. It also escapes '-' and '/', so the result is safe inside a character class too
// (batch-trigger.ts builds classes of a character's forms). And the text that has V8 compile
// expressions ahead, the cheap way.

/** `literal` as a regular-expression source that matches exactly it (outside or inside [...]). */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * A text to run expressions on once so that V8 compiles them now, and the cheap way. V8 compiles an
 * expression when it first runs it, apart for one-byte and two-byte text (pages are two-byte:
 * Chinese); on a subject of 1,000 characters or more straight to machine code, on a short one
 * first for its interpreter and again when it runs a second time. Measured in Node: the claim
 * rules' 221 wordings took 8.5 ms this way against 22.7 + 7.8 ms on short text, the name
 * matcher's searches 0.5 against 2.0 ms. It names no certificate and makes no claim, so running
 * the matcher or the checker on it finds nothing (and builds nothing kept for findings).
 */
export const COMPILING_TEXT = '今天天气很好，适合出门散步。'.repeat(80);

/** Has V8 compile each expression now, the cheap way (see COMPILING_TEXT); leaves lastIndex at 0. */
export function compileAhead(expressions: Iterable<RegExp | null | undefined>): void {
  for (const re of expressions) {
    if (!re) continue;
    re.lastIndex = 0;
    re.exec(COMPILING_TEXT);
    re.lastIndex = 0;
  }
}

/** A regular expression as plain data (precomputed in data/matcher-plan.generated.ts). */
export interface RegExpSource {
  source: string;
  flags: string;
}

export const toRegExp = ({ source, flags }: RegExpSource): RegExp => new RegExp(source, flags);
