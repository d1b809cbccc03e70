import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisjointSpans, withoutSuperseded, type Span } from './spans';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
interface Tagged extends Span {
  id: number;
  rule: number;
}
const spansArb = fc
  .array(fc.record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 0, max: 12 }), rule: fc.integer({ min: 0, max: 3 }) }), { maxLength: 40 })
  .map((list) => list.map(({ start, length, rule }, id): Tagged => ({ start, end: start + length, rule, id })));

describe('DisjointSpans', () => {
  it('keeps exactly the spans a pairwise check keeps, in the order they came', () => {
    fc.assert(
      fc.property(spansArb, (spans) => {
        const naive: Tagged[] = [];
        for (const s of spans) if (!naive.some((k) => overlaps(k, s))) naive.push(s);
        const fast = new DisjointSpans<Tagged>();
        for (const s of spans) if (!fast.overlapsAny(s)) fast.add(s);
        expect(fast.spans.map((s) => s.id)).toEqual(naive.map((s) => s.id));
      }),
      { numRuns: 2000 },
    );
  });

  it('sees an empty span inside a kept one, and a kept empty span inside a new one', () => {
    const a = new DisjointSpans<Span>();
    a.add({ start: 0, end: 10 });
    expect(a.overlapsAny({ start: 5, end: 5 })).toBe(true);
    const b = new DisjointSpans<Span>();
    b.add({ start: 5, end: 5 });
    expect(b.overlapsAny({ start: 4, end: 8 })).toBe(true);
    expect(b.overlapsAny({ start: 5, end: 8 })).toBe(false);
  });
});

describe('withoutSuperseded', () => {
  it('drops exactly the spans a pairwise check drops, in the same order', () => {
    // Rule r supersedes rule r + 1.
    const supersedes = (o: Tagged, c: Tagged) => o.rule + 1 === c.rule;
    fc.assert(
      fc.property(spansArb, (spans) => {
        const naive = spans.filter((c) => !spans.some((o) => o !== c && supersedes(o, c) && overlaps(o, c)));
        expect(withoutSuperseded(spans, supersedes).map((s) => s.id)).toEqual(naive.map((s) => s.id));
      }),
      { numRuns: 2000 },
    );
  });
});
