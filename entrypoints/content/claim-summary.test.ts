import { describe, expect, it } from 'vitest';
import { summarizeClaims } from './claim-summary';

const claim = (quote: string, phrase: string, verdict = 'contradicts', ruleId = 'issued-by-mohrss', sentenceStart = 10) => {
  const at = quote.indexOf(phrase);
  return { ruleId, verdict, quote, sentenceStart, start: sentenceStart + at, end: sentenceStart + at + phrase.length, text: phrase };
};

describe('summarizeClaims', () => {
  it('lists claims in order with their index, verdict, rule and a little context', () => {
    const s = summarizeClaims(
      [claim('互联网营销师证书由人社部颁发，全国通用！', '人社部颁发'), claim('包过，不过全额退费！', '包过', 'prohibited-promotion', 'guaranteed-pass', 30)],
      true,
    );
    expect(s.claimsChecked).toBe(true);
    expect(s.moreClaims).toBe(0);
    expect(s.claims).toEqual([
      { index: 0, verdict: 'contradicts', ruleId: 'issued-by-mohrss', text: '人社部颁发', before: '互联网营销师证书由', after: '，全国通用！' },
      { index: 1, verdict: 'prohibited-promotion', ruleId: 'guaranteed-pass', text: '包过', before: '', after: '，不过全额退费！' },
    ]);
  });

  it('caps the list and counts the rest', () => {
    const many = Array.from({ length: 5 }, () => claim('人社部颁发', '人社部颁发'));
    const s = summarizeClaims(many, true, 3);
    expect(s.claims.map((c) => c.index)).toEqual([0, 1, 2]);
    expect(s.moreClaims).toBe(2);
  });

  it('says when checking is off', () => {
    expect(summarizeClaims([], false)).toEqual({ claims: [], moreClaims: 0, claimsChecked: false });
  });
});
