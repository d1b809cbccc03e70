// The claim checker applied to one text block of a page, the page engine's unit of text. The
// block's own text is checked; the text just before it lends a certificate mention to its first
// sentence (a heading "互联网营销师考证班" over a paragraph "人社部颁发，包过"); its links are
// checked by address (rule 20). Pure: entrypoints/content/claims-analyzer.ts gathers the text
// before and the links from the DOM and maps the spans back to the page's nodes.
import { CERT_TOPIC_WORDS, WARNING_CUES } from '../../data/claim-cues';
// The words that send a block here live in block-triggers.ts: the content script needs them on
// every page, and this module only when a page has a block to check.
import { LOOK_BACK_CHARS, STEM_RE, contextTriggerRe, contextTriggers } from './block-triggers';
import type { ClaimVerdict } from '../../data/claim-rules';
import type { CertId } from '../../data/types';
import { findMentions } from './cert-context';
import { checkText, compileCues, compileGates, compileNextRule, mayHoldClaim } from './check';
import { checkLinkHref } from './link-check';
import { normaliseForMatching } from './normalise';
import { compileAhead } from '../regexp';
import { sentenceIndexAt, splitSentences } from './sentences';

/** A flagged claim in a block: [start, end) is the phrase to highlight, in the block's text. */
export interface ClaimSpan {
  start: number;
  end: number;
  ruleId: string;
  verdict: ClaimVerdict;
  /** The sentence holding the phrase, offsets in the block's text and as written. */
  sentenceStart: number;
  sentenceEnd: number;
  quote: string;
  /** 'text': the words say it; 'link': a link's address is a fake lookup site (rule 20). */
  via: 'text' | 'link';
  /** For 'link': the host the link points to. */
  host?: string;
}

/** A link inside the block: its absolute address and where its text is in the block's text. */
export interface BlockLink {
  href: string;
  start: number;
  end: number;
}

export interface BlockInput {
  text: string;
  /**
   * The page's text just before the block, as the texts of its nodes in document order (about
   * LOOK_BACK_CHARS (block-triggers.ts) in all, nearest last). A function: gathering it walks the DOM, and most blocks
   * never need it.
   */
  before?: () => readonly string[];
  links?: readonly BlockLink[];
}

const WARNING_RE = new RegExp(WARNING_CUES);
const CERT_TOPIC_RE = new RegExp(CERT_TOPIC_WORDS);
/** How many nodes back a warning that introduces a list ("谨防以下套路：") still covers the items. */
const WARNING_LIST_NODES = 8;

/**
 * Whether the block is an item of a list a warning introduces: one of the last few texts before
 * it warns and ends in a colon ("谨防以下套路：" then "包过班", "人社部颁发" on lines of their own,
 * as <br> lines or <li>s). The checker does this within one text; on a page each line is a block.
 */
export function inWarnedList(before: readonly string[]): boolean {
  for (let i = before.length - 1, k = 0; i >= 0 && k < WARNING_LIST_NODES; i--, k++) {
    const line = normaliseForMatching(before[i]!).trim();
    if (/:$/.test(line) && WARNING_RE.test(line)) return true;
  }
  return false;
}

const LINK_RULES = new Set(['unofficial-lookup-site', 'lookalike-official-site']);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** The certificate mentioned last in `text` (null: a mention without a known certificate), if any. */
export function lastMention(text: string): CertId | null | undefined {
  const mentions = findMentions(normaliseForMatching(text));
  return mentions.length ? mentions[mentions.length - 1]!.cert : undefined;
}

/**
 * The most of one text the checker reads at once: ~10 screens of Chinese text, checked in about
 * 5-10 ms on a normal day (20 ms on a slow one). The page engine never hands it more: it analyzes
 * a longer block in parts (blockPartClaims), each in a step of its own. A caller that passes a
 * longer text gets the claims of its first 10,000 characters, cut after a sentence or a line.
 */
export const MAX_CHECKED_CHARS = 10_000;
/** How far back from MAX_CHECKED_CHARS the cut looks for the end of a sentence or a line. */
const CUT_SEARCH_CHARS = 1_000;
const SENTENCE_OR_LINE_END = /[。！？!?；;\n]/g;

/** Where a long block's check stops: after the last sentence or line that ends within the limit. */
export function checkedLength(text: string): number {
  if (text.length <= MAX_CHECKED_CHARS) return text.length;
  const from = MAX_CHECKED_CHARS - CUT_SEARCH_CHARS;
  let cut = MAX_CHECKED_CHARS;
  SENTENCE_OR_LINE_END.lastIndex = from;
  for (let m = SENTENCE_OR_LINE_END.exec(text); m && m.index < MAX_CHECKED_CHARS; m = SENTENCE_OR_LINE_END.exec(text)) cut = m.index + 1;
  return cut;
}

export function blockClaims(input: BlockInput): ClaimSpan[] {
  const length = checkedLength(input.text);
  if (length === input.text.length) return checkBlock(input);
  return checkBlock({ ...input, text: input.text.slice(0, length), links: input.links?.filter((l) => l.end <= length) });
}

/**
 * Text read on either side of a long block's part (blockPartClaims): more than a rule's distance
 * to its mention (at most 120 characters) and the sentences around a claim that may lend one.
 */
export const PART_MARGIN = 512;

