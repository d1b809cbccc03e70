// The claim's sentence split around its phrase, for showing it with the phrase marked (as text:
// the card and the popup render the three parts as text nodes, never as HTML). Long sentences are
// cut around the phrase so a card stays a card.

export interface QuoteParts {
  before: string;
  phrase: string;
  after: string;
}

/** Characters kept on each side of the phrase. */
export const QUOTE_CONTEXT_CHARS = 60;

/**
 * `start`/`end`: the phrase in `quote`. White space runs (line breaks of the page source) become
 * one space; a cut side gets an ellipsis.
 */
export function quoteParts(quote: string, start: number, end: number, context = QUOTE_CONTEXT_CHARS): QuoteParts {
  const s = Math.max(0, Math.min(start, quote.length));
  const e = Math.max(s, Math.min(end, quote.length));
  const squeeze = (x: string) => x.replace(/\s+/g, ' ');
  let before = squeeze(quote.slice(0, s)).trimStart();
  let after = squeeze(quote.slice(e)).trimEnd();
  if (before.length > context) before = `…${before.slice(before.length - context)}`;
  if (after.length > context) after = `${after.slice(0, context)}…`;
  return { before, phrase: squeeze(quote.slice(s, e)), after };
}
