// The CSS.highlights names and ::highlight() styles of flagged claims. Kept free of the rules and
// the checker (type imports only) because the tiny document_start script adopts every highlight
// style before the page renders (utils/page/highlight-styles.ts PAGE_HIGHLIGHT_CSS).
import type { ClaimVerdict } from '../../data/claim-rules';

/** Every claim highlight name starts with this (public: tests and other tools rely on it). */
export const CLAIM_HIGHLIGHT_PREFIX = 'certlens-claim';

/** Appended to the name on a backdrop where the verdict's colour would not show (utils/claims/backdrop.ts). */
export const CONTRAST_SUFFIX = '-contrast';

export function claimHighlightName(verdict: ClaimVerdict, contrast = false): string {
  return `${CLAIM_HIGHLIGHT_PREFIX}-${verdict}${contrast ? CONTRAST_SUFFIX : ''}`;
}

/**
 * A wavy underline in the verdict's colour and no fill: mentions are filled and solid-underlined,
 * so a reader tells "the certificate is named here" from "this sentence claims something wrong"
 * at a glance, and a claim next to a mention stays readable. Colours hold on light and dark pages
 * (mid-tone, saturated); forced-colours mode gets a system colour.
 */
export const CLAIM_COLOURS: Readonly<Record<ClaimVerdict, readonly [number, number, number]>> = {
  contradicts: [214, 40, 40],
  'prohibited-promotion': [190, 30, 140],
  misleading: [232, 110, 0],
  outdated: [90, 120, 150],
  unverifiable: [128, 128, 128],
};

/**
 * Light tints of the same hues, for the contrast variant: white-on-red banners and other dark or
 * saturated backdrops, where the mid-tone colours vanish. A little thicker, so that a tint still
 * reads as the verdict's line.
 */
export const CLAIM_TINTS: Readonly<Record<ClaimVerdict, readonly [number, number, number]>> = {
  contradicts: [255, 214, 218],
  'prohibited-promotion': [250, 200, 236],
  misleading: [255, 226, 180],
  outdated: [200, 226, 250],
  unverifiable: [230, 230, 230],
};

const css = ([r, g, b]: readonly [number, number, number]) => `rgb(${r}, ${g}, ${b})`;
const VERDICTS = Object.keys(CLAIM_COLOURS) as ClaimVerdict[];

export const CLAIM_STYLES = [
  ...VERDICTS.map(
    (verdict) => `::highlight(${claimHighlightName(verdict)}) {
  text-decoration: underline wavy 1.5px ${css(CLAIM_COLOURS[verdict])};
}
::highlight(${claimHighlightName(verdict, true)}) {
  text-decoration: underline wavy 2px ${css(CLAIM_TINTS[verdict])};
}`,
  ),
  `@media (forced-colors: active) {
  ${VERDICTS.flatMap((v) => [`::highlight(${claimHighlightName(v)})`, `::highlight(${claimHighlightName(v, true)})`])
    .join(',\n  ')} {
    text-decoration: underline wavy 2px LinkText;
  }
}`,
].join('\n');
