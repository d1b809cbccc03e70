// The shapes of CertLens's data. Facts and claim rules are typed data (data/), logic lives in utils/.
// Every fact shown to a reader carries its status, its sources and the date it was checked.

export type Locale = 'zh_CN' | 'zh_TW' | 'en';
/** Text in every UI language. Certificate names stay in their official Chinese form in all three. */
export type Localized = Record<Locale, string>;

export type CertId = 'internet-marketer' | 'all-media-operator';

/** A public source a fact rests on. Dates are ISO (YYYY-MM-DD, or YYYY-MM when only the month is known). */
export interface Source {
  id: string;
  title: string;
  /** Absolute URL as cited in shared/research/facts.md. */
  url: string;
  /** When the source was published (not when we read it). */
  date: string;
  publisher?: string;
}

/**
 * How a fact stands after checking (facts.md's verdicts):
 * - confirmed: the article / common wording agrees with official sources;
 * - corrected: the common wording is wrong and `text` holds the verified value;
 * - partly: true with a qualifier that `text` states;
 * - unverified: no reliable source; never presented as fact (see `presentation`).
 */
export type FactStatus = 'confirmed' | 'corrected' | 'partly' | 'unverified';

/**
 * How the UI may present a fact:
 * - fact: stated plainly with its sources;
 * - reported: shown only as "reported by X, not verified" with its caveat (e.g. job-ad pay);
 * - hidden: kept in the data for the claim checker and the team, never shown to readers.
 * An unverified fact is never 'fact' (checked by tests).
 */
export type Presentation = 'fact' | 'reported' | 'hidden';

/** What the seed article (or common agency copy) says where it differs from the verified value. */
export interface CommonClaim {
  /** Quoted or closely paraphrased wording, in Chinese as it circulates. */
  said: string;
  /** Who says it: the seed article, or training-agency copy generally. */
  by: 'article' | 'agencies';
  /** Why it is wrong or misleading, in every UI language. */
  why: Localized;
}

export interface Fact {
  text: Localized;
  status: FactStatus;
  presentation: Presentation;
  /** Ids into SOURCES; at least one for every fact that is shown. */
  sources: string[];
  /** When this fact was last checked against its sources (ISO date). */
  checked: string;
  /** For 'reported' facts: what the reader must know before trusting the figure. */
  caveat?: Localized;
  commonClaim?: CommonClaim;
}
