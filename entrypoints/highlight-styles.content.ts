// Adopts the ::highlight() styles before the page renders. Adopting a stylesheet later makes the
// browser restyle every element once (on a 50,000-node page that took longer than the whole scan);
// now, with next to nothing parsed, it costs nothing. A constructed stylesheet adds no node.
// The page engine (entrypoints/content) finds the same sheet (same frame, same isolated world).
import { PAGE_HIGHLIGHT_CSS } from '@/utils/page/highlight-styles';
import { adoptHighlightStyles } from '@/utils/page/highlights';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  main() {
    try {
      adoptHighlightStyles(document, PAGE_HIGHLIGHT_CSS);
    } catch {
      // A document that cannot adopt sheets (e.g. XML): the engine adopts later, or paints nothing.
    }
  },
});
