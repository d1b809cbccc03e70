import { describe, expect, it } from 'vitest';
import { patternStrings } from './pattern-strings';
import {
  SIMPLIFIED_TO_TRADITIONAL,
  UNCHANGED_IN_TRADITIONAL,
  eitherScript,
  toSimplified,
  toTraditional,
} from './traditional';

const han = (s: string): string[] => s.match(/\p{Script=Han}/gu) ?? [];

describe('the simplified → traditional map', () => {
  it('has decided on every character the claim patterns use', () => {
    const decided = new Set([...Object.keys(SIMPLIFIED_TO_TRADITIONAL), ...UNCHANGED_IN_TRADITIONAL]);
    const undecided = [...new Set(patternStrings().flatMap(han))].filter((c) => !decided.has(c));
    expect(undecided).toEqual([]);
  });

  it('never lists a character both as changing and as unchanged, and maps single characters to single characters', () => {
    for (const c of UNCHANGED_IN_TRADITIONAL) expect(SIMPLIFIED_TO_TRADITIONAL[c], c).toBeUndefined();
    for (const [s, forms] of Object.entries(SIMPLIFIED_TO_TRADITIONAL)) {
      expect([...s]).toHaveLength(1);
      expect(forms.length).toBeGreaterThan(0);
      for (const t of forms) {
        expect(t).not.toBe(s);
        // One UTF-16 unit each way, or offsets would shift.
        expect(t.length).toBe(1);
        expect(s.length).toBe(1);
      }
    }
  });

  it('reads back no traditional form as two different simplified characters', () => {
    const seen = new Map<string, string>();
    for (const [s, forms] of Object.entries(SIMPLIFIED_TO_TRADITIONAL)) {
      for (const t of forms) {
        expect(seen.get(t) ?? s, `${t} is read as both ${seen.get(t)} and ${s}`).toBe(s);
        seen.set(t, s);
      }
    }
  });

  it('generates the traditional spellings used on pages', () => {
    expect(toTraditional('互联网营销师')).toBe('互聯網營銷師');
    expect(toTraditional('全媒体运营师')).toBe('全媒體運營師');
    expect(toTraditional('人社部颁发的国家职业资格证书')).toBe('人社部頒發的國家職業資格證書');
    expect(toTraditional('包过，不过退费')).toBe('包過，不過退費');
    expect(toTraditional('挂证躺赚')).toBe('掛證躺賺');
  });

  it('reads every listed traditional form back, including the less usual ones', () => {
    expect(toSimplified('平臺管理員')).toBe('平台管理员');
    expect(toSimplified('說法 説法')).toBe('说法 说法');
    expect(toSimplified('裡 裏')).toBe('里 里');
    expect(toSimplified('簽發 籤發')).toBe('签发 签发');
    expect(toSimplified('印製 年滿18週歲 發佈 輕鬆')).toBe('印制 年满18周岁 发布 轻松');
  });

  it('keeps length and round-trips every pattern string', () => {
    for (const s of patternStrings()) {
      const t = toTraditional(s);
      expect(t.length).toBe(s.length);
      expect(toSimplified(t)).toBe(s);
    }
  });

  it('builds either-script regex sources', () => {
    const re = new RegExp(eitherScript('证书'));
    expect(re.test('证书')).toBe(true);
    expect(re.test('證書')).toBe(true);
    expect(re.test('證书')).toBe(true);
    expect(re.test('证明')).toBe(false);
    expect(new RegExp(eitherScript('1+x (a.b)')).test('1+x (a.b)')).toBe(true);
  });
});
