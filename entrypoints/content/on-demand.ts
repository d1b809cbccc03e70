// The content script's second file: what a page needs only once it has something to show. The
// card views (components, facts, the claims' explanations, messages in three languages), Preact's
// render for them, and the claim checker with its rules. modules/content-on-demand.ts builds this
// module as `content-on-demand.js` beside the content script, and on-demand-loader.ts imports it
// when a page first has a block or a card to open. Most pages never do, and a content script's
// cost on every page load follows its file's size (docs/engine.md, "Page load").
//
// Everything that renders a card must come from here: a second copy of Preact (the content
// script's) could not render or unmount this copy's components.
export { render } from 'preact';
export { claimView, mentionView, selectionView } from './card-views';
export { createCardHost } from './card-host';
export { blockClaims, blockPartClaims, prepareChecker } from '@/utils/claims/block-claims';
export { checkSelection } from '@/utils/claims/check';
