import { describe, expect, it } from 'vitest';
import { quoteParts } from './quote-parts';

describe('quoteParts', () => {
  it('splits the sentence around the phrase', () => {
    const q = '互联网营销师证书由人社部颁发，包过！';
    expect(quoteParts(q, 9, 14)).toEqual({ before: '互联网营销师证书由', phrase: '人社部颁发', after: '，包过！' });
  });
  it('squeezes the page source’s white space', () => {
    const q = '  证书\n    由人社部颁发 ';
    expect(quoteParts(q, q.indexOf('人'), q.indexOf('人') + 5)).toEqual({ before: '证书 由', phrase: '人社部颁发', after: '' });
  });
  it('cuts long sides with an ellipsis, keeping the phrase whole', () => {
    const q = `${'甲'.repeat(100)}包过${'乙'.repeat(100)}`;
    const p = quoteParts(q, 100, 102, 10);
    expect(p).toEqual({ before: `…${'甲'.repeat(10)}`, phrase: '包过', after: `${'乙'.repeat(10)}…` });
  });
  it('clamps offsets outside the sentence', () => {
    expect(quoteParts('包过', -3, 99)).toEqual({ before: '', phrase: '包过', after: '' });
  });
});
