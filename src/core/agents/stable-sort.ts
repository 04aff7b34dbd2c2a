/**
 * Sorts a small array in place with the same result as Array.prototype.sort (speed only: the differential sorts its
 * agents, classes and contributions on every call, and the built-in sort's call per comparison into the comparator
 * was a visible share of a one-account call; docs/agent-differential.md §7.0.1).
 *
 * Why the result is the same: Array.prototype.sort is stable, so for a comparator that is a consistent total preorder
 * the sorted order is unique, and this insertion sort is stable too (it moves an element only past strictly greater
 * ones). The callers' comparators are consistent when every key they read is a finite number (`keys`); otherwise (a
 * NaN probability compares "equal" to everything, so the order would depend on the algorithm), and for longer
 * arrays, the built-in sort is used.
 */
export function sortSmall<T>(xs: T[], cmp: (a: T, b: T) => number, finiteKeys: boolean): T[] {
  if (!finiteKeys || xs.length > SMALL) return xs.sort(cmp);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && cmp(xs[j], x) > 0) {
      xs[j + 1] = xs[j];
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}

/** Above this length the built-in sort (a merge sort past its own short runs) does fewer comparisons (judgment). */
const SMALL = 32;
