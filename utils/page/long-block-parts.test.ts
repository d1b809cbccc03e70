import { describe, expect, it } from 'vitest';
import { BLOCK_PART_CHARS, cutBefore, PART_CUT_SEARCH, partEnd } from './long-block-parts';

describe("a long block's parts", () => {
  it('end after the last sentence or line end before the size, if one is near', () => {
    const text = `${'字'.repeat(BLOCK_PART_CHARS - 100)}。${'字'.repeat(200)}`;
    expect(partEnd(text, 0)).toBe(BLOCK_PART_CHARS - 99);
    const lines = `${'a'.repeat(BLOCK_PART_CHARS - 10)}\n${'b'.repeat(50)}`;
    expect(partEnd(lines, 0)).toBe(BLOCK_PART_CHARS - 9);
  });

  it('are cut at the size when no end is near, and the last one runs to the end of the text', () => {
    const text = `${'字'.repeat(BLOCK_PART_CHARS - PART_CUT_SEARCH - 10)}。${'字'.repeat(2 * BLOCK_PART_CHARS)}`;
    expect(partEnd(text, 0)).toBe(BLOCK_PART_CHARS);
    expect(partEnd(text, BLOCK_PART_CHARS)).toBe(2 * BLOCK_PART_CHARS);
    expect(partEnd(text, 2 * BLOCK_PART_CHARS + 1)).toBe(text.length);
  });

  it('cutBefore looks back from any place', () => {
    expect(cutBefore('报名？包过！全媒体运营师', 10)).toBe(6);
    expect(cutBefore('没有句号的一段文字', 5)).toBe(5);
  });
});
