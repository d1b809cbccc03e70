// Span bookkeeping for the checker that stays fast on long texts. A page can hand the checker one
// block of hundreds of thousands of characters (a log or a plain-text file in one <pre>) with
// thousands of claims in it; comparing every hit with every other one made that cost seconds of the
// page's main thread (160,000 characters, 6,000 claims: ~1 s in Node). Both helpers give exactly
// what the pairwise comparisons gave (spans.test.ts checks them against those on random spans).

export interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Index of the first of `items` whose `edge` is at or after `offset` (items.length if none), for
 * items in order of that edge: spans by start, or spans that do not overlap by their end.
 */
export function firstAtOrAfter<T>(items: readonly T[], offset: number, edge: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edge(items[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const startOf = (s: Span): number => s.start;
const firstStartingAt = <S extends Span>(spans: readonly S[], offset: number): number => firstAtOrAfter(spans, offset, startOf);

/**
 * Spans none of which overlap another (the checker keeps one hit of a rule per phrase). Kept in
 * order of start, so the one that could overlap a new span is found by a binary search: of spans
 * that do not overlap each other, the last one starting before the new span ends is the one that
 * reaches furthest.
 */
export class DisjointSpans<S extends Span> {
  readonly #sorted: S[] = [];
  /** In the order they were added. */
  readonly spans: S[] = [];

  overlapsAny(span: S): boolean {
    for (let k = firstStartingAt(this.#sorted, span.end) - 1; k >= 0; k--) {
      const other = this.#sorted[k]!;
      if (overlaps(other, span)) return true;
      // The first non-empty span that does not overlap ends before `span` starts, and so do all
      // before it (empty ones before it too: they lie at or before its start).
      if (other.end > other.start) return false;
    }
    return false;
  }

  add(span: S): void {
    this.#sorted.splice(firstStartingAt(this.#sorted, span.start), 0, span);
    this.spans.push(span);
  }
}

/**
 * `spans` without those that another overlapping span supersedes (`supersedes(a, b)`: a's rule
 * wins over b's). Order kept. Looks only at spans that can overlap: those starting within the
 * longest span's length before.
 */
export function withoutSuperseded<S extends Span>(spans: readonly S[], supersedes: (winner: S, loser: S) => boolean): S[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  return spans.filter((c) => {
    for (let k = firstStartingAt(sorted, c.start - longest); k < sorted.length; k++) {
      const o = sorted[k]!;
      if (o.start >= c.end) break;
      if (o !== c && supersedes(o, c) && overlaps(o, c)) return false;
    }
    return true;
  });
}
