// Bundled by scripts/bench.mjs into a second page script: the engine with the claim analyzer, as
// the content script runs them (the column "with the claim checker"). A bundle of its own, so that
// the mention measurements load only the engine (see bench.mjs).
import { createClaimsAnalyzer, loadClaimChecker } from '../entrypoints/content/claims-analyzer';
import { PAGE_HIGHLIGHT_CSS } from '../utils/page/highlight-styles';
import { adoptHighlightStyles } from '../utils/page/highlights';
import { mentionAnalyzer } from '../utils/page/mention-analyzer';
import { PageEngine } from '../utils/page/page-engine';
import { mentionMatcher } from '../utils/match/mention-matcher';

adoptHighlightStyles(document, PAGE_HIGHLIGHT_CSS);
// As the content script does before its engine starts (entrypoints/content/page-engine.ts).
mentionMatcher.warm();
(window as unknown as { __certlens: unknown }).__certlens = { PageEngine, mentionAnalyzer, createClaimsAnalyzer, loadClaimChecker, css: PAGE_HIGHLIGHT_CSS };
