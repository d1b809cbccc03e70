import { describe, expect, it, vi } from 'vitest';
import { blockClaims, blockPartClaims, checkedLength, inWarnedList, lastMention, MAX_CHECKED_CHARS, type BlockLink, type ClaimSpan } from './block-claims';
import { LABELLED_EXAMPLES } from './labelled-examples';
import { contextTriggers } from './block-triggers';
import { toTraditional } from './traditional';

const phrases = (text: string, spans: { start: number; end: number; ruleId: string }[]) =>
  spans.map((s) => `${s.ruleId}:${text.slice(s.start, s.end)}`);

describe('blockClaims: a block with its own mention', () => {
  it('flags the claims with offsets into the block text, sentence and quote', () => {
    const text = '互联网营销师证书由人社部颁发，包过！报名从速。';
    const spans = blockClaims({ text });
    expect(phrases(text, spans)).toEqual(['issued-by-mohrss:人社部颁发', 'guaranteed-pass:包过']);
    for (const s of spans) {
      expect(s.via).toBe('text');
      expect(s.quote).toBe('互联网营销师证书由人社部颁发，包过！');
      expect(text.slice(s.sentenceStart, s.sentenceEnd)).toBe(s.quote);
    }
    expect(spans.map((s) => s.verdict)).toEqual(['contradicts', 'prohibited-promotion']);
  });

  it('leaves true, negated and warning sentences alone', () => {
    for (const text of [
      '全媒体运营师设四级至一级四个等级。',
      '互联网营销师证书并非由人社部颁发。',
      '警惕互联网营销师“包过”宣传。',
    ]) {
      expect(blockClaims({ text }), text).toEqual([]);
    }
  });

  it('does not need the text before it, and does not ask for it when nothing could be a claim', () => {
    const before = vi.fn((): string[] => []);
    expect(blockClaims({ text: '互联网营销师是一个新职业。', before })).toEqual([]);
    expect(before).not.toHaveBeenCalled();
  });

  it('flags a title that names the certificate itself without a full mention', () => {
    const text = '报考互联网营销高级工程师，前景广阔。';
    expect(phrases(text, blockClaims({ text }))).toEqual(['invented-title:互联网营销高级工程师']);
  });
});

