import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, splitSentences } from './sentences';

const parts = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends Chinese sentences at 。！？；… and line breaks, with offsets into the text', () => {
    const text = '包过！不过退费。真的吗？人社部颁发；全国通用……终身有效\n零门槛';
    expect(parts(text)).toEqual(['包过！', '不过退费。', '真的吗？', '人社部颁发；', '全国通用……', '终身有效', '零门槛']);
    const [first] = splitSentences(text);
    expect(first).toMatchObject({ start: 0, end: 3, terminator: '！' });
  });

  it('keeps closing quotes with their sentence and trims white space', () => {
    expect(parts('  他说：“包过！”  然后走了。 ')).toEqual(['他说：“包过！”', '然后走了。']);
  });

  it('ends at ASCII . ! ? ; only before a space, the end or Chinese, so addresses and decimals stay whole', () => {
    expect(parts('查询 zscx.osta.org.cn 即可. 均价¥12.8K,见 a.com/x?id=3 ok')).toEqual([
      '查询 zscx.osta.org.cn 即可.',
      '均价¥12.8K,见 a.com/x?id=3 ok',
    ]);
    expect(parts('不限学历!包过?')).toEqual(['不限学历!', '包过?']);
    expect(parts('It works. Really!')).toEqual(['It works.', 'Really!']);
  });

  it('marks sentences after a blank line as a new paragraph', () => {
    const s = splitSentences('标题\n第一句。第二句。\n\n  \n第三段。');
    expect(s.map((x) => x.newParagraph)).toEqual([false, false, false, true]);
  });

  it('finds the sentence containing an offset', () => {
    const text = '一。二二。三三三。';
    const s = splitSentences(text);
    expect(sentenceIndexAt(s, 0)).toBe(0);
    expect(sentenceIndexAt(s, 3)).toBe(1);
    expect(sentenceIndexAt(s, text.length - 1)).toBe(2);
    expect(sentenceIndexAt(s, text.length)).toBe(-1);
    expect(splitSentences('')).toEqual([]);
  });
});
