// Searches in sorted lists of offsets: the places in a root's text where a trigger may start
// (page-engine.ts asks, for each node or subtree it passes, whether one lies in its stretch).

/** The index of the first value of a sorted list that is at least `value` (from index `from` on). */
export function lowerBound(sorted: readonly number[], value: number, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a sorted list holds `value`. */
export function sortedHas(sorted: readonly number[], value: number): boolean {
  const k = lowerBound(sorted, value);
  return k < sorted.length && sorted[k] === value;
}

/** Whether a sorted list holds a value in [from, to). */
export function anyWithin(sorted: readonly number[], from: number, to: number): boolean {
  const k = lowerBound(sorted, from);
  return k < sorted.length && sorted[k]! < to;
}