describe('blockClaims: a block without a mention', () => {
  it('borrows the mention of the text just before it (heading, previous paragraph)', () => {
    const text = '人社部颁发，国家职业资格证书，全国通用！';
    expect(blockClaims({ text })).toEqual([]);
    const spans = blockClaims({ text, before: () => ['互联网营销师 · 全媒体运营师 考证班'] });
    expect(phrases(text, spans)).toEqual([
      'issued-by-mohrss:人社部颁发',
      'national-qualification:国家职业资格证书',
      'nationwide-validity:全国通用',
    ]);
  });

  it('lends it only to a block that speaks of certificates, exams or training (not a job ad’s own terms)', () => {
    const card = () => ['岗位要求：持有', '互联网营销师', '证书者优先，熟悉直播带货。'];
    expect(blockClaims({ text: '负责短视频内容策划，学历不限，有补贴。', before: card })).toEqual([]);
    expect(blockClaims({ text: '不限学历、零基础，年满18周岁即可报名，包过！', before: () => ['互联网营销师考证班'] }).map((s) => s.ruleId)).toEqual([
      'no-education-requirement',
      'no-threshold-slogan',
      'no-education-requirement',
      'guaranteed-pass',
    ]);
  });

  it('leaves a job ad’s own requirements alone even next to the certificate', () => {
    expect(blockClaims({ text: '岗位要求：持有互联网营销师证书者优先，学历不限，零基础可培养。' })).toEqual([]);
  });

  it('lends the mention to the first sentence only', () => {
    const text = '课程介绍。本校开设多种课程，包过。';
    expect(blockClaims({ text, before: () => ['互联网营销师'] })).toEqual([]);
  });

  it('is not checked when the text before it names no certificate', () => {
    expect(blockClaims({ text: '人社部颁发，包过！', before: () => ['会计培训 考证班'] })).toEqual([]);
  });

  it('passes the certificate named before it to one-certificate rules', () => {
    const text = '分初级、中级、高级三个等级。';
    expect(phrases(text, blockClaims({ text, before: () => ['全媒体运营师'] }))).toEqual([
      'all-media-operator-levels:初级、中级、高级',
      'all-media-operator-levels:三个等级',
    ]);
    expect(blockClaims({ text, before: () => ['互联网营销师'] })).toEqual([]);
  });

  it('finds the mention across the inline nodes of the text before it (<em>互联网</em>营销师)', () => {
    expect(blockClaims({ text: '人社部颁发！', before: () => ['报考', '互联网', '营销师'] }).map((s) => s.ruleId)).toEqual(['issued-by-mohrss']);
  });

  it('leaves the items of a list a warning introduces alone (each line is a block on a page)', () => {
    const lead = ['谨防以下互联网营销师考证套路：'];
    expect(blockClaims({ text: '包过班', before: () => lead })).toEqual([]);
    expect(blockClaims({ text: '人社部颁发', before: () => [...lead, '包过班'] })).toEqual([]);
    // Also when the item names the certificate itself.
    expect(blockClaims({ text: '互联网营销师证书包过', before: () => lead })).toEqual([]);
    // A lead-in that is not a warning does not protect them.
    expect(blockClaims({ text: '人社部颁发', before: () => ['互联网营销师课程亮点：'] }).map((s) => s.ruleId)).toEqual(['issued-by-mohrss']);
  });

  it('works on traditional text', () => {
    const text = toTraditional('人社部颁发，包过！');
    const spans = blockClaims({ text, before: () => [toTraditional('全媒体运营师培训')] });
    expect(spans.map((s) => s.ruleId)).toEqual(['issued-by-mohrss', 'guaranteed-pass']);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('人社部頒發');
  });
});

describe('blockClaims: links (rule 20 on the address)', () => {
  const text = '互联网营销师证书查询入口：点此查询真伪。';
  const link = (href: string): BlockLink => ({ href, start: text.indexOf('点此查询真伪'), end: text.indexOf('点此查询真伪') + 6 });

  it('flags a link to an unofficial lookup site, over the link text', () => {
    const spans = blockClaims({ text, links: [link('http://cert-check.example.com/q')] });
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ via: 'link', ruleId: 'unofficial-lookup-site', host: 'cert-check.example.com', verdict: 'misleading' });
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('点此查询真伪');
    expect(spans[0]!.quote).toBe(text);
  });

  it('flags a lookalike of an official site as contradicting', () => {
    expect(blockClaims({ text, links: [link('https://zscx-osta.com.cn/')] })[0]?.ruleId).toBe('lookalike-official-site');
  });

  it('leaves the official lookup alone', () => {
    expect(blockClaims({ text, links: [link('https://zscx.osta.org.cn/')] })).toEqual([]);
  });

  it('in a block without a mention, reads the text before it only for a link that could be flagged', () => {
    // A news card: no mention, no agency word, an ordinary link. Nothing could be flagged, so the
    // page is not walked back for a mention to borrow.
    let asked = 0;
    const before = () => {
      asked++;
      return ['互联网营销师证书'];
    };
    const news = '网络安全与短视频平台完全开放。';
    expect(blockClaims({ text: news, before, links: [{ href: 'https://news.example.com/a', start: 0, end: 4 }] })).toEqual([]);
    expect(asked).toBe(0);
    // A link presented as a lookup on an unofficial site: the text before it is read, and lends
    // the mention that makes the link about the certificate.
    const lookup = '证书查询入口：点此查询真伪。';
    const spans = blockClaims({ text: lookup, before, links: [{ href: 'http://cert-check.example.com/q', start: 7, end: 13 }] });
    expect(asked).toBe(1);
    expect(spans.map((h) => h.ruleId)).toEqual(['unofficial-lookup-site']);
    // Without a mention before it, the same block is not about the certificates.
    expect(blockClaims({ text: lookup, before: () => ['今天天气很好'], links: [{ href: 'http://cert-check.example.com/q', start: 7, end: 13 }] })).toEqual([]);
  });

  it('does not flag a written-out address twice', () => {
    const t = '互联网营销师证书可在 http://www.zgrsks-cert.com/chaxun 查询真伪。';
    const start = t.indexOf('http');
    const end = t.indexOf(' 查询');
    const spans = blockClaims({ text: t, links: [{ href: 'http://www.zgrsks-cert.com/chaxun', start, end }] });
    expect(spans).toHaveLength(1);
    expect(spans[0]!.via).toBe('text');
  });
});

