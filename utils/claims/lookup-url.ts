// Facts.md §5 #20: where a page sends readers to "check" a certificate. Genuine lookups live on
// osta.org.cn or a government (*.gov.cn) site; anything else proves nothing, and a host dressed up
// with official names (osta-cx.com, cpta-gov.com) is an imitation.
import {
  LOOKALIKE_HOST_TOKENS,
  OFFICIAL_LOOKUP_DOMAINS,
  OFFICIAL_SITE_NAMES,
  OTHER_SYSTEM_DOMAINS,
} from '../../data/claim-rules';

export type HostKind = 'official' | 'unofficial' | 'lookalike';

const TLDS =
  'com|cn|net|org|top|xyz|vip|cc|info|site|online|wang|ltd|shop|club|co|io|me|tv|biz|hk|tw|mobi|pro|link|icu|ink|work|tech|store|asia';
/**
 * Addresses in normalised (lower-case, ASCII-punctuated) text, with or without a scheme. Labels
 * after a known top-level domain belong to the host: osta.org.cn.cx is not osta.org.cn. A "?"
 * belongs to the address only before a query ("?id=3"): after normalisation a full-width ？ ending
 * the sentence is a "?" too.
 */
const URL_RE = new RegExp(
  `(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLDS})(?:\\.[a-z]{2,6})*)(?![a-z0-9-])(?::\\d{2,5})?(?:/(?:[^\\s,;。!?"'“”「」()<>]|\\?(?=[a-z0-9]))*)?`,
  'g',
);
const OFFICIAL_NAME_RE = new RegExp(OFFICIAL_SITE_NAMES);

const onDomain = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/** What a host is, by its name alone. */
export function classifyHost(rawHost: string): HostKind {
  const host = rawHost.toLowerCase().replace(/\.$/, '');
  if (OFFICIAL_LOOKUP_DOMAINS.some((d) => onDomain(host, d))) return 'official';
  // A real site of another system (中国人事考试网) is not an imitation, only the wrong place.
  if (OTHER_SYSTEM_DOMAINS.some((d) => onDomain(host, d))) return 'unofficial';
  if (LOOKALIKE_HOST_TOKENS.some((t) => host.includes(t))) return 'lookalike';
  return 'unofficial';
}

export interface AddressMention {
  start: number;
  end: number;
  host: string;
  kind: Exclude<HostKind, 'official'>;
}

/**
 * Addresses in a sentence that are not official. An address the sentence presents under an
 * official site's name ("中国人事考试网 www.cpta-gov.com") counts as an imitation.
 */
export function suspectAddresses(normalised: string, sentence: { start: number; end: number }): AddressMention[] {
  const text = normalised.slice(sentence.start, sentence.end);
  const out: AddressMention[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const host = m[1]!.replace(/^www\./, '');
    let kind = classifyHost(host);
    if (kind === 'official') continue;
    if (kind === 'unofficial' && OFFICIAL_NAME_RE.test(text) && !OTHER_SYSTEM_DOMAINS.some((d) => onDomain(host, d))) {
      kind = 'lookalike';
    }
    // Trailing full stops of a sentence are not part of the address.
    const length = m[0].replace(/[.]+$/, '').length;
    out.push({ start: sentence.start + m.index, end: sentence.start + m.index + length, host, kind });
  }
  return out;
}
