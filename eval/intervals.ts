/**
 * How sure the evaluation's figures are (docs/agent-differential.md §7.00048-evalx): 95% intervals for the point
 * figures that `npm run eval -- agents` and eval/claims/score.ts print. Pure and deterministic (a seeded generator),
 * no dependency, cheap enough to run on every split of every run.
 *
 * - A proportion k/n (top-1, accuracy, recall, coverage) gets the Wilson score interval: the set of true rates p
 *   whose normal test |k/n - p| <= z sqrt(p (1 - p) / n) does not reject k/n, solved in closed form:
 *     centre = (p^ + z^2 / 2n) / (1 + z^2 / n),  half = z / (1 + z^2 / n) x sqrt(p^ (1 - p^) / n + z^2 / 4n^2).
 *   Unlike the textbook p^ +- z sqrt(p^ (1 - p^) / n) it stays inside [0, 1] and does not collapse to a point at 0/n or
 *   n/n (Wilson 1927; Brown, Cai & DasGupta 2001, Statistical Science 16:101, recommend it for small n). 32/36 = 88.9%
 *   is 74.7%-95.6%.
 * - A mean of per-item scores (the Brier score) gets a seeded percentile bootstrap: B resamples of the items (or of
 *   clusters of items, e.g. every item of one event together, when items are not independent), the statistic on each,
 *   and the 2.5th and 97.5th percentiles of the B values (Efron & Tibshirani 1993, ch. 13). B = 2,000 and seed 1 by
 *   default, so the same outcomes always give the same interval.
 * - A ratio of sums over clusters (an accuracy when items of one event are read alike: right items / items, resampling
 *   events) uses the same bootstrap: bootstrapRatio.
 */
// mulberry32, the project's seeded generator (one implementation: the narrative engine's null models use it too)
import { mulberry32 } from '../src/core/narrative/narrative-coordination.js';
export { mulberry32 };

/** z for a two-sided 95% interval (the 97.5th percentile of the standard normal) */
export const Z95 = 1.959963984540054;

export interface Interval {
  lo: number;
  hi: number;
}

/** The Wilson score interval of k successes in n trials (z = 1.96 for 95%); [0, 1] when n is 0. */
export function wilson(k: number, n: number, z = Z95): Interval {
  if (!(n > 0)) return { lo: 0, hi: 1 };
  if (k < 0 || k > n) throw new RangeError(`wilson: k must be between 0 and n (${k}/${n})`);
  const p = k / n;
  const z2 = z * z;
  const den = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / den;
  const half = (z / den) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // at k = 0 (k = n) the lower (upper) bound is exactly 0 (1); the formula gives it up to rounding
  return { lo: k === 0 ? 0 : Math.max(0, centre - half), hi: k === n ? 1 : Math.min(1, centre + half) };
}


export interface BootstrapOptions {
  /** resamples (default 2,000) */
  resamples?: number;
  /** the generator's seed (default 1) */
  seed?: number;
  /** the interval's level (default 0.95) */
  level?: number;
  /** a cluster key per item: whole clusters are resampled (items of one event together); default each item alone */
  clusters?: readonly (string | number | null | undefined)[];
}

/** The percentile interval of B sorted values at the given level: the values at ranks floor(B a/2) and ceil(B (1 - a/2)) - 1. */
function percentiles(stats: Float64Array, level: number): Interval {
  stats.sort();
  const B = stats.length;
  const a = 1 - level;
  const lo = stats[Math.min(B - 1, Math.max(0, Math.floor((B * a) / 2)))];
  const hi = stats[Math.min(B - 1, Math.max(0, Math.ceil(B * (1 - a / 2)) - 1))];
  return { lo, hi };
}

/**
 * The seeded percentile bootstrap of sum(num) / sum(den) over items grouped into clusters: each resample draws as many
 * clusters as there are, with replacement, and takes the ratio of the drawn clusters' sums. With den = 1 for every item
 * and no clusters this is the bootstrap of the mean. A resample whose denominators sum to 0 is drawn again.
 */
export function bootstrapRatio(num: readonly number[], den: readonly number[], opts: BootstrapOptions = {}): Interval {
  const n = num.length;
  if (den.length !== n) throw new RangeError('bootstrapRatio: num and den differ in length');
  if (opts.clusters && opts.clusters.length !== n) throw new RangeError('bootstrapRatio: one cluster key per item');
  const B = opts.resamples ?? 2000;
  const level = opts.level ?? 0.95;
  // the sums of each cluster, in the order the clusters first occur (so the result does not depend on key names)
  const index = new Map<unknown, number>();
  const cn: number[] = [];
  const cd: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = opts.clusters ? opts.clusters[i] ?? `\u0000item ${i}` : i;
    let c = index.get(key);
    if (c === undefined) {
      c = cn.length;
      index.set(key, c);
      cn.push(0);
      cd.push(0);
    }
    cn[c] += num[i];
    cd[c] += den[i];
  }
  const C = cn.length;
  if (C === 0) return { lo: NaN, hi: NaN };
  const totalDen = cd.reduce((s, x) => s + x, 0);
  if (totalDen === 0) return { lo: NaN, hi: NaN };
  const rnd = mulberry32(opts.seed ?? 1);
  const stats = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    let sn = 0;
    let sd = 0;
    for (let tries = 0; sd === 0 && tries < 100; tries++) {
      sn = 0;
      sd = 0;
      for (let k = 0; k < C; k++) {
        const c = Math.floor(rnd() * C);
        sn += cn[c];
        sd += cd[c];
      }
    }
    stats[b] = sd === 0 ? sn : sn / sd;
  }
  return percentiles(stats, level);
}

/** The seeded percentile bootstrap of the mean of per-item values (e.g. per-case Brier scores); clusters as bootstrapRatio. */
export function bootstrapMean(values: readonly number[], opts: BootstrapOptions = {}): Interval {
  return bootstrapRatio(values, values.map(() => 1), opts);
}

/** An interval as text: "74.7-95.6%" for a proportion (digits after the point, default 1), or "0.120-0.185" for a score. */
export function fmtPct(i: Interval, digits = 1): string {
  return `${(i.lo * 100).toFixed(digits)}-${(i.hi * 100).toFixed(digits)}%`;
}
export function fmtNum(i: Interval, digits = 3): string {
  return `${i.lo.toFixed(digits)}-${i.hi.toFixed(digits)}`;
}
