import { describe, expect, it } from 'vitest';
import { textRightAfter } from './collect-block';

/** The text node holding `marker` in a fresh body built from `html`. */
function textOf(html: string, marker: string): Text {
  document.body.innerHTML = html;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((t as Text).data.includes(marker)) return t as Text;
  throw new Error(`no text with ${marker}`);
}

describe('textRightAfter: the text that follows a node for certain, without styles', () => {
  it('gives the next text reached by leaving elements only', () => {
    expect(textRightAfter(textOf('<p>网络<span>安全</span>与短视频</p>', '安全'))).toBe('与短视频');
    expect(textRightAfter(textOf('<p><b><i>全媒</i></b>体运营师</p>', '全媒'))).toBe('体运营师');
    expect(textRightAfter(textOf('<p>甲</p>乙', '甲'))).toBe('乙');
  });

  it('passes over comments and empty text', () => {
    const node = textOf('<p>持有全媒<!-- x -->体运营师</p>', '全媒');
    node.after(document.createTextNode(''));
    expect(textRightAfter(node)).toBe('体运营师');
  });

  it('gives null when an element would have to be entered (it may hold hidden text)', () => {
    expect(textRightAfter(textOf('<p>全媒<span hidden>藏</span>体运营师</p>', '全媒'))).toBeNull();
    expect(textRightAfter(textOf('<p>全<wbr>媒体运营师</p>', '全'))).toBeNull();
    expect(textRightAfter(textOf('<p>负责全媒体</p><p>运营师</p>', '负责'))).toBeNull();
  });

  it("gives '' when nothing follows in the node's tree", () => {
    expect(textRightAfter(textOf('<p>最后的<b>全媒</b></p>', '全媒'))).toBe('');
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>全媒</span>';
    expect(textRightAfter(shadow.querySelector('span')!.firstChild as Text)).toBe('');
    const detached = document.createElement('p');
    detached.append('全媒');
    expect(textRightAfter(detached.firstChild as Text)).toBe('');
  });
});
