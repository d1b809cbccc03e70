// Page-side engine: finds mentions and claims, highlights them with CSS.highlights, shows cards.
// The page's DOM is the user's: nothing here wraps, splits or edits the page's nodes.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // Filled in by the page engine (issue 3).
  },
});
