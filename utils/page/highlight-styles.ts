// The ::highlight() styles of every CSS.highlights name CertLens registers. Kept apart from the
// analyzers (no matcher, no data) because a tiny document_start script adopts them before the page
// renders (entrypoints/highlight-styles.ts): see adoptHighlightStyles() for why.
import { CLAIM_STYLES } from '../claims/highlight-styles';

/** Every mention highlight name starts with this (public interface: tests and other tools rely on it). */
export const MENTION_HIGHLIGHT_PREFIX = 'certlens-mention';

/**
 * Semi-transparent fills so the page's own text colour, light or dark, stays readable; an
 * underline in the certificate's colour; system colours when the user forces colours.
 */
export const MENTION_STYLES = `
::highlight(certlens-mention-internet-marketer) {
  background-color: rgba(255, 184, 0, 0.34);
  text-decoration: underline 2px rgb(214, 135, 0);
}
::highlight(certlens-mention-all-media-operator) {
  background-color: rgba(0, 160, 255, 0.26);
  text-decoration: underline 2px rgb(0, 118, 190);
}
@media (forced-colors: active) {
  ::highlight(certlens-mention-internet-marketer),
  ::highlight(certlens-mention-all-media-operator) {
    background-color: Mark;
    color: MarkText;
  }
}
`;

/**
 * Everything the page engine's analyzers highlight. An analyzer that registers new names adds its
 * rules here (claims: names starting with certlens-claim), so they are in place before the page
 * renders; the engine adopts any missing rules later, at the cost of one restyle of the page.
 */
// Claims (issue 5): wavy underlines by verdict, names certlens-claim-<verdict>.
export const PAGE_HIGHLIGHT_CSS = [MENTION_STYLES, CLAIM_STYLES].join('\n');
