// Where the certificates are mentioned in a (normalised) text, and whether a claim is near enough
// to one of them to be about it.
import { CERT_MENTIONS, COMPARED_WITH, OTHER_CERTIFICATES } from '../../data/claim-cues';
import type { CertRequirement } from '../../data/claim-rules';
import type { CertId } from '../../data/types';
import { escapeRegExp } from '../regexp';
import { sentenceIndexAt, type Sentence } from './sentences';
import { firstAtOrAfter } from './spans';

export interface Mention {
  start: number;
  end: number;
  /** null for a mention the caller vouched for without saying which certificate it is. */
  cert: CertId | null;
}

// One alternation with a capture group per mention, so one pass finds them all and says whose.
const MENTION_RE = new RegExp(
  CERT_MENTIONS.map((m) => `(${m.literal ? escapeRegExp(m.source) : m.source})`).join('|'),
  'g',
);
const OTHER_RE = new RegExp(OTHER_CERTIFICATES, 'g');

export function findMentions(normalised: string): Mention[] {
  const out: Mention[] = [];
  for (const m of normalised.matchAll(MENTION_RE)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    out.push({ start: m.index, end: m.index + m[0].length, cert: CERT_MENTIONS[group]?.cert ?? null });
  }
  return out;
}

const COMPARED_BEFORE_RE = new RegExp(COMPARED_WITH.before);
const COMPARED_AFTER_RE = new RegExp(COMPARED_WITH.after);

/** Spans naming other certificates (会计证, 教师资格…), but not one ours is only compared with. */
export function findOtherCertificates(normalised: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of normalised.matchAll(OTHER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const compared = COMPARED_BEFORE_RE.test(normalised.slice(Math.max(0, start - 2), start)) && COMPARED_AFTER_RE.test(normalised.slice(end, end + 12));
    if (!compared) out.push({ start, end });
  }
  return out;
}

/** Characters between two spans; 0 when they touch or overlap. */
export function spanGap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/** A sentence this short that ends in "!" ("包过！", "零门槛！") is a slogan: mentions reach across a chain of them. */
const SLOGAN_CHARS = 6;

export interface ContextInput {
  claim: { start: number; end: number };
  sentenceIndex: number;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  others: readonly { start: number; end: number }[];
  normalised: string;
  /** The caller vouches that the text is about the certificates (see CheckOptions.assumeCertContext). */
  assume: boolean;
}

/**
 * The mention that makes the claim about our certificates, or null. Nearest mention within the
 * rule's distance in the claim's own sentence, else in an adjacent one (or the caller's mention
 * just before the text); with `only`, the nearest must be of those certificates; and no other
 * certificate named in the claim's sentence may be nearer to it.
 */
export function certContext(req: CertRequirement, input: ContextInput): Mention | null {
  const { claim, sentenceIndex, sentences, mentions, others, normalised, assume } = input;
  const sentence = sentences[sentenceIndex]!;
  // The sentence before or after, or further across a chain of slogans when the claim is one
  // itself ("零门槛！包过！互联网营销师证速来").
  const slogan = (s: Sentence | undefined) => {
    const text = s && normalised.slice(s.start, s.end).trimEnd();
    return text !== undefined && text.endsWith('!') && text.replace(/[^\p{L}\p{N}]/gu, '').length <= SLOGAN_CHARS;
  };
  const adjacent = (at: number): boolean => {
    const apart = Math.abs(at - sentenceIndex);
    if (apart <= 1) return true;
    if (!slogan(sentence)) return false;
    for (let k = Math.min(at, sentenceIndex) + 1; k < Math.max(at, sentenceIndex); k++) if (!slogan(sentences[k])) return false;
    return true;
  };
  // The sentence's own mention comes first: under a heading about 全媒体运营师, "2020年7月，…发布了
  // 互联网营销师" dates 互联网营销师, although the heading's mention (at offset -1) is nearer the date.
  const nearest = (own: boolean): { best: Mention | null; gap: number } => {
    let best: Mention | null = null;
    let gap = Infinity;
    // Only mentions within the rule's distance can be chosen: the ones from the first that ends
    // that near on (mentions do not overlap, so they are in order of their ends too). Looking at
    // every mention for every claim made a long text cost seconds (a log of 160,000 characters
    // with 6,000 claims: claims × mentions).
    for (let k = firstAtOrAfter(mentions, claim.start - req.distance, (m) => m.end); k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.start > claim.end + req.distance) break;
      // A mention at a negative offset is the caller's "mentioned just before this text".
      const at = m.start < 0 ? -1 : sentenceIndexAt(sentences, m.start);
      if (own ? at !== sentenceIndex : !adjacent(at)) continue;
      const g = spanGap(claim, m);
      if (g < gap) {
        best = m;
        gap = g;
      }
    }
    return gap > req.distance ? { best: null, gap: Infinity } : { best, gap };
  };
  let { best, gap: bestGap } = nearest(true);
  if (!best) ({ best, gap: bestGap } = nearest(false));
  if (!best && req.orInSentence && new RegExp(req.orInSentence).test(normalised.slice(sentence.start, sentence.end))) {
    return { start: sentence.start, end: sentence.start, cert: null };
  }
  if (!best && assume && !req.only) {
    // Vouched for, unless the sentence is plainly about another certificate.
    const aboutOther = others.some((o) => o.start >= sentence.start && o.end <= sentence.end);
    return aboutOther ? null : { start: claim.start, end: claim.start, cert: null };
  }
  if (!best) return null;
  if (req.only && (best.cert === null || !req.only.includes(best.cert))) return null;
  // Our mention stands in the sentence before or after: a sentence of its own that names another
  // certificate is about that one ("电工证…必须持证上岗；互联网营销师证书则不是").
  const inSentence = best.start >= sentence.start && best.start < sentence.end;
  for (const o of others) {
    if (o.start < sentence.start || o.end > sentence.end) continue;
    if (!inSentence) return null;
    // A tie goes to the other certificate: accuracy over reach.
    if (spanGap(claim, o) <= bestGap) return null;
  }
  return best;
}
