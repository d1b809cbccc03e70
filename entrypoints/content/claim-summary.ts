// The claims part of the content script's answer to the popup's `certlens:page-summary`: every
// flagged claim of the frame in document order (its index is what `certlens:reveal` jumps to),
// with a little of its sentence around the phrase.
import { quoteParts } from '@/utils/claims/quote-parts';
import { CLAIM_LIST_LIMIT, type PageClaim, type PageSummary } from '@/utils/page-messages';

export { CLAIM_LIST_LIMIT };
/** Characters of the sentence kept on each side of the phrase in the popup list. */
const CONTEXT_CHARS = 16;

/** What the summary needs from a claim entry of the engine's index. */
export interface SummaryClaim {
  ruleId: string;
  verdict: string;
  quote: string;
  start: number;
  end: number;
  sentenceStart: number;
  /** The phrase as the page writes it. */
  text: string;
}

export function summarizeClaims(
  entries: readonly SummaryClaim[],
  checked: boolean,
  limit = CLAIM_LIST_LIMIT,
): Pick<PageSummary, 'claims' | 'moreClaims' | 'claimsChecked'> {
  const claims: PageClaim[] = entries.slice(0, limit).map((e, index) => {
    const { before, after } = quoteParts(e.quote, e.start - e.sentenceStart, e.end - e.sentenceStart, CONTEXT_CHARS);
    return { index, verdict: e.verdict, ruleId: e.ruleId, text: e.text.replace(/\s+/g, ' '), before, after };
  });
  return { claims, moreClaims: Math.max(0, entries.length - limit), claimsChecked: checked };
}
