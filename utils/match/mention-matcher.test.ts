import { afterEach, describe, expect, it } from 'vitest';
import { NAME_TERMS, NEAR_MISSES, spellingsOf, traditionalOf } from '../../data/names';
import { compileMatcher, mentionMatcher as m } from './mention-matcher';

const terms = (text: string) => m.find(text).map((s) => text.slice(s.start, s.end));
const found = (text: string) => m.find(text).map((s) => `${s.cert}:${s.kind}:${s.term}`);

describe('names', () => {
  it('finds both names in simplified and traditional script', () => {
    expect(found('持有互联网营销师证书')).toEqual(['internet-marketer:name:互联网营销师']);
    expect(found('全媒体运营师四级')).toEqual(['all-media-operator:name:全媒体运营师']);
    expect(found('持有互聯網營銷師證書')).toEqual(['internet-marketer:name:互联网营销师']);
    expect(found('全媒體運營師')).toEqual(['all-media-operator:name:全媒体运营师']);
  });

  it('generates the traditional spellings facts.md lists', () => {
    expect(traditionalOf('互联网营销师')).toBe('互聯網營銷師');
    expect(traditionalOf('全媒体运营师')).toBe('全媒體運營師');
    expect(traditionalOf('直播销售员')).toBe('直播銷售員');
    expect(traditionalOf('视频创推员')).toBe('視頻創推員');
    expect(traditionalOf('平台管理员')).toBe('平臺管理員');
    expect(traditionalOf('创意策划')).toBe('創意策劃');
    expect(traditionalOf('视听运营')).toBe('視聽運營');
    expect(traditionalOf('数据分析')).toBe('數據分析');
  });

  it('matches every generated spelling of every term (with the context it needs)', () => {
    for (const term of NAME_TERMS) {
      for (const spelling of spellingsOf(term)) {
        const context = term.cert === 'internet-marketer' ? '互联网营销师' : '全媒体运营师';
        const text = term.counts === 'always' ? ` ${spelling} ` : `${context}（${spelling}）`;
        expect(found(text), spelling).toContain(`${term.cert}:${term.kind}:${term.term}`);
      }
    }
  });

  it('returns the span as it stands in the text', () => {
    const text = '招聘：全媒体运营师（视听运营）若干';
    expect(m.find(text)).toEqual([
      { start: 3, end: 9, cert: 'all-media-operator', term: '全媒体运营师', kind: 'name' },
      { start: 10, end: 14, cert: 'all-media-operator', term: '视听运营', kind: 'direction' },
    ]);
  });

  it('finds several mentions in order', () => {
    expect(terms('互联网营销师和全媒体运营师，以及互联网营销师')).toEqual(['互联网营销师', '全媒体运营师', '互联网营销师']);
  });

  it('finds the occupation codes but not inside longer numbers', () => {
    expect(found('职业编码：4-01-02-07')).toEqual(['internet-marketer:name:4-01-02-07']);
    expect(found('编码 4–13–01–05。')).toEqual(['all-media-operator:name:4-13-01-05']);
    expect(found('14-01-02-07')).toEqual([]);
    expect(found('4-01-02-071')).toEqual([]);
    expect(found('3-4-01-02-07')).toEqual([]);
    // The code facts.md rejects is not ours to find.
    expect(found('4-01-06-02')).toEqual([]);
  });
});

describe('invisible characters and whitespace', () => {
  it('ignores zero-width characters and soft hyphens inside a term', () => {
    expect(terms('互联网\u200b营销师')).toEqual(['互联网\u200b营销师']);
    expect(terms('全\u00ad媒体运\u200d营\ufeff师')).toEqual(['全\u00ad媒体运\u200d营\ufeff师']);
    expect(terms('互\u2060联\u200c网营销师')).toHaveLength(1);
  });

  it('does not see through whitespace inside a Chinese term (Chinese text has none; see term-pattern.ts)', () => {
    expect(terms('全媒体 运营师')).toEqual([]);
  });

  it('does not take invisible characters around the term into the span', () => {
    expect(terms('\u200b互联网营销师\u200b')).toEqual(['互联网营销师']);
  });
});

