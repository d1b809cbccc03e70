// What sends a text block to the claim checker (block-claims.ts), apart from a mention: an
// agency's words, or a certificate's name without 师. The content script needs these on every page
// (the page engine's batch test), the checker itself only on a page with a block to check, so they
// live apart: this module is small, and the checker is loaded when the first block needs it
// (entrypoints/content/claims-analyzer.ts).
import { CONTEXT_BLOCK_TRIGGERS, MENTION_STEMS } from '../../data/claim-cues';
import { escapeRegExp } from '../regexp';
import { lazy } from '../lazy';
import { SIMPLIFIED_TO_TRADITIONAL, eitherScript } from './traditional';

/** How much text before a block may lend it a certificate mention: a heading and a paragraph or so. */
export const LOOK_BACK_CHARS = 200;

/** The words that make a block without a mention worth checking (data/claim-cues.ts), either script. */
export const contextTriggerRe = lazy(() => new RegExp(CONTEXT_BLOCK_TRIGGERS.map(eitherScript).join('|')));

/** Every mix of simplified and traditional forms of a word ("颁发" → 颁发, 頒发, 颁發, 頒發). */
function scriptMixes(word: string): string[] {
  let out = [''];
  for (const c of word) {
    const forms = [c, ...(SIMPLIFIED_TO_TRADITIONAL[c] ?? '')];
    out = out.flatMap((head) => forms.map((f) => head + f));
  }
  return out;
}

/**
 * The same test as plain strings, for the page engine's batch test over the text of every node:
 * V8 skips ahead through an alternation of literals but not through character classes like
 * [颁頒][发發], which cost several times more per character of page text.
 */
export const contextTriggerSource = lazy(() =>
  [...new Set(CONTEXT_BLOCK_TRIGGERS.flatMap(scriptMixes))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
);
/** 互联网营销 / 全媒体运营 without 师: rules whose wording names the certificate need no other mention. */
export const STEM_RE = new RegExp(MENTION_STEMS.map(eitherScript).join('|'));

/**
 * How far after a mention a block without one of its own may still hold a claim that borrows it:
 * the block starts within LOOK_BACK_CHARS of the mention, and a borrowed mention reaches only its
 * first sentence (a rule's distance, 80 characters, or a chain of slogans). Twice the look-back
 * leaves room. The page engine searches a page's text for CONTEXT_BLOCK_TRIGGERS only there
 * (Analyzer.near): most pages have no mention, and then no search at all.
 */
export const NEAR_MENTION_CHARS = 2 * LOOK_BACK_CHARS;

/** The page engine's per-node test: could a block without a mention hold a claim here? */
export function contextTriggers(data: string): boolean {
  return contextTriggerRe().test(data);
}
