// When the extension is updated, reloaded or switched off, Chrome leaves the old content script
// running in open pages with its extension context gone (WXT's ctx notices and calls its
// onInvalidated callbacks). Taking our listeners off the extension's APIs then throws "Extension
// context invalidated": those listeners went with the context anyway. A cleanup that threw would
// be an uncaught error on the reader's page, and would stop the cleanups after it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Runs `cleanup` when the extension's context is gone; an error from the dead APIs is ignored. */
export function onContextGone(ctx: ContentScriptContext, cleanup: () => void): void {
  ctx.onInvalidated(() => {
    try {
      cleanup();
    } catch {
      // The API's listeners are gone with the context.
    }
  });
}
