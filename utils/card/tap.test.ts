import { describe, expect, it } from 'vitest';
import { isPageControl, isTap, TAP_MAX_MS, TAP_SLOP_PX } from './tap';

describe('isTap', () => {
  const down = { x: 100, y: 200, time: 1000 };
  it('is a short touch that stayed put', () => {
    expect(isTap(down, { x: 103, y: 198, time: 1120 })).toBe(true);
    expect(isTap(down, { x: 100 + TAP_SLOP_PX, y: 200, time: 1000 + TAP_MAX_MS })).toBe(true);
  });
  it('is not a drag, a scroll or a long press', () => {
    expect(isTap(down, { x: 100 + TAP_SLOP_PX + 1, y: 200, time: 1100 })).toBe(false);
    expect(isTap(down, { x: 100, y: 260, time: 1100 })).toBe(false);
    expect(isTap(down, { x: 100, y: 200, time: 1000 + TAP_MAX_MS + 1 })).toBe(false);
  });
});

describe('isPageControl', () => {
  const make = (html: string) => {
    document.body.innerHTML = html;
    return document.getElementById('t')!;
  };
  it("is the page's when the term sits in a link, a button, a label or an editable region", () => {
    for (const html of [
      '<a href="/job/1"><b id="t">互联网营销师</b></a>',
      '<button><span id="t">全媒体运营师</span></button>',
      '<label><span id="t">全媒体运营师</span><input type="checkbox"></label>',
      '<details><summary><span id="t">互联网营销师</span></summary></details>',
      '<div contenteditable="true"><p id="t">互联网营销师</p></div>',
      '<div role="button"><span id="t">互联网营销师</span></div>',
      '<article tabindex="0"><p id="t">互联网营销师</p></article>',
    ]) {
      expect(isPageControl(make(html)), html).toBe(true);
    }
  });
  it('is ours in plain text, an anchor without href, and a tabindex="-1" container', () => {
    for (const html of [
      '<p><span id="t">互联网营销师</span>持证优先</p>',
      '<a name="x"><span id="t">互联网营销师</span></a>',
      '<div tabindex="-1"><p id="t">全媒体运营师</p></div>',
      '<div contenteditable="false"><p id="t">全媒体运营师</p></div>',
    ]) {
      expect(isPageControl(make(html)), html).toBe(false);
    }
  });
  it("looks through shadow roots to the host's surroundings", () => {
    document.body.innerHTML = '<a href="/x"><job-card id="host"></job-card></a><div><job-card id="plain"></job-card></div>';
    const inside = (id: string) => {
      const root = document.getElementById(id)!.attachShadow({ mode: 'open' });
      root.innerHTML = '<p><span>全媒体运营师</span></p>';
      return root.querySelector('span')!;
    };
    expect(isPageControl(inside('host'))).toBe(true);
    expect(isPageControl(inside('plain'))).toBe(false);
  });
});
