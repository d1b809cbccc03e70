// Rule 20 for links: the page's <a href> rather than an address written in the text. The page
// engine passes the link's own text and the text of the block around it.
import { CERT_MENTIONS, OTHER_CERTIFICATES, WARNING_CUES } from '../../data/claim-cues';
import { LOOKUP_CUES, OFFICIAL_SITE_NAMES, OTHER_SYSTEM_DOMAINS, claimRuleById, type ClaimVerdict } from '../../data/claim-rules';
import { classifyHost } from './lookup-url';
import { normaliseForMatching } from './normalise';

export interface LinkVerdict {
  ruleId: 'unofficial-lookup-site' | 'lookalike-official-site';
  verdict: ClaimVerdict;
  host: string;
}

const LOOKUP_RE = new RegExp(`${LOOKUP_CUES}|${OFFICIAL_SITE_NAMES}`);
const OFFICIAL_NAME_RE = new RegExp(OFFICIAL_SITE_NAMES);
const WARNING_RE = new RegExp(WARNING_CUES);
const MENTION_RE = new RegExp(CERT_MENTIONS.map((m) => m.source).join('|'));
const OTHER_RE = new RegExp(OTHER_CERTIFICATES);

/**
 * Whether a link sends readers to a certificate lookup that is not the official one. It must be
 * presented as a lookup (查询, 真伪, 官网… in its text or around it) on text about the certificates
 * (or the caller vouches for that), and not inside a warning. Returns null for official hosts,
 * non-web links and anything else.
 */
export function checkLinkHref(
  href: string,
  around: { label?: string; context?: string } = {},
  options: { assumeCertContext?: boolean } = {},
): LinkVerdict | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/^www\./, '');
  let kind = classifyHost(host);
  if (kind === 'official') return null;
  const text = normaliseForMatching(`${around.label ?? ''}\n${around.context ?? ''}`);
  if (!LOOKUP_RE.test(text) || WARNING_RE.test(text)) return null;
  const aboutUs = MENTION_RE.test(text) || (!!options.assumeCertContext && !OTHER_RE.test(text));
  if (!aboutUs) return null;
  const label = normaliseForMatching(around.label ?? '');
  if (kind === 'unofficial' && OFFICIAL_NAME_RE.test(label) && !OTHER_SYSTEM_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`))) {
    kind = 'lookalike';
  }
  const ruleId = kind === 'lookalike' ? 'lookalike-official-site' : 'unofficial-lookup-site';
  return { ruleId, verdict: claimRuleById(ruleId).verdict, host };
}
