import { describe, expect, it } from 'vitest';
import { CERTIFICATES } from './certificates';
import { allFacts, factById, isShown } from './facts';
import { factProblems, findLocalized, localizedProblems } from './integrity';
import { DATA_CHECKED, SOURCES } from './sources';
import { OSTA_LOOKUP, SYSTEM_FACTS } from './system-facts';
import type { FactId } from './types';

const known = new Set(Object.keys(SOURCES));
const today = new Date().toISOString().slice(0, 10);
const facts = allFacts();

describe('every fact', () => {
  it('passes the integrity rules (sources, presentation, caveats, dates, translations)', () => {
    expect(facts.length).toBeGreaterThan(40);
    expect(facts.flatMap(({ id, fact }) => factProblems(id, fact, known, today))).toEqual([]);
  });

  it('was checked on the data check date', () => {
    expect(facts.filter(({ fact }) => fact.checked !== DATA_CHECKED).map(({ id }) => id)).toEqual([]);
  });

  it('resolves by its id, and unknown ids throw', () => {
    for (const { id, fact } of facts) expect(factById(id)).toBe(fact);
    expect(() => factById('internet-marketer.nope' as FactId)).toThrow(/Unknown fact id/);
    expect(() => factById('system.nope' as FactId)).toThrow(/Unknown fact id/);
  });

  it('never shows the rejected occupation codes', () => {
    const shownText = facts
      .filter(({ fact }) => isShown(fact))
      .map(({ fact }) => Object.values(fact.text).join(' '))
      .join('\n');
    for (const rejected of ['4-13-05-04', '4-01-06-02']) expect(shownText).not.toContain(rejected);
    // …but they are kept for the team and the claim checker.
    expect(factById('all-media-operator.codeRejected').text.en).toContain('4-13-05-04');
    expect(factById('internet-marketer.codeRejected').text.en).toContain('4-01-06-02');
  });

  it('keeps every UNVERIFIED item of facts.md §6 out of plain-fact presentation', () => {
    const unverified: FactId[] = [
      'all-media-operator.codeRejected',
      'internet-marketer.standardDrafting',
      'all-media-operator.issuerUnverified',
      'internet-marketer.pay',
      'all-media-operator.pay',
      'system.lifetimeValidity',
    ];
    for (const id of unverified) {
      expect(factById(id).status, id).toBe('unverified');
      expect(factById(id).presentation, id).not.toBe('fact');
    }
  });
});

describe('system facts', () => {
  it('are shared with the certificates by reference, not copied', () => {
    for (const cert of Object.values(CERTIFICATES)) {
      expect(cert.facts.certificateClass).toBe(SYSTEM_FACTS.notQualification);
      expect(cert.facts.verification).toBe(SYSTEM_FACTS.verification);
      expect(cert.facts.registration).toBe(SYSTEM_FACTS.registration);
    }
  });

  it('state the subsidy caps and the crackdown notice number', () => {
    for (const cap of ['1000', '1500', '2000']) expect(SYSTEM_FACTS.subsidy.text.zh_CN).toContain(cap);
    expect(SYSTEM_FACTS.subsidy.text.zh_CN).toMatch(/失业保险基金直接发给本人/);
    expect(SYSTEM_FACTS.crackdown.text.zh_CN).toContain('人社部函〔2022〕25号');
    expect(SYSTEM_FACTS.notQualification.text.zh_CN).toContain('72项');
  });

  it('point verification at OSTA, with a parseable https link and translated name', () => {
    expect(new URL(OSTA_LOOKUP.url).hostname).toBe('zscx.osta.org.cn');
    expect(OSTA_LOOKUP.url.startsWith('https://')).toBe(true);
    for (const u of OSTA_LOOKUP.alternateUrls) expect(new URL(u).hostname.endsWith('osta.org.cn')).toBe(true);
    expect(SYSTEM_FACTS.verification.text.zh_CN).toContain('zscx.osta.org.cn');
    expect(findLocalized(OSTA_LOOKUP).flatMap(({ path, text }) => localizedProblems(path, text))).toEqual([]);
  });
});
