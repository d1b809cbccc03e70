// A jump from the popup into a frame whose parent is another origin: the frame cannot scroll the
// page around it (frameElement is null across origins), so it asks the background, which passes the
// request to every frame of the tab; the one whose framePath is the asking frame's minus its last
// step is the parent, and scrolls the frame into view (entrypoints/content/frame-position.ts). No
// permission is needed: tabs.sendMessage reaches our content script in every frame, and no message
// goes through the page (a postMessage would tell the page that CertLens is there).
import type { RevealInParent } from './messages';
import type { RevealChildRequest } from './page-messages';

/** The slice of the extension API the relay uses (the real `browser`, or a fake in tests). */
export interface RevealRelayApi {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** Valid only from a frame (a path of at least one step, whole non-negative indices). */
export function isRevealInParent(msg: RevealInParent): boolean {
  const { path, box } = msg;
  return (
    Array.isArray(path) &&
    path.length > 0 &&
    path.every((i) => Number.isInteger(i) && i >= 0) &&
    !!box &&
    ['top', 'left', 'bottom', 'right'].every((k) => Number.isFinite((box as unknown as Record<string, unknown>)[k]))
  );
}

export function relayRevealToParent(api: RevealRelayApi, tabId: number, msg: RevealInParent): Promise<unknown> | undefined {
  if (!isRevealInParent(msg)) return undefined;
  const request: RevealChildRequest = { type: 'certlens:reveal-child', path: msg.path, box: msg.box };
  // Without a frameId the message goes to every frame; frames that are not the parent ignore it.
  return api.tabs.sendMessage(tabId, request).catch(() => undefined);
}
