import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyWithin, lowerBound, sortedHas } from './sorted-offsets';

const sortedList = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }).map((xs) => xs.sort((a, b) => a - b));

describe('searches in sorted offsets', () => {
  it('answer as a scan of the whole list would', () => {
    fc.assert(
      fc.property(sortedList, fc.integer({ min: -2, max: 62 }), fc.integer({ min: 0, max: 10 }), (sorted, value, width) => {
        const firstAtLeast = sorted.findIndex((x) => x >= value);
        expect(lowerBound(sorted, value)).toBe(firstAtLeast === -1 ? sorted.length : firstAtLeast);
        expect(sortedHas(sorted, value)).toBe(sorted.includes(value));
        expect(anyWithin(sorted, value, value + width)).toBe(sorted.some((x) => x >= value && x < value + width));
      }),
    );
  });

  it('lowerBound starts where it is told', () => {
    expect(lowerBound([1, 2, 3, 4], 0, 2)).toBe(2);
    expect(lowerBound([1, 2, 3, 4], 4, 1)).toBe(3);
    expect(lowerBound([], 5)).toBe(0);
  });
});
