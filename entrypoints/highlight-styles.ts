// Adopts the ::highlight() styles before the page renders. Adopting a stylesheet later makes the
// browser restyle every element once (on a 50,000-node page that took longer than the whole scan);
// now, with next to nothing parsed, it costs nothing. A constructed stylesheet adds no node.
// The page engine (entrypoints/content) finds the same sheet (same frame, same isolated world).
//
// A plain script, not a WXT content script: WXT wraps those in its content-script context and the
// browser API polyfill (44 KB unminified), which this needs none of, and which took ~2-4 ms of
// every frame's load before its first paint. It is listed in the manifest by wxt.config.ts
// (DOCUMENT_START_SCRIPT), with the matches of the main content script.
import { PAGE_HIGHLIGHT_CSS } from '@/utils/page/highlight-styles';
import { adoptHighlightStyles } from '@/utils/page/highlights';

export default defineUnlistedScript(() => {
  try {
    adoptHighlightStyles(document, PAGE_HIGHLIGHT_CSS);
  } catch {
    // A document that cannot adopt sheets (e.g. XML): the engine adopts later, or paints nothing.
  }
});
