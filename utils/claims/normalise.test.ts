import { describe, expect, it } from 'vitest';
import { CANTONESE_WORDS } from '../../data/script-map';
import { CANTONESE_MARK, normaliseForMatching } from './normalise';

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

  it('reads the function words of written Cantonese as Mandarin, one unit for one (words too: 唔係 is 不是, 唔使 不用)', () => {
    const text = '全媒體運營師證唔係人社部發嘅，並冇初級，冇證都可以做直播。';
    const out = normaliseForMatching(text);
    expect(out).toBe('全媒体运营师证不是人社部发的,并没初级,没证都可以做直播。');
    expect(out.length).toBe(text.length);
  });

  it('reads 係 as 是 only in the Cantonese words that hold it, and 關係 as 关系', () => {
    const text = '互聯網營銷師唔使考試，個人係報唔到名嘅，同人社部冇關係，2千蚊。';
    const out = normaliseForMatching(text);
    expect(out).toBe('互联网营销师不用考试,个人是报不到名的,同人社部没关系,2千块。');
    expect(out.length).toBe(text.length);
  });

  it('marks every Cantonese word it reads (the word search runs only on a text with a mark)', () => {
    expect(Object.keys(CANTONESE_WORDS).filter((w) => !CANTONESE_MARK.test(w))).toEqual([]);
  });

  it('returns an empty string for an empty text', () => {
    expect(normaliseForMatching('')).toBe('');
  });
});
