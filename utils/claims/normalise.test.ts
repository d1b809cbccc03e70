import { describe, expect, it } from 'vitest';
import { normaliseForMatching } from './normalise';

describe('normaliseForMatching', () => {
  it('maps traditional to simplified and full-width ASCII to ASCII, one unit for one', () => {
    const text = '互聯網營銷師證書，包過！通過率１００％（ＶＩＰ班）　Ｗｗｗ.ABC.com';
    const out = normaliseForMatching(text);
    expect(out).toBe('互联网营销师证书,包过!通过率100%(vip班) www.abc.com');
    expect(out.length).toBe(text.length);
  });

  it('leaves 。、「」“” and surrogate pairs in place', () => {
    const text = '🔥「包過」、“全國通用”。';
    const out = normaliseForMatching(text);
    expect(out).toBe('🔥「包过」、“全国通用”。');
    expect(out.length).toBe(text.length);
  });

  it('reads the function words of written Cantonese as Mandarin, one unit for one', () => {
    const text = '全媒體運營師證唔係人社部發嘅，並冇初級，冇證都可以做直播。';
    const out = normaliseForMatching(text);
    expect(out).toBe('全媒体运营师证不系人社部发的,并没初级,没证都可以做直播。');
    expect(out.length).toBe(text.length);
  });

  it('returns an empty string for an empty text', () => {
    expect(normaliseForMatching('')).toBe('');
  });
});
