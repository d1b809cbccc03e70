// Bundled by scripts/bench.mjs (esbuild) into a plain page script: the same engine code the
// content script runs, exposed to the benchmark page. Loaded in <head>, it adopts the highlight
// styles right away, as the extension's document_start script does.
import { PAGE_HIGHLIGHT_CSS } from '../utils/page/highlight-styles';
import { adoptHighlightStyles } from '../utils/page/highlights';
import { mentionAnalyzer } from '../utils/page/mention-analyzer';
import { PageEngine } from '../utils/page/page-engine';
import { mentionMatcher } from '../utils/match/mention-matcher';

adoptHighlightStyles(document, PAGE_HIGHLIGHT_CSS);
// As the content script does before its engine starts (entrypoints/content/page-engine.ts).
mentionMatcher.warm();
(window as unknown as { __certlens: unknown }).__certlens = { PageEngine, mentionAnalyzer, css: PAGE_HIGHLIGHT_CSS };
