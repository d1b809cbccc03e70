// Mentions of the two certificates: the first analyzer of the page engine.
import type { CertId } from '../../data/types';
import { mentionMatcher, type MentionMatcher, type MentionSpan } from '../match/mention-matcher';
import type { Analyzer } from './analyzer';
import type { IndexedRange, RangeIndex } from './range-index';
import { MENTION_HIGHLIGHT_PREFIX, MENTION_STYLES } from './highlight-styles';

export { MENTION_HIGHLIGHT_PREFIX };

export type { MentionSpan };

export function mentionHighlightName(cert: CertId): string {
  return `${MENTION_HIGHLIGHT_PREFIX}-${cert}`;
}

/** One mention on the page: what was found (cert, term, kind) and where (range, root, block). */
export type MentionEntry = MentionSpan & IndexedRange;
export type MentionIndex = RangeIndex<MentionEntry>;


export function createMentionAnalyzer(matcher: MentionMatcher = mentionMatcher): Analyzer<MentionSpan> {
  return {
    id: 'mentions',
    triggers: (data) => matcher.triggers(data),
    triggerBatch: matcher.triggerBatch,
    mayContinue: matcher.mayContinue,
    subtreeStarts: matcher.subtreeStarts,
    analyze: (block) => matcher.find(block.text),
    highlightName: (span) => mentionHighlightName(span.cert),
    styles: MENTION_STYLES,
  };
}

export const mentionAnalyzer = createMentionAnalyzer();
