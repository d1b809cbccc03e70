// The card names the certificate in the page's own script: a reader of 互聯網營銷師 gets the
// traditional name back. Uses the shared character map (data/script-map.ts), so the card, the
// matcher and the claim checker agree on what counts as traditional.
import { CERTIFICATES } from '@/data/certificates';
import { TRADITIONAL_TO_SIMPLIFIED as TO_SIMPLIFIED } from '@/data/script-map';
import type { CertId, Track } from '@/data/types';

/** Whether the text uses a traditional form of any character the map knows. */
export function isTraditional(text: string): boolean {
  for (const c of text) if (TO_SIMPLIFIED.has(c)) return true;
  return false;
}

export function toSimplified(text: string): string {
  let out = '';
  for (const c of text) out += TO_SIMPLIFIED.get(c) ?? c;
  return out;
}

/** The work type or direction a mention's text names, if any (e.g. 直播銷售員 → livestream-seller). */
export function trackForTerm(certId: CertId, term: string): Track | undefined {
  const s = toSimplified(term).toLowerCase();
  return CERTIFICATES[certId].tracks.find(
    (t) =>
      s.includes(t.name.zh_CN) ||
      (t.variants ?? []).some((v) => s.includes(v)) ||
      (t.officialEnglish ?? []).some((e) => s.includes(e.toLowerCase())),
  );
}
