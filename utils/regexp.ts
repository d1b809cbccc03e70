// The one escape the matchers and the claim checker use to put literal text into a regular
// expression. It also escapes '-' and '/', so the result is safe inside a character class too
// (batch-trigger.ts builds classes of a character's forms).

/** `literal` as a regular-expression source that matches exactly it (outside or inside [...]). */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
