// The content script's answer to the popup's "what is on this page" (utils/page-messages.ts).
import { CERT_IDS, type CertId } from '@/data/types';
import { SUMMARY_LIST_LIMIT, type PageMention, type PageSummary } from '@/utils/page-messages';
import type { CardEntry } from './card-index';

/** Characters of context kept on each side of a mention in the popup list. */
const CONTEXT_CHARS = 14;

interface SummaryEntry extends CardEntry {
  /** The engine's block text and offsets, when present (mention entries have them). */
  block?: { text: string };
  start?: number;
  end?: number;
}

export function summarize(entries: readonly SummaryEntry[], hostname: string, active: boolean, limit = SUMMARY_LIST_LIMIT): PageSummary {
  const mentions: PageMention[] = [];
  const listed: Record<CertId, number> = { 'internet-marketer': 0, 'all-media-operator': 0 };
  const more: Record<CertId, number> = { 'internet-marketer': 0, 'all-media-operator': 0 };
  entries.forEach((e, index) => {
    if (listed[e.cert] >= limit) {
      more[e.cert]++;
      return;
    }
    listed[e.cert]++;
    mentions.push({ index, cert: e.cert, kind: e.kind, term: e.text, context: contextOf(e) });
  });
  for (const id of CERT_IDS) more[id] ??= 0;
  return { hostname, active, mentions, moreMentions: more, claims: [] };
}

function contextOf(e: SummaryEntry): string {
  if (e.block && e.start !== undefined && e.end !== undefined) {
    const from = Math.max(0, e.start - CONTEXT_CHARS);
    const to = Math.min(e.block.text.length, e.end + CONTEXT_CHARS);
    return `${from > 0 ? '…' : ''}${squeeze(e.block.text.slice(from, to))}${to < e.block.text.length ? '…' : ''}`;
  }
  return e.text;
}

/** Collapses the page's whitespace (line breaks in the source) for a one-line list entry. */
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
