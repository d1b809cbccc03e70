// One way to reach every fact by a stable id ("internet-marketer.issuer", "system.crackdown"), for the
// claim checker and the cards, which cite facts rather than copy them.
import { CERT_IDS, CERTIFICATES } from './certificates';
import { SYSTEM_FACTS } from './system-facts';
import type { CertFactKey, Fact, FactId, SystemFactKey } from './types';

/** Every fact with its id. A fact shared by both certificates (from SYSTEM_FACTS) appears under each id. */
export function allFacts(): Array<{ id: FactId; fact: Fact }> {
  const out: Array<{ id: FactId; fact: Fact }> = [];
  for (const certId of CERT_IDS) {
    for (const [key, fact] of Object.entries(CERTIFICATES[certId].facts)) {
      if (fact) out.push({ id: `${certId}.${key as CertFactKey}`, fact });
    }
  }
  for (const [key, fact] of Object.entries(SYSTEM_FACTS)) {
    out.push({ id: `system.${key as SystemFactKey}`, fact });
  }
  return out;
}

/** Resolves a fact id; throws on an id that names no fact, so stale references fail in tests. */
export function factById(id: FactId): Fact {
  const dot = id.indexOf('.');
  const scope = id.slice(0, dot);
  const key = id.slice(dot + 1);
  const fact =
    scope === 'system'
      ? SYSTEM_FACTS[key as SystemFactKey]
      : CERTIFICATES[scope as keyof typeof CERTIFICATES]?.facts[key as CertFactKey];
  if (!fact) throw new Error(`Unknown fact id: ${id}`);
  return fact;
}

/** Whether a reader may see this fact at all ('hidden' facts are for the team and the claim checker). */
export const isShown = (fact: Fact): boolean => fact.presentation !== 'hidden';
