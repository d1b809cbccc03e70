// The names the page engine looks for (facts.md §4), as typed data. utils/match/ compiles them.
//
// Only the simplified spelling is written down here; the traditional spellings are GENERATED from it
// with the character map below, so the two scripts can never drift apart, and page text is never
// converted at run time (that would cost a pass over every text node).
import { SIMPLIFIED_TO_TRADITIONAL } from './script-map';
import type { CertId } from './types';
import type { MentionKind } from '../utils/page-messages';

export type { MentionKind };

/**
 * When a term counts as a mention of its certificate:
 * - 'always': it names the certificate by itself (互联网营销师, its code).
 * - 'with-context': only with the certificate named nearby (same text block, see CONTEXT_WINDOW),
 *   or, for work types and English names, next to one of CONTEXT_KEYWORDS. 直播运营 or 数据分析
 *   alone are everyday job words, not the certificate.
 * - 'with-name': only with the certificate named nearby; no keyword is enough (the directions of
 *   全媒体运营师 are too common: 数据分析证书 is a different certificate).
 */
export type CountsWhen = 'always' | 'with-context' | 'with-name';

export interface NameTerm {
  cert: CertId;
  /** Canonical spelling: simplified Chinese, or lower-case English with single spaces. */
  term: string;
  kind: MentionKind;
  lang: 'zh' | 'en';
  counts: CountsWhen;
  /**
   * Other spellings with the same meaning, beyond the generated traditional one (written
   * simplified / lower-case too). English spaces also match a hyphen and vice versa.
   */
  aliases?: string[];
  /** English nouns that take a plural -s (the matcher then accepts "marketers"). */
  plural?: boolean;
}

export const NAME_TERMS: readonly NameTerm[] = [
  // 互联网营销师 (4-01-02-07)
  { cert: 'internet-marketer', term: '互联网营销师', kind: 'name', lang: 'zh', counts: 'always' },
  { cert: 'internet-marketer', term: '4-01-02-07', kind: 'name', lang: 'zh', counts: 'always' },
  { cert: 'internet-marketer', term: '选品员', kind: 'work-type', lang: 'zh', counts: 'with-context' },
  { cert: 'internet-marketer', term: '直播销售员', kind: 'work-type', lang: 'zh', counts: 'with-context' },
  { cert: 'internet-marketer', term: '视频创推员', kind: 'work-type', lang: 'zh', counts: 'with-context' },
  // Very generic (every forum has one): only next to the certificate's name.
  { cert: 'internet-marketer', term: '平台管理员', kind: 'work-type', lang: 'zh', counts: 'with-name' },
  // English names are everyday English too ("an online marketer"): they need context.
  { cert: 'internet-marketer', term: 'internet marketer', kind: 'name', lang: 'en', counts: 'with-context', plural: true },
  { cert: 'internet-marketer', term: 'online marketer', kind: 'name', lang: 'en', counts: 'with-context', plural: true },
  { cert: 'internet-marketer', term: 'internet marketing specialist', kind: 'name', lang: 'en', counts: 'with-context', plural: true },
  {
    cert: 'internet-marketer',
    term: 'livestreaming salesperson',
    kind: 'work-type',
    lang: 'en',
    counts: 'with-context',
    aliases: ['live streaming salesperson', 'livestream salesperson', 'webcast salesman', 'webcast salesperson'],
  },

  // 全媒体运营师 (4-13-01-05)
  { cert: 'all-media-operator', term: '全媒体运营师', kind: 'name', lang: 'zh', counts: 'always' },
  { cert: 'all-media-operator', term: '4-13-01-05', kind: 'name', lang: 'zh', counts: 'always' },
  { cert: 'all-media-operator', term: '创意策划', kind: 'direction', lang: 'zh', counts: 'with-name' },
  { cert: 'all-media-operator', term: '视听运营', kind: 'direction', lang: 'zh', counts: 'with-name' },
  { cert: 'all-media-operator', term: '直播运营', kind: 'direction', lang: 'zh', counts: 'with-name' },
  // Agencies write 流量优化; Xiamen Daily and the standard write 流量运营 (facts.md §2 #5).
  { cert: 'all-media-operator', term: '流量运营', kind: 'direction', lang: 'zh', counts: 'with-name', aliases: ['流量优化'] },
  { cert: 'all-media-operator', term: '数据分析', kind: 'direction', lang: 'zh', counts: 'with-name' },
  {
    cert: 'all-media-operator',
    term: 'all-media operator',
    kind: 'name',
    lang: 'en',
    counts: 'with-context',
    plural: true,
    // "omni-media operator" is used but unconfirmed (facts.md §2 #10); it names the same occupation.
    aliases: ['all-media operations specialist', 'omni-media operator'],
  },
  // Not matched: "media operator" (Xinhua's wording) is far too generic ("social media operator").
];

