import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_TERMS, TRADITIONAL } from '../../data/names';
import { compileGappedStarts, MAX_HIDDEN_GAP } from './gapped-starts';

const starts = compileGappedStarts(NAME_TERMS.filter((t) => t.counts !== 'with-name'));

describe('where a term split by hidden text may start in a subtree\'s text', () => {
  it('finds a name whose pieces have any text between them (the text of hidden elements)', () => {
    expect(starts('要求 全媒体隐藏的字\u200d运\u2060营\u2060师证书', false)).toEqual([3]);
    expect(starts('全x媒体运营yyyy师', false)).toEqual([0]);
    expect(starts('持有互聯網zz營銷師', false)).toEqual([2]);
    expect(starts('The internet<hidden> marketer certificate', false)).toEqual([4]);
  });

  it('leaves out first characters that nothing after them completes', () => {
    expect(starts('新媒体运营师；全职', false)).toEqual([]);
    // Sound, not exact: 全 … 媒体运营师 could be one name with hidden text between.
    expect(starts('全职；新媒体运营师', false)).toEqual([0]);
    expect(starts('运营师全媒体', false)).toEqual([]);
    expect(starts('负责短视频内容策划与账号日常运营', false)).toEqual([]);
    expect(starts('small media operator', false)).toEqual([]);
    // Only starts up to the last completable one count.
    expect(starts('全全媒体运营师全', false)).toEqual([0, 1]);
  });

  it('counts a name whose pieces stand at most MAX_HIDDEN_GAP characters apart (and no more than that allows)', () => {
    const gap = (n: number) => '字'.repeat(n);
    expect(starts(`全${gap(MAX_HIDDEN_GAP)}媒体${gap(MAX_HIDDEN_GAP)}运营师`, false)).toEqual([0]);
    expect(starts(`全${gap(MAX_HIDDEN_GAP + 1)}媒体运营师`, false)).toEqual([]);
    // The k-th piece after the first must stand within k × (MAX_HIDDEN_GAP + 1) of the start.
    expect(starts(`互联网${gap(2 * MAX_HIDDEN_GAP)}营销师`, false)).toEqual([0]);
    expect(starts(`互联网${gap(4 * MAX_HIDDEN_GAP)}营销师`, false)).toEqual([]);
    // A news page: 全 and 互 everywhere, a name at its end; only the places near it count.
    const news = `${'全国互联网行业相互协作，'.repeat(50)}持有全媒体运营师证书`;
    const found = starts(news, false);
    expect(found).toContain(news.indexOf('全媒体'));
    expect(found.every((at) => at >= news.indexOf('全媒体') - MAX_HIDDEN_GAP - 1)).toBe(true);
    // Pieces in another order than the name's are no start, however close.
    expect(starts('媒体全运营师', false)).toEqual([]);
  });

  it('counts a Chinese work type only where it stands whole, unless the text may go on', () => {
    // 直 and 视 are everyday characters, and 播…销…售…员 follows on almost any long page.
    expect(starts('一直在直播；销售；售后；店员', false)).toEqual([]);
    expect(starts('看视频；频道；创意；推荐；店员', false)).toEqual([]);
    expect(starts('招聘直播销售员和選品員', false)).toEqual([2, 8]);
    expect(starts('直\u200b播\u200b销售员', false)).toEqual([0]);
    // A subtree whose text may go on: its last 直 may begin a work type split there.
    expect(starts('一直', true)).toEqual([1]);
  });

  it('counts every first piece when the text may go on after its end', () => {
    expect(starts('工作全', true)).toEqual([2]);
    expect(starts('all day', true)).toEqual([0]);
    expect(starts('没有', true)).toEqual([]);
  });
});

describe('every trigger of a single node is a start too', () => {
  it('whole terms in every spelling, codes, and terms with invisible characters inside', async () => {
    const { spellingsOf } = await import('../../data/names');
    for (const term of NAME_TERMS.filter((t) => t.counts !== 'with-name')) {
      for (const spelling of spellingsOf(term)) {
        for (const text of [`前文${spelling}后文`, `前文${[...spelling].join('\u200b')}后文`, `前文${spelling.toUpperCase()}后文`]) {
          expect(starts(text, false), text).toContain(2);
        }
      }
    }
  });
});

describe('the rule for names split by hidden text, written out character by character', () => {
  // The rule as nearStarts documents it: a place counts when the name's first character (in
  // either script) stands there and its k-th other character stands after the one before, within
  // k × (MAX_HIDDEN_GAP + 1) characters of the start. The search itself skips most places (it
  // tries only places before the name's rarest other character, with native searches); it must
  // still give exactly these.
  const names = NAME_TERMS.filter((t) => t.kind === 'name' && t.lang === 'zh' && !/^[0-9]/.test(t.term)).map((t) => [...t.term].map((c) => [c, ...(TRADITIONAL[c] ?? '')]));
  const byRule = (text: string) => {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const fits = names.some(([first, ...rest]) => {
        if (!first!.includes(text[i]!)) return false;
        let at = i;
        return rest.every((forms, k) => {
          const end = Math.min(text.length, i + (k + 1) * (MAX_HIDDEN_GAP + 1) + 1);
          for (at++; at < end; at++) if (forms.includes(text[at]!)) return true;
          return false;
        });
      });
      if (fits) out.push(i);
    }
    return out;
  };
  // The names' characters in both scripts, and filler, in runs long enough to make gaps near the bound.
  const piece = fc.oneof(
    fc.constantFrom(...new Set(names.flat(2))),
    fc.constantFrom('字', '，', '全国', '互动'),
    fc.integer({ min: 1, max: 2 * MAX_HIDDEN_GAP }).map((n) => '字'.repeat(n)),
  );

  it('gives exactly the places the rule gives, on random text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(starts(text, false)).toEqual(byRule(text));
      }),
      { numRuns: 400 },
    );
  });
});
