import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSelection } from '../utils/claims/check';
import { normaliseForMatching } from '../utils/claims/normalise';
import { MESSAGES } from '../utils/i18n';
import { LOCALES } from '../utils/locale';
import { CERT_MENTIONS } from './claim-cues';
import { CLAIM_RULES, CLAIM_VERDICTS, VERDICT_MESSAGE_KEYS, claimRuleById, wordingOf } from './claim-rules';
import { CLAIM_SOURCES, claimSourceById } from './claim-sources';
import { NAME_TERMS } from './names';
import { SOURCES } from './sources';

describe('claim rules', () => {
  it('have unique kebab-case ids and cover every pattern of facts.md §5', () => {
    const ids = CLAIM_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    const patterns = new Set(CLAIM_RULES.map((r) => r.pattern).filter((p) => p !== undefined));
    expect([...patterns].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(claimRuleById('guaranteed-pass').pattern).toBe(7);
    expect(() => claimRuleById('no-such-rule')).toThrow();
  });

  it('use known verdicts, each labelled in every locale', () => {
    for (const rule of CLAIM_RULES) expect(CLAIM_VERDICTS).toContain(rule.verdict);
    for (const verdict of CLAIM_VERDICTS) {
      for (const locale of LOCALES) {
        expect(MESSAGES[locale][VERDICT_MESSAGE_KEYS[verdict]]?.message, `${verdict} ${locale}`).toBeTruthy();
      }
    }
    expect(MESSAGES.zh_CN.claim_verdict_contradicts?.message).toBe('与官方信息不符');
    // facts.md: 终身有效 is unverified, and 落户/积分/职称 must be verified locally.
    expect(claimRuleById('lifetime-validity').verdict).toBe('unverifiable');
    expect(claimRuleById('local-benefits').verdict).toBe('unverifiable');
  });

  it('explain the truth and how to check it in every locale', () => {
    for (const rule of CLAIM_RULES) {
      for (const locale of LOCALES) {
        expect(rule.truth[locale].length, `${rule.id} truth ${locale}`).toBeGreaterThan(20);
        expect(rule.howToCheck[locale].length, `${rule.id} howToCheck ${locale}`).toBeGreaterThan(20);
      }
      // Traditional text is not the simplified text.
      expect(rule.truth.zh_TW).not.toBe(rule.truth.zh_CN);
    }
  });

  it('cite sources that resolve in SOURCES or the claim sources; only unverifiable rules may cite none', () => {
    for (const rule of CLAIM_RULES) {
      if (rule.verdict !== 'unverifiable') expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const id of rule.sources) expect(() => claimSourceById(id), `${rule.id}: ${id}`).not.toThrow();
    }
  });

  it('keep their own sources apart from data/sources.ts (no shared id or URL)', () => {
    const urls = new Set(Object.values(SOURCES).map((s) => s.url));
    for (const s of Object.values(CLAIM_SOURCES)) {
      expect(SOURCES[s.id], s.id).toBeUndefined();
      expect(urls.has(s.url), s.url).toBe(false);
      expect(s.url).toMatch(/^https?:\/\//);
    }
  });

  it('compile, and name valid certificates, rules and distances', () => {
    const ids = new Set(CLAIM_RULES.map((r) => r.id));
    for (const rule of CLAIM_RULES) {
      if (rule.kind === 'phrase') expect(rule.wording.length).toBeGreaterThan(0);
      for (const w of wordingOf(rule)) expect(() => new RegExp(w, 'gd'), w).not.toThrow();
      for (const u of rule.unlessSentence ?? []) expect(() => new RegExp(u)).not.toThrow();
      expect(rule.triggers.length).toBeGreaterThan(0);
      for (const s of rule.supersedes ?? []) expect(ids).toContain(s);
      if (rule.cert) {
        expect(rule.cert.distance).toBeGreaterThan(0);
        for (const c of rule.cert.only ?? []) expect(['internet-marketer', 'all-media-operator']).toContain(c);
      }
    }
  });

  it('catch the seed-article wording they were added for, which the article really contains', () => {
    const article = normaliseForMatching(readFileSync('/work/shared/seed/article.txt', 'utf8')).replace(/\s/g, '');
    for (const rule of CLAIM_RULES.filter((r) => r.seedError)) {
      expect(article, rule.id).toContain(normaliseForMatching(rule.seedError!).replace(/\s/g, ''));
      expect(checkSelection(rule.seedError!).map((h) => h.ruleId), rule.id).toContain(rule.id);
    }
  });
});

describe('certificate mentions', () => {
  it('follow data/names.ts: names, codes and specific work types count, generic words do not', () => {
    const literal = CERT_MENTIONS.filter((m) => m.literal).map((m) => m.source);
    for (const t of NAME_TERMS.filter((t) => t.lang === 'zh' && t.counts !== 'with-name')) expect(literal).toContain(t.term);
    expect(literal).not.toContain('平台管理员');
    expect(literal).not.toContain('数据分析');
    expect(CERT_MENTIONS.find((m) => m.source === '全媒体运营师')?.cert).toBe('all-media-operator');
    expect(CERT_MENTIONS.find((m) => m.source === '直播销售员')?.cert).toBe('internet-marketer');
  });
});