describe('work types and directions need their certificate', () => {
  it('counts a work type next to its certificate', () => {
    expect(found('互联网营销师（直播销售员）')).toEqual([
      'internet-marketer:name:互联网营销师',
      'internet-marketer:work-type:直播销售员',
    ]);
    expect(found('直播销售员（互联网营销师）')).toEqual([
      'internet-marketer:work-type:直播销售员',
      'internet-marketer:name:互联网营销师',
    ]);
  });

  it('does not count a lone work type or direction', () => {
    expect(found('招聘直播销售员，底薪加提成')).toEqual([]);
    expect(found('论坛平台管理员')).toEqual([]);
    expect(found('负责直播运营和数据分析')).toEqual([]);
    expect(found('选品员一名')).toEqual([]);
  });

  it('counts a work type with a certificate keyword, except the generic 平台管理员', () => {
    expect(found('直播销售员证书')).toEqual(['internet-marketer:work-type:直播销售员']);
    expect(found('视频创推员工种')).toEqual(['internet-marketer:work-type:视频创推员']);
    expect(found('平台管理员证书')).toEqual([]);
    expect(found('互联网营销师平台管理员三级')).toEqual([
      'internet-marketer:name:互联网营销师',
      'internet-marketer:work-type:平台管理员',
    ]);
  });

  it('counts directions only with 全媒体运营师 nearby, not with the other certificate', () => {
    expect(found('全媒体运营师设创意策划、视听运营、直播运营、流量运营、数据分析五个方向').slice(1)).toEqual([
      'all-media-operator:direction:创意策划',
      'all-media-operator:direction:视听运营',
      'all-media-operator:direction:直播运营',
      'all-media-operator:direction:流量运营',
      'all-media-operator:direction:数据分析',
    ]);
    expect(found('互联网营销师（数据分析）')).toEqual(['internet-marketer:name:互联网营销师']);
    expect(found('数据分析证书')).toEqual([]);
    expect(found('全媒体运营师（流量优化方向）')).toContain('all-media-operator:direction:流量运营');
  });

  it('does not count a work type too far from the certificate', () => {
    const far = `互联网营销师${'。'.repeat(80)}直播销售员`;
    expect(found(far)).toEqual(['internet-marketer:name:互联网营销师']);
  });
});

describe('English', () => {
  it('counts English names with certificate context, any case, plural, hyphen or space', () => {
    expect(found('China adds internet marketer to official professions list')).toEqual([
      'internet-marketer:name:internet marketer',
    ]);
    expect(found('All-Media Operators (vocational certificate)')).toEqual(['all-media-operator:name:all-media operator']);
    expect(found('the all media operator certificate')).toEqual(['all-media-operator:name:all-media operator']);
    expect(found('全媒体运营师 (all-media operator)')).toContain('all-media-operator:name:all-media operator');
  });

  it('does not count everyday English', () => {
    expect(found('As an online marketer, I write blog posts.')).toEqual([]);
    expect(found('internet marketers certificate')).toEqual(['internet-marketer:name:internet marketer']);
    expect(found('xinternet marketer certificate')).toEqual([]);
    expect(found('internet marketeers certificate')).toEqual([]);
  });
});

describe('near-misses never count', () => {
  const nearMissTexts = [
    '新媒体运营师', '新媒体运营', '新媒體運營', '全媒体运营', '融媒体运营', '网络营销师', '網路行銷', '数字营销师',
    '互联网营销', '营销员', '营销师', '电子商务师', '电子商务员', '网络主播', '用户增长运营师', '电子竞技运营师',
    '互联网信息审核员', '电商直播', '短视频运营', '带货主播', '直播带货',
  ];

  it.each(nearMissTexts)('%s, alone, with certificate words around, and inside longer words', (text) => {
    expect(found(text)).toEqual([]);
    expect(found(`持有${text}职业技能等级证书`)).toEqual([]);
    expect(found(`${text}岗位招聘${text}专员`)).toEqual([]);
  });

  it('lists every near-miss of facts.md, none of which is found by itself', () => {
    for (const miss of NEAR_MISSES) expect(found(miss.text), miss.text).toEqual([]);
  });

  it('drops a term inside a longer word that means something else', () => {
    expect(found('全媒体运营师资培训')).toEqual([]);
    expect(found('互联网营销师資队伍')).toEqual([]);
    expect(found('全媒体运营师（大数据分析）')).toEqual(['all-media-operator:name:全媒体运营师']);
    expect(found('全媒体运营师、数据分析师等岗位')).toEqual(['all-media-operator:name:全媒体运营师']);
    expect(found('全媒体运营师与直播运营师')).toEqual(['all-media-operator:name:全媒体运营师']);
    expect(found('互联网营销师、新媒体平台管理员')).toEqual(['internet-marketer:name:互联网营销师']);
  });

  it('keeps the term when the longer word is the qualification itself (师资格)', () => {
    expect(found('全媒体运营师资格证书')).toEqual(['all-media-operator:name:全媒体运营师']);
  });
});

