// Bundled by scripts/bench.mjs (esbuild) into a plain page script: the same engine code the
// content script runs, exposed to the benchmark page. Loaded in <head>, it adopts the highlight
// styles right away, as the extension's document_start script does.
import { PAGE_HIGHLIGHT_CSS } from '../utils/page/highlight-styles';
import { adoptHighlightStyles } from '../utils/page/highlights';
import { mentionAnalyzer } from '../utils/page/mention-analyzer';
import { PageEngine } from '../utils/page/page-engine';

adoptHighlightStyles(document, PAGE_HIGHLIGHT_CSS);
(window as unknown as { __certlens: unknown }).__certlens = { PageEngine, mentionAnalyzer, css: PAGE_HIGHLIGHT_CSS };
