// The card's host on the page: our own open shadow root (WXT's createShadowRootUi) with the cards'
// styles in it. Part of the on-demand file (on-demand.ts): WXT's UI helper and the styles are
// needed only once a page opens its first card, and the content script's cost on every page load
// follows its file's size (docs/engine.md, "Page load").
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import themeCss from '@/components/facts/theme.css?inline';
import factsCss from '@/components/facts/facts.css?inline';
import cardCss from '@/components/card/card.css?inline';
import claimsCss from '@/components/claims/claims.css?inline';
import { CERTLENS_UI_TAG } from '@/utils/page/exclusions';

export type CardHost = ShadowRootContentScriptUi<void>;

const CARD_CSS = [themeCss, factsCss, cardCss, claimsCss].join('\n');

export function createCardHost(ctx: ContentScriptContext, on: { escape(): void; remove(host: CardHost): void }): Promise<CardHost> {
  let host: CardHost | undefined;
  const created = createShadowRootUi<void>(ctx, {
    name: CERTLENS_UI_TAG,
    mode: 'open',
    position: 'overlay',
    zIndex: 2147483647,
    // After <body>, so the card never becomes part of the page's own content flow.
    anchor: () => document.documentElement,
    append: 'last',
    css: CARD_CSS,
    // Keys pressed in the card are ours; page shortcuts must not see them.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      container.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') on.escape();
      });
    },
    onRemove() {
      if (host) on.remove(host);
    },
  });
  return created.then((made) => (host = made));
}
