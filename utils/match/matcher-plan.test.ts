import { describe, expect, it } from 'vitest';
import { NAME_TERMS, NEAR_MISSES } from '../../data/names';
import { MATCHER_PLAN } from '../../data/matcher-plan.generated';
import { keyOf } from './fold';
import { planMatcher } from './matcher-plan';
import { compileMatcher } from './mention-matcher';

describe('the precomputed matcher plan', () => {
  it('is what the names derive today (else: npm run generate)', () => {
    // A plain deep-equal: the content script's matcher is compiled from MATCHER_PLAN, so a stale
    // file would match yesterday's names.
    expect(MATCHER_PLAN, 'data/matcher-plan.generated.ts is stale: run `npm run generate`').toEqual(planMatcher(NAME_TERMS, NEAR_MISSES));
  });

  it('fails the check above when the names change', () => {
    const fewer = NAME_TERMS.filter((t) => t.term !== '视听运营');
    expect(planMatcher(fewer, NEAR_MISSES)).not.toEqual(MATCHER_PLAN);
  });

  it('has keys that fold to themselves, so a name written as in the data needs no fold', () => {
    for (const [key] of MATCHER_PLAN.spellings) expect(keyOf(key)).toBe(key);
  });

  it('gives a matcher that answers as one compiled from a freshly derived plan', () => {
    const precomputed = compileMatcher();
    const derived = compileMatcher(NAME_TERMS, planMatcher(NAME_TERMS, NEAR_MISSES));
    const texts = [
      '招聘：持有互联网营销师（直播销售员）证书优先，全媒體運營師、4-13-01-05',
      '全媒体运营师资格培训，网络营销师，新媒体运营师，大数据分析',
      'Certified all-media operator and Internet Marketers wanted; omni media operator',
      '互联\u200B网营销师 与 全媒体运营',
    ];
    for (const text of texts) {
      expect(precomputed.find(text)).toEqual(derived.find(text));
      expect(precomputed.subtreeStarts(text, false)).toEqual(derived.subtreeStarts(text, false));
      expect(precomputed.subtreeStarts(text, true)).toEqual(derived.subtreeStarts(text, true));
      expect(precomputed.triggers(text)).toBe(derived.triggers(text));
    }
    expect(precomputed.find(texts[0]!).length).toBeGreaterThan(2);
  });
});
