// The shapes of CertLens's data. Facts and claim rules are typed data (data/), logic lives in utils/.
// Every fact shown to a reader carries its status, its sources and the date it was checked.

export type Locale = 'zh_CN' | 'zh_TW' | 'en';
/** Text in every UI language. Certificate names stay in their official Chinese form in all three. */
export type Localized = Record<Locale, string>;

export type CertId = 'internet-marketer' | 'all-media-operator';
export const CERT_IDS: readonly CertId[] = ['internet-marketer', 'all-media-operator'];

/** A public source a fact rests on. Dates are ISO (YYYY-MM-DD, or YYYY-MM when only the month is known). */
export interface Source {
  id: string;
  /** In the page's own language. See `descriptiveTitle`. */
  title: string;
  /** Absolute URL as cited in shared/research/facts.md. */
  url: string;
  /**
   * When the source was published (not when we read it). Omitted when neither facts.md nor the URL
   * itself gives a date: an invented date would be worse than none.
   */
  date?: string;
  /** Who published the text, e.g. "新华社 (reprint)" when the page is a reprint of a news agency report. */
  publisher?: string;
  /**
   * True when facts.md did not record the page's headline, so `title` is our description of the page
   * (in its language). The UI should not put such a title in quotation marks.
   */
  descriptiveTitle?: boolean;
  /** For the team, never shown: how this source is known or why it is weaker than it looks. */
  note?: string;
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

// ---------------------------------------------------------------------------------------------
// Certificates (data/certificates.ts). Added for the popup comparison, the hover cards and the
// claim checker: structured values that code compares, plus a Fact for every field a reader sees.

/** A 工种 (work type) of 互联网营销师. */
export type WorkTypeId = 'product-selector' | 'livestream-seller' | 'video-promoter' | 'platform-manager';
/** A 职业方向 (direction) of 全媒体运营师. */
export type DirectionId =
  | 'creative-planning'
  | 'audiovisual-operation'
  | 'livestream-operation'
  | 'traffic-operation'
  | 'data-analysis';
export type TrackId = WorkTypeId | DirectionId;

/**
 * A branch of an occupation that has its own levels: the 工种 of 互联网营销师, the 方向 of 全媒体运营师.
 * `name` is the official Chinese name in simplified (zh_CN) and traditional (zh_TW) characters; in
 * `en` the Chinese name is followed by an English gloss (our translation unless `officialEnglish`).
 */
export interface Track {
  id: TrackId;
  kind: 'work-type' | 'direction';
  name: Localized;
  /** English names found in official or major-media English text (facts.md), if any. */
  officialEnglish?: string[];
  /** Other spellings met on pages (simplified), e.g. agencies' 流量优化 for 流量运营. Not official. */
  variants?: string[];
}

/** 五级 is the lowest level (初级工), 一级 the highest (高级技师). */
export type LevelNumber = 1 | 2 | 3 | 4 | 5;

/** One level of a certificate, and the tracks that have it. */
export interface Level {
  level: LevelNumber;
  /** Official name, e.g. zh_CN '五级/初级工'; en 'Level 5 (五级/初级工, junior worker)'. */
  name: Localized;
  /** Ids of the tracks (work types / directions) this level exists for. */
  appliesTo: TrackId[];
  /** Reference training hours (标准学时) from the national standard, where verified. */
  trainingHours?: number;
}

/** The announcement that created the occupation. Dates are ISO; used by the claim checker. */
export interface Announcement {
  /** Date of the release or of the notice itself. */
  date: string;
  /** When major media reported it, where that differs from `date`. */
  reportedDate?: string;
  /** Batch of new occupations since the 2015 《国家职业分类大典》. */
  batch: number;
  /** How many new occupations the announcement released. */
  newOccupations: number;
  /** Official short names of the publishing bodies, in simplified Chinese. */
  publishers: string[];
}

/** Job-ad pay figures as quoted by the seed article: never pay of certificate holders. */
export interface PayReport {
  /** Average monthly pay in yuan. */
  averageMonthlyCny: number;
  /** The most common pay band in yuan per month, [from, to]. */
  mostCommonRangeCny: [number, number];
  /** Share of ads in that band, 0–1. */
  mostCommonShare: number;
  /** Who collected the figures (a job-ad aggregator). */
  aggregator: string;
  /** Source id of the text that quotes the figures. */
  source: string;
}

/** Fields every certificate has. Each is a Fact a reader may see (subject to its presentation). */
export type CoreFactKey =
  | 'name'
  | 'englishName'
  | 'code'
  | 'published'
  | 'classification'
  | 'standard'
  | 'definition'
  | 'tracks'
  | 'levels'
  | 'issuer'
  | 'certificateClass'
  | 'verification'
  | 'registration'
  | 'eligibility'
  | 'subsidy'
  | 'pay';
/** Fields only one certificate has, or hidden notes kept for the team and the claim checker. */
export type OptionalFactKey =
  | 'englishNameUnconfirmed'
  | 'codeRejected'
  | 'standardDrafting'
  | 'duties'
  | 'levelSkipping'
  | 'issuerUnverified'
  | 'trainingHours';
export type CertFactKey = CoreFactKey | OptionalFactKey;
export type CertificateFacts = Record<CoreFactKey, Fact> & Partial<Record<OptionalFactKey, Fact>>;

export interface Certificate {
  id: CertId;
  /** The official name; certificate names stay Chinese in every UI language. */
  name: { simplified: string; traditional: string };
  /** Occupation code (职业编码) as shown to readers. */
  code: string;
  announcement: Announcement;
  /** What the tracks are called for this certificate: 工种 or 职业方向. */
  trackKind: Track['kind'];
  tracks: Track[];
  /** Lowest level first (五级 → 一级); only levels that exist for the occupation. */
  levels: Level[];
  pay: PayReport;
  facts: CertificateFacts;
}

/** Facts that hold for both certificates (data/system-facts.ts). */
export type SystemFactKey =
  | 'issuerSystem'
  | 'notQualification'
  | 'verification'
  | 'registration'
  | 'subsidy'
  | 'crackdown'
  | 'scamChain'
  | 'broadcastRegulatorHistory'
  | 'lifetimeValidity';

/** A stable reference to one fact: "internet-marketer.issuer", "system.crackdown". */
export type FactId = `${CertId}.${CertFactKey}` | `system.${SystemFactKey}`;

// ---------------------------------------------------------------------------------------------
// The popup comparison (data/comparison.ts).

/** One row: a label and, per certificate, the key of a fact of that certificate (null: none). */
export interface ComparisonRow {
  id: string;
  label: Localized;
  cells: Record<CertId, CertFactKey | null>;
}

export interface ComparisonSection {
  id: string;
  title: Localized;
  rows: ComparisonRow[];
}