describe('triggers (per text node)', () => {
  /** The nodes triggerBatch flags, by index. */
  const flaggedInBatch = (nodes: string[]) => {
    const joined = nodes.map((n) => `${n}\0`).join('');
    const starts = nodes.map((_, i) => nodes.slice(0, i).reduce((sum, n) => sum + n.length + 1, 0));
    const flagged = new Set<number>();
    m.triggerBatch(joined, (offset) => {
      const i = starts.findLastIndex((s) => s <= offset);
      flagged.add(i);
      return i + 1 < nodes.length ? starts[i + 1]! : joined.length;
    });
    return [...flagged].sort((a, b) => a - b);
  };
  const flaggedOneByOne = (nodes: string[]) => nodes.flatMap((n, i) => (m.triggers(n) ? [i] : []));

  it('flags the right nodes when many are tested at once', () => {
    expect(flaggedInBatch(['五险一金', '持有互联网', '营销师证书', '负责运营', '全媒体运营师', 'the internet'])).toEqual([1, 4, 5]);
  });

  it('flags exactly the nodes the exact per-node test flags, whatever the spelling', () => {
    // Every spelling of every triggering term, whole and cut at every point, with the oddities the
    // fast path must hand over to the exact expression.
    const variants = (s: string) => [
      s,
      s.toUpperCase(),
      [...s].join('\u200b'),
      [...s].join('\u00ad'),
      s.replace(/ /g, '\n  '),
      s.replace(/-/g, '\u2013'),
      s.replace(/-/g, ' '),
      [...s].join(' '),
      `${s}\n  `,
    ];
    const nodes: string[] = ['负责店铺日常运营', 'a small', 'Hello', '运营\n', '销售 ', 'small \n'];
    for (const term of NAME_TERMS)
      for (const spelling of spellingsOf(term))
        for (const v of variants(spelling)) {
          nodes.push(`前${v}后`, v);
          for (let cut = 1; cut < v.length; cut++) nodes.push(v.slice(0, cut), `x ${v.slice(0, cut)}`, v.slice(cut), `${v.slice(0, cut)} `);
        }
    // Batches of a few nodes, so one odd node sends only its own batch down the exact path.
    for (let i = 0; i < nodes.length; i += 3) {
      const batch = nodes.slice(i, i + 3);
      const exact = flaggedOneByOne(batch);
      const fast = flaggedInBatch(batch);
      // Never missing a node (a few extra, like "a small" for "all-media", only cost a look).
      expect(exact.filter((x) => !fast.includes(x)), JSON.stringify(batch)).toEqual([]);
    }
  });

  it('fires on a node that contains a candidate', () => {
    expect(m.triggers('持有互联网营销师证书')).toBe(true);
    expect(m.triggers('招聘直播销售员')).toBe(true);
  });

  it('fires on a node that ends with the beginning of a term, even before invisibles (English: before a space)', () => {
    for (const tail of ['持有互联网', '全媒体运营', '全媒体', '互', '全媒體運營', '全媒体\u200b', '直播销售', 'the Internet ', 'the All-Media', 'live streaming'])
      expect(m.triggers(tail), JSON.stringify(tail)).toBe(true);
  });

  it('does not fire for terms that need the name nearby (the name fires for their block)', () => {
    for (const text of ['直播运营专员', '负责数据分析', '论坛平台管理员', '创意策划', '负责数据', '流量']) expect(m.triggers(text), text).toBe(false);
  });

  it('stays quiet on ordinary text', () => {
    for (const text of ['负责店铺日常运营。', '五险一金', '', '   ', '\n\t', 'hello world', '岗位职责', '运营', 'a small', 'Hawaii', 'in 2024'])
      expect(m.triggers(text), JSON.stringify(text)).toBe(false);
  });
});