describe('helpers', () => {
  it('contextTriggers: agencies’ words in either script, not everyday text', () => {
    expect(contextTriggers('人社部颁发')).toBe(true);
    expect(contextTriggers(toTraditional('全国通用，终身有效'))).toBe(true);
    expect(contextTriggers('今天天气很好，我们去公园散步。')).toBe(false);
    expect(contextTriggers('查看更多职位')).toBe(false);
  });

  it('inWarnedList: a warning ending in a colon within the last few texts', () => {
    expect(inWarnedList(['警惕以下宣传：', 'a', 'b'])).toBe(true);
    expect(inWarnedList(['警惕以下宣传：', ...Array.from({ length: 8 }, () => 'x')])).toBe(false);
    expect(inWarnedList(['课程特色：'])).toBe(false);
    expect(inWarnedList(['请警惕包过宣传。'])).toBe(false);
  });

  it('lastMention: the nearest certificate named', () => {
    expect(lastMention('互联网营销师和全媒体运营师')).toBe('all-media-operator');
    expect(lastMention('全媒体运营师与互联网营销师')).toBe('internet-marketer');
    expect(lastMention('会计证')).toBeUndefined();
  });
});

describe('contextTriggerSource (the page engine’s batch test)', () => {
  it('finds the same words as the per-node test, in every mix of scripts', async () => {
    const { contextTriggerSource } = await import('./block-triggers');
    const { CONTEXT_BLOCK_TRIGGERS } = await import('../../data/claim-cues');
    const re = new RegExp(contextTriggerSource());
    for (const w of CONTEXT_BLOCK_TRIGGERS) {
      expect(re.test(`前${w}后`), w).toBe(true);
      expect(re.test(toTraditional(w)), toTraditional(w)).toBe(true);
      expect(contextTriggers(toTraditional(w))).toBe(true);
    }
    for (const t of ['今天天气很好', '查看更多职位', '要求：有相关经验，沟通能力强']) expect(re.test(t), t).toBe(false);
  });
});

describe('prepareChecker', () => {
  it('compiles in steps until the deadline, then says when all is done', async () => {
    const { prepareChecker } = await import('./block-claims');
    // A deadline already past: the sample check runs, the rules' wordings are left for later.
    expect(prepareChecker(0)).toBe(false);
    expect(prepareChecker(Infinity)).toBe(true);
    expect(prepareChecker(0)).toBe(true);
  });
});

