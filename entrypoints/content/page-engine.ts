// Wires the page engine to the extension: settings (pause, per-site off), the toolbar badge, and
// the content script's lifetime. The hover card and popup protocol build on `mentions`.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CertId } from '@/data/types';
import { emptyMentionCounts, type FrameReport } from '@/utils/messages';
import { PAGE_HIGHLIGHT_CSS } from '@/utils/page/highlight-styles';
import { mentionAnalyzer, type MentionIndex } from '@/utils/page/mention-analyzer';
import { mentionMatcher } from '@/utils/match/mention-matcher';
import { PageEngine } from '@/utils/page/page-engine';
import { isActiveOn, loadSettings, watchSettings, type Settings } from '@/utils/settings';
import { claimCheckerLoaded, createClaimsAnalyzer, loadClaimChecker, type ClaimIndex } from './claims-analyzer';
import { framePath } from './frame-position';
import { onContextGone } from './context-gone';

export interface RunningEngine {
  engine: PageEngine;
  /** Every mention in this frame, in document order; see docs/engine.md. */
  mentions: MentionIndex;
  /** Every flagged claim in this frame, in document order (empty while `checkClaims` is off). */
  claims: ClaimIndex;
  /** The hostname the per-site switch applies to (the tab's, also inside frames). */
  hostname: string;
  /** Whether CertLens is on for this page right now. */
  active(): boolean;
}

/** How long count changes wait before the badge is told (a busy page changes them in bursts). */
const REPORT_DELAY_MS = 250;

export function startPageEngine(ctx: ContentScriptContext): RunningEngine {
  // Here, not when the script is evaluated (that task is the longest our code holds a page for),
  // nor in the scan's first slice.
  mentionMatcher.warm();
  // The styles were adopted at document_start (entrypoints/highlight-styles.ts).
  // Claims run after mentions, over the same blocks (plus blocks with an agency's words; issue 5).
  const claimsAnalyzer = createClaimsAnalyzer();
  const engine = new PageEngine(document, [mentionAnalyzer, claimsAnalyzer], { css: PAGE_HIGHLIGHT_CSS });
  const mentions = engine.index(mentionAnalyzer);
  const claims = engine.index(claimsAnalyzer);
  const hostname = tabHostname();
  let active = false;

  let lastReport = '';
  let timer: number | undefined;
  const sendReport = () => {
    timer = undefined;
    const counts = emptyMentionCounts();
    if (active) for (const m of mentions.values()) counts[m.cert as CertId]++;
    const report: FrameReport = {
      type: 'certlens:frame-report',
      mentions: counts,
      claims: active ? claims.size : 0,
      documentTime: performance.timeOrigin,
      framePath: framePath(),
    };
    const key = JSON.stringify(report);
    if (key === lastReport || ctx.isInvalid) return;
    lastReport = key;
    browser.runtime.sendMessage(report).catch(() => {
      // The background may be restarting; the next change reports again.
      lastReport = '';
    });
  };
  const report = () => {
    timer ??= ctx.setTimeout(sendReport, REPORT_DELAY_MS);
  };
  engine.onChange(report);

  let latest: Settings | undefined;
  const apply = (settings: Settings) => {
    latest = settings;
    // Claim checking switched on where it was off: the checker may never have been loaded on this
    // page (loadClaimChecker); load it, then apply the settings of that moment.
    if (settings.checkClaims && !claimsAnalyzer.enabled && !claimCheckerLoaded()) {
      void loadClaimChecker().then(() => {
        if (!ctx.isInvalid && latest) apply(latest);
      });
      return;
    }
    const on = isActiveOn(settings, hostname);
    const claimsChanged = claimsAnalyzer.enabled !== settings.checkClaims;
    claimsAnalyzer.enabled = settings.checkClaims;
    if (on === active) {
      // Claim checking switched on or off while running: scan again so that claim highlights come
      // or go (the engine clears per engine, not per analyzer; mentions are back within one scan).
      if (on && claimsChanged) {
        engine.stop();
        engine.start();
        void engine.idle().then(report);
      }
      return;
    }
    active = on;
    if (on) {
      engine.start();
      // Report even when nothing is found, so the badge drops the previous page's count.
      void engine.idle().then(report);
    } else {
      engine.stop();
      report();
    }
  };
  void loadSettings().then(({ settings }) => {
    if (!ctx.isInvalid) apply(settings);
  });
  const unwatch = watchSettings(({ settings }) => apply(settings));
  // The extension updated or switched off under the page: this script can no longer show a card or
  // reach the background, so its highlights go (the page's next load gets the new version).
  onContextGone(ctx, () => engine.stop());
  onContextGone(ctx, unwatch);

  return { engine, mentions, claims, hostname, active: () => active };
}

/**
 * The tab's hostname, also from inside a frame: "off on this site" is about the site the user is
 * on. Same-origin parents can be read; otherwise Chromium's ancestorOrigins names the top origin.
 */
function tabHostname(): string {
  try {
    const top = window.top?.location.hostname;
    if (top) return top;
  } catch {
    // cross-origin top
  }
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) {
    try {
      return new URL(ancestors[ancestors.length - 1]!).hostname;
    } catch {
      // an opaque origin ("null")
    }
  }
  return location.hostname;
}