/**
 * The claims that start in [part.from, part.to) of a long block (the page engine analyzes such a
 * block part by part; see Analyzer.analyze), offsets in the whole block's text. The part is read
 * with PART_MARGIN characters around it; the text before what is read is the block's own text
 * there, or, for the first part, the page's text before the block (`input.before`).
 */
export function blockPartClaims(input: BlockInput, part: { from: number; to: number }): ClaimSpan[] {
  const start = Math.max(0, part.from - PART_MARGIN);
  const end = Math.min(input.text.length, part.to + PART_MARGIN);
  const text = input.text.slice(start, end);
  const before = start === 0 ? input.before : () => [input.text.slice(Math.max(0, start - LOOK_BACK_CHARS), start)];
  const links = (input.links ?? [])
    .filter((l) => l.end > start && l.start < end)
    .map((l) => ({ href: l.href, start: Math.max(l.start, start) - start, end: Math.min(l.end, end) - start }));
  const out: ClaimSpan[] = [];
  for (const span of blockClaims({ text, before, links })) {
    const at = span.start + start;
    if (at < part.from || at >= part.to) continue;
    out.push({ ...span, start: at, end: span.end + start, sentenceStart: span.sentenceStart + start, sentenceEnd: span.sentenceEnd + start });
  }
  return out;
}

function checkBlock({ text, before, links = [] }: BlockInput): ClaimSpan[] {
  const words = mayHoldClaim(text);
  if (!words && links.length === 0) return [];
  const own = STEM_RE.test(text) || lastMention(text) !== undefined;
  // A block without a mention of its own is checked only when it has one of the agencies' words
  // (the engine handed it over for them) and speaks of certificates, exams or training, or has
  // links; otherwise there is nothing the text before it could lend a mention to.
  const borrows = !own && contextTriggers(text) && CERT_TOPIC_RE.test(normaliseForMatching(text));
  if (!own && !borrows && links.length === 0) return [];
  // Only its links could be flagged: unless one of them would be with a mention before it, the
  // text before the block (a walk of the page) is not worth reading. A news page's links
  // (互动直播, 安全) are most of such blocks.
  if (!own && !borrows && !links.some((l) => l.end > l.start && checkLinkHref(l.href, { label: text.slice(l.start, l.end), context: text }, { assumeCertContext: true })))
    return [];
  let preceding: CertId | null | undefined;
  if (before) {
    const texts = before();
    if (inWarnedList(texts)) return [];
    preceding = lastMention(texts.join(''));
  }
  if (!own && preceding === undefined) return [];
  const precedingMention = preceding === undefined ? undefined : (preceding ?? true);

  const out: ClaimSpan[] = words && (own || borrows)
    ? checkText(text, { precedingMention }).map((h) => ({
        start: h.start,
        end: h.end,
        ruleId: h.ruleId,
        verdict: h.verdict,
        sentenceStart: h.sentenceStart,
        sentenceEnd: h.sentenceEnd,
        quote: h.quote,
        via: 'text' as const,
      }))
    : [];

  if (links.length > 0) {
    const sentences = splitSentences(text);
    for (const link of links) {
      if (link.end <= link.start) continue;
      // An address written out as the link's text is already flagged by the text rule.
      if (out.some((h) => LINK_RULES.has(h.ruleId) && overlaps(h, link))) continue;
      const verdict = checkLinkHref(
        link.href,
        { label: text.slice(link.start, link.end), context: text },
        { assumeCertContext: precedingMention !== undefined },
      );
      if (!verdict) continue;
      const i = sentenceIndexAt(sentences, link.start);
      const s = i >= 0 ? sentences[i]! : { start: link.start, end: link.end };
      out.push({
        start: link.start,
        end: link.end,
        ruleId: verdict.ruleId,
        verdict: verdict.verdict,
        sentenceStart: s.start,
        sentenceEnd: s.end,
        quote: text.slice(s.start, s.end),
        via: 'link',
        host: verdict.host,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Compiles the checker's regular expressions ahead of the first block, in steps, until `deadline`
 * (a performance.now() time); true once all are done. The browser compiles an expression the first
 * time it runs, and the first checks would otherwise take ~30 ms more (most of it the rules'
 * wordings), in the middle of the page engine's work. The steps: the gates every check runs, each
 * rule's wording, then one check of a block like those pages hold (the cues around a claim, the
 * link check).
 */
export function prepareChecker(deadline = Infinity): boolean {
  for (;;) {
    const step = PREPARE_STEPS[preparedSteps];
    if (!step) return true;
    if (performance.now() >= deadline) return false;
    if (!step()) preparedSteps++;
  }
}
let preparedSteps = 0;

/** prepareChecker's steps, in order; a step that returns true has more to do. */
const PREPARE_STEPS: (() => boolean)[] = [
  () => {
    compileGates();
    return false;
  },
  compileNextRule,
  () => {
    compileCues();
    return false;
  },
  () => {
    blockClaims({
      text: '互联网营销师证书由人社部颁发，不是国家职业资格，包过。详见 http://osta-cert.example.com 。',
      before: () => ['全媒体运营师'],
      links: [{ href: 'http://osta-cert.example.com/', start: 0, end: 6 }],
    });
    compileAhead([contextTriggerRe()]);
    return false;
  },
];