describe('blockClaims: a very long block', () => {
  // A caller that hands the checker a long text at once gets its first MAX_CHECKED_CHARS checked.
  // (The page engine never does: it hands a long block over in parts, see blockPartClaims below.)
  const line = '2026-11-28 INFO 用户咨询课程，回复：互联网营销师证书由人社部颁发，包过。\n';
  const filler = '2026-11-28 INFO 其他日志内容，系统运行正常，没有异常。\n';

  it('checks up to the end of the last line within MAX_CHECKED_CHARS, and finds there what a shorter block would', () => {
    const text = filler.repeat(Math.ceil(MAX_CHECKED_CHARS / filler.length) + 200).replace(/^/, line);
    const withClaimLater = text + line;
    const cut = checkedLength(withClaimLater);
    expect(cut).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
    expect(cut).toBeGreaterThan(MAX_CHECKED_CHARS - 1_000);
    expect(withClaimLater[cut - 1]).toBe('\n');
    const spans = blockClaims({ text: withClaimLater });
    // The claims of the first line are flagged, the same as in that part alone; the last line's not.
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.end <= cut)).toBe(true);
    expect(spans).toEqual(blockClaims({ text: withClaimLater.slice(0, cut) }));
  });

  it('leaves a block within the limit whole', () => {
    expect(checkedLength(line.repeat(10))).toBe(line.length * 10);
  });

  it('cuts at the limit when no sentence or line ends near it', () => {
    expect(checkedLength('字'.repeat(MAX_CHECKED_CHARS * 2))).toBe(MAX_CHECKED_CHARS);
  });
});

describe('blockPartClaims: a long block, part by part (as the page engine reads it)', () => {
  // Texts of up to MAX_CHECKED_CHARS made of the labelled examples' lines, so that the whole text
  // can be checked at once too: cut into parts after a line, the parts find what the whole finds.
  const lines = LABELLED_EXAMPLES.map((e) => e.text.replace(/\n/g, ' '));
  let seed = 11;
  const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
  const key = (s: ClaimSpan) => `${s.start}-${s.end} ${s.ruleId} ${s.verdict} ${s.sentenceStart}-${s.sentenceEnd}`;

  it('finds in its parts exactly the claims of the whole text, offsets in the whole text', () => {
    let flagged = 0;
    for (let round = 0; round < 40; round++) {
      let text = '';
      while (text.length < 8_000) text += `${lines[random(lines.length)]}\n`;
      const whole = blockClaims({ text }).map(key);
      const parts: string[] = [];
      for (let from = 0; from < text.length; ) {
        let to = Math.min(text.length, from + 300 + random(3_000));
        while (to < text.length && text[to - 1] !== '\n') to++;
        parts.push(...blockPartClaims({ text }, { from, to }).map(key));
        from = to;
      }
      expect(parts, `round ${round}`).toEqual(whole);
      flagged += whole.length;
    }
    // Not a comparison of empty lists: the labelled claims are flagged.
    expect(flagged).toBeGreaterThan(400);
  });

  it('reads across the cut: a claim whose mention stands in the next line, in the next part', () => {
    const filler = '其他日志内容，系统运行正常。\n'.repeat(300);
    const claimLine = '证书由人社部颁发，全国通用。\n';
    const text = `${filler}${claimLine}我们开设互联网营销师培训班。\n${filler}`;
    const cut = filler.length + claimLine.length;
    const whole = blockClaims({ text }).map(key);
    expect(whole.length).toBeGreaterThan(0);
    const parts = [...blockPartClaims({ text }, { from: 0, to: cut }), ...blockPartClaims({ text }, { from: cut, to: text.length })];
    expect(parts.map(key)).toEqual(whole);
  });

  it('shifts the links into the text it reads, and their claims back', () => {
    const text = `${'其他日志内容，系统运行正常。\n'.repeat(400)}互联网营销师证书查询：点此查询\n`;
    const start = text.indexOf('点此查询');
    const links: BlockLink[] = [{ href: 'http://zhengshu-chaxun.example.cn/q', start, end: start + 4 }];
    const whole = blockClaims({ text, links }).filter((s) => s.via === 'link');
    expect(whole).toHaveLength(1);
    expect(blockPartClaims({ text, links }, { from: text.length - 100, to: text.length })).toEqual(whole);
    expect(blockPartClaims({ text, links }, { from: 0, to: text.length - 100 })).toEqual([]);
  });
});
