// Mentions of the two certificates: the first analyzer of the page engine.
import type { CertId } from '../../data/types';
import { mentionMatcher, type MentionMatcher, type MentionSpan } from '../match/mention-matcher';
import type { Analyzer } from './analyzer';
import type { IndexedRange, RangeIndex } from './range-index';
import { MENTION_HIGHLIGHT_PREFIX, MENTION_STYLES } from './highlight-styles';
import { partWithMargin } from './text-block';
import { CONTEXT_WINDOW } from '../../data/names';

/**
 * Text read on either side of a long block's part: a work type counts with a name or keyword within
 * CONTEXT_WINDOW, and that name may count by a keyword within CONTEXT_WINDOW of it in turn.
 */
const PART_MARGIN = 4 * CONTEXT_WINDOW;

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
    analyze(block, _earlier, part) {
      if (!part) return matcher.find(block.text);
      // A part of a long block, read with the text around it: whether a name stands alone, or a
      // work type has a name or a keyword within CONTEXT_WINDOW, may depend on what lies beyond its edge.
      const { start, end } = partWithMargin(block, part, PART_MARGIN);
      const spans: MentionSpan[] = [];
      for (const span of matcher.find(block.text.slice(start, end))) {
        if (span.start + start < part.from || span.start + start >= part.to) continue;
        spans.push({ ...span, start: span.start + start, end: span.end + start });
      }
      return spans;
    },
    highlightName: (span) => mentionHighlightName(span.cert),
    styles: MENTION_STYLES,
  };
}

export const mentionAnalyzer = createMentionAnalyzer();
