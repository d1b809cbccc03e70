// Page-side engine: finds mentions and claims, highlights them with CSS.highlights, shows cards.
// The page's DOM is the user's: nothing here wraps, splits or edits the page's nodes.
import { startPageEngine } from './page-engine';
import { startCards } from './cards';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Every frame, including about:blank / srcdoc frames (their text belongs to the page around them).
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    // In a task of its own: the script's evaluation (compiling it, WXT's runtime, the API polyfill)
    // is already the longest stretch our code holds a page for, on every load and in every frame.
    ctx.setTimeout(() => {
      const running = startPageEngine(ctx);
      // Hover cards, keyboard navigation and the popup's page summary, over the engine's index (issue 4).
      startCards(ctx, running);
    }, 0);
  },
});
