// Mentions of the two certificates: the first analyzer of the page engine.
import type { CertId } from '../../data/types';
import { mentionMatcher, type MentionMatcher, type MentionSpan } from '../match/mention-matcher';
import type { Analyzer } from './analyzer';
import type { IndexedRange, RangeIndex } from './range-index';

export type { MentionSpan };

/** Every mention highlight name starts with this (public interface: tests and other tools rely on it). */
export const MENTION_HIGHLIGHT_PREFIX = 'certlens-mention';

export function mentionHighlightName(cert: CertId): string {
  return `${MENTION_HIGHLIGHT_PREFIX}-${cert}`;
}

/** One mention on the page: what was found (cert, term, kind) and where (range, root, block). */
export type MentionEntry = MentionSpan & IndexedRange;
export type MentionIndex = RangeIndex<MentionEntry>;

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

export function createMentionAnalyzer(matcher: MentionMatcher = mentionMatcher): Analyzer<MentionSpan> {
  return {
    id: 'mentions',
    triggers: (data) => matcher.triggers(data),
    analyze: (block) => matcher.find(block.text),
    highlightName: (span) => mentionHighlightName(span.cert),
    styles: MENTION_STYLES,
  };
}

export const mentionAnalyzer = createMentionAnalyzer();