/** How far (in characters of the same text block) a certificate name or keyword gives context. */
export const CONTEXT_WINDOW = 60;

/** Words that make a work type or an English name a certificate mention (simplified / lower-case). */
export const CONTEXT_KEYWORDS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: ['工种', '职业技能', '等级证', '证书', '国家职业', '新职业'],
  en: ['certificate', 'certification', 'occupation', 'profession', 'vocational', 'skill standard'],
};

/**
 * Near-misses: related words that are NOT either certificate (facts.md §4). They never count, and a
 * candidate that one of them covers and extends (大数据分析 over 数据分析, 全媒体运营师资 over
 * 全媒体运营师) is dropped. Most never overlap a term; they are listed so that tests prove it and the
 * UI can later offer a "related, but not this certificate" hint.
 */
export interface NearMiss {
  text: string;
  /** The near-miss does not apply when these follow it (全媒体运营师资 + 格 = 资格, a qualification). */
  unlessFollowedBy?: string[];
  why: string;
}

export const NEAR_MISSES: readonly NearMiss[] = [
  { text: '新媒体运营师', why: 'not a national occupation' },
  { text: '新媒体运营', why: 'not a national occupation' },
  { text: '全媒体运营', why: 'a job function without 师, not the occupation' },
  { text: '融媒体运营', why: 'a job function, not the occupation' },
  { text: '融媒体运营师', why: 'not a national occupation' },
  { text: '网络营销师', why: 'a different, older title' },
  { text: '网络营销', why: 'a job function' },
  { text: '網路行銷', why: 'Taiwan usage for online marketing' },
  { text: '数字营销师', why: 'not this occupation' },
  { text: '互联网营销', why: 'without 师 it is a job function' },
  { text: '营销员', why: 'a different occupation' },
  { text: '营销师', why: 'a generic title' },
  { text: '电子商务师', why: 'a separate occupation' },
  { text: '电子商务员', why: 'a separate occupation' },
  { text: '网络主播', why: 'a separate occupation (2024), not 直播销售员' },
  { text: '用户增长运营师', why: 'a separate occupation (2024)' },
  { text: '电子竞技运营师', why: 'a separate occupation' },
  { text: '互联网信息审核员', why: 'a separate occupation' },
  { text: '电商直播', why: 'a 专项职业能力 certificate, a different class' },
  { text: '直播电商', why: 'a 1+X certificate name, a different scheme' },
  { text: '短视频运营', why: 'a job title' },
  { text: '带货主播', why: 'informal, not the certificate' },
  { text: '电商主播', why: 'informal, not the certificate' },
  { text: '直播带货', why: 'informal, not the certificate' },
  // Longer words that contain a term but mean something else.
  { text: '互联网营销师资', unlessFollowedBy: ['格'], why: '师资 = teaching staff (but 师资格 = the qualification)' },
  { text: '全媒体运营师资', unlessFollowedBy: ['格'], why: '师资 = teaching staff (but 师资格 = the qualification)' },
  { text: '大数据分析', why: 'big-data analysis, not the direction' },
  { text: '数据分析师', why: 'a job title, not the direction' },
  { text: '数据分析员', why: 'a job title, not the direction' },
  { text: '直播运营师', why: 'an agency title, not the direction' },
  { text: '流量运营师', why: 'an agency title, not the direction' },
  { text: '创意策划师', why: 'a job title, not the direction' },
  { text: '视听运营师', why: 'an agency title, not the direction' },
  { text: '新媒体平台管理员', why: 'a platform admin job, not the work type' },
];

/**
 * The character map the traditional spellings are generated with (data/script-map.ts, shared with
 * the claim checker and the card). Where a character has several traditional forms, the first is
 * the generated spelling; the matcher's folding reads the others.
 */
export const TRADITIONAL: Readonly<Record<string, string>> = SIMPLIFIED_TO_TRADITIONAL;

/** The fully traditional spelling of a simplified string (characters without a mapping stay). */
export function traditionalOf(simplified: string): string {
  return [...simplified].map((c) => TRADITIONAL[c]?.[0] ?? c).join('');
}

/**
 * A term's spellings as this file writes them: the term and its aliases, without the traditional
 * forms (the matcher's searches and the claim cues make those themselves, per character).
 */
export function writtenSpellings(term: Pick<NameTerm, 'term' | 'aliases'>): string[] {
  return [term.term, ...(term.aliases ?? [])];
}

/** Every spelling a term is written in: simplified, generated traditional, and the aliases' too. */
export function spellingsOf(term: Pick<NameTerm, 'term' | 'aliases'>): string[] {
  return [...new Set(writtenSpellings(term).flatMap((s) => [s, traditionalOf(s)]))];
}
