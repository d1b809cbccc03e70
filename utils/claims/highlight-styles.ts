// The CSS.highlights names and ::highlight() styles of flagged claims. Kept free of the rules and
// the checker (type imports only) because the tiny document_start script adopts every highlight
// style before the page renders (utils/page/highlight-styles.ts PAGE_HIGHLIGHT_CSS).
import type { ClaimVerdict } from '../../data/claim-rules';

/** Every claim highlight name starts with this (public: tests and other tools rely on it). */
export const CLAIM_HIGHLIGHT_PREFIX = 'certlens-claim';

export function claimHighlightName(verdict: ClaimVerdict): string {
  return `${CLAIM_HIGHLIGHT_PREFIX}-${verdict}`;
}

/**
 * A wavy underline in the verdict's colour and no fill: mentions are filled and solid-underlined,
 * so a reader tells "the certificate is named here" from "this sentence claims something wrong"
 * at a glance, and a claim next to a mention stays readable. Colours hold on light and dark pages
 * (mid-tone, saturated); forced-colours mode gets a system colour.
 */
const COLOURS: Record<ClaimVerdict, string> = {
  contradicts: 'rgb(214, 40, 40)',
  'prohibited-promotion': 'rgb(190, 30, 140)',
  misleading: 'rgb(232, 110, 0)',
  outdated: 'rgb(90, 120, 150)',
  unverifiable: 'rgb(128, 128, 128)',
};

export const CLAIM_STYLES = [
  ...Object.entries(COLOURS).map(
    ([verdict, colour]) => `::highlight(${CLAIM_HIGHLIGHT_PREFIX}-${verdict}) {
  text-decoration: underline wavy 1.5px ${colour};
}`,
  ),
  `@media (forced-colors: active) {
  ${Object.keys(COLOURS)
    .map((v) => `::highlight(${CLAIM_HIGHLIGHT_PREFIX}-${v})`)
    .join(',\n  ')} {
    text-decoration: underline wavy 2px LinkText;
  }
}`,
].join('\n');