describe('whether the text after a node may go on with the term its end begins (mayContinue)', () => {
  const tailOf = (node: string) => {
    // What the batch test matched at the node's end, as the engine hands it over.
    let tail: string | undefined;
    const joined = `${node}\0`;
    m.triggerBatch(joined, (offset, end) => {
      if (end === joined.length) tail = joined.slice(offset, end - 1);
      return joined.length;
    });
    return tail;
  };

  it('reports a match at a node end up to and including its separator, and a whole term without it', () => {
    expect(tailOf('网络安全')).toBe('全');
    expect(tailOf('互动直播')).toBe('直播');
    expect(tailOf('持有全媒體運')).toBe('全媒體運');
    expect(tailOf('持有全媒体运营师')).toBeUndefined();
  });

  it('says yes for every split of every spelling, in every script, with the next character it needs', () => {
    for (const term of NAME_TERMS.filter((t) => t.counts !== 'with-name' && t.lang === 'zh' && !/^[0-9]/.test(t.term)))
      for (const spelling of spellingsOf(term)) {
        const chars = [...spelling];
        for (let n = 1; n < chars.length; n++) {
          const tail = tailOf(`前文${chars.slice(0, n).join('')}`);
          expect(tail, `${spelling} at ${n}`).toBeDefined();
          expect(m.mayContinue(tail!, chars[n]!), `${spelling} at ${n}`).toBe(true);
        }
      }
    expect(m.mayContinue('internet ', 'M')).toBe(true);
  });

  it('says no for a character that goes on with no term the tail begins, and when nothing follows', () => {
    expect(m.mayContinue('全', '与')).toBe(false);
    expect(m.mayContinue('直播', '全')).toBe(false);
    expect(m.mayContinue('视频', '平')).toBe(false);
    expect(m.mayContinue('全媒体', '。')).toBe(false);
    expect(m.mayContinue('internet ', 'x')).toBe(false);
    expect(m.mayContinue('全', '')).toBe(false);
  });

  it('says yes where one character cannot tell: invisible characters and spaces', () => {
    for (const next of ['\u200b', '\u00ad', '\ufeff', ' ', '\n', '\u3000']) expect(m.mayContinue('全', next), JSON.stringify(next)).toBe(true);
  });

  it('reads a shorter end of the tail too (a term may begin inside it)', () => {
    // 互联网 begins 互联网营销师; its last character alone begins nothing, but a tail of two
    // terms' beginnings must be asked about each.
    expect(m.mayContinue('互联网营', '销')).toBe(true);
    expect(m.mayContinue('安全', '媒')).toBe(true);
  });
});

describe('setup cost at load', () => {
  // The content script builds the matcher when it is evaluated, on every page load and in one task;
  // each search is built (and compiled) on its first use instead (see compileMatcher).
  const RealRegExp = globalThis.RegExp;
  let built = 0;
  const counting = () => {
    built = 0;
    globalThis.RegExp = new Proxy(RealRegExp, {
      construct(target, args, newTarget) {
        built++;
        return Reflect.construct(target, args, newTarget);
      },
    });
  };
  afterEach(() => {
    globalThis.RegExp = RealRegExp;
  });

  it('builds no expression until a search is used, then only the searches that use needs', () => {
    counting();
    const matcher = compileMatcher();
    expect(built).toBe(0);
    // A page's text is searched for possible starts first (the engine's first slice).
    expect(matcher.subtreeStarts('今天的新闻：全国安全生产', false)).toEqual([]);
    const afterStarts = built;
    expect(afterStarts).toBeGreaterThan(0);
    // Then nodes are tested; finding (a block's analysis) is not needed for that.
    expect(matcher.triggers('今天的新闻')).toBe(false);
    const afterTriggers = built;
    expect(afterTriggers).toBeGreaterThan(afterStarts);
    expect(matcher.find('持有全媒体运营师证书').map((s) => s.term)).toEqual(['全媒体运营师']);
    expect(built).toBeGreaterThan(afterTriggers);
    // Built once: a second use of each builds nothing.
    const total = built;
    matcher.subtreeStarts('全媒体运营师', false);
    matcher.triggers('全媒体运营师');
    matcher.find('全媒体运营师');
    expect(built).toBe(total);
  });

  it('warm() builds what every scan uses (the node test), not what only long texts or blocks need', () => {
    counting();
    const matcher = compileMatcher();
    matcher.warm();
    const warmed = built;
    expect(warmed).toBeGreaterThan(0);
    matcher.triggers('全媒体运营师');
    expect(built).toBe(warmed);
    // The possible starts: a long root's scan, or a change.
    matcher.subtreeStarts('全媒体运营师', false);
    const afterStarts = built;
    expect(afterStarts).toBeGreaterThan(warmed);
    matcher.find('全媒体运营师');
    expect(built).toBeGreaterThan(afterStarts);
  });
});
