// The one escape the claim checker uses to put a literal word into a regular expression.

/** `literal` as a regular-expression source that matches exactly it. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
