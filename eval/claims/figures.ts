/**
 * The claim reader's figures with their 95% intervals (docs/narrative.md, Session 24 (evalx)), for eval/claims/score.ts:
 * per slot the accuracy (right items / items) and, for the prepared slot, the recall of `true` (items labelled prepared
 * and read so / items labelled prepared) and its precision, each with
 * - the Wilson score interval (eval/intervals.ts), which takes the items as independent draws, and
 * - where items carry an event (ref.event, the web splits of session 12 on), a seeded percentile bootstrap that
 *   resamples whole events (2,000 resamples, seed 1; an item without an event is an event of its own): several
 *   excerpts of one event tend to be read alike, so the items are not independent and the Wilson interval is too narrow
 *   there. It is given only where the share's items span at least MIN_CLUSTERS clusters and the share is neither 0/n
 *   nor n/n (a bootstrap of an all-right share is a point). Aggregate only: nothing here returns an item.
 */
import type { LabelledItem, scoreClaims } from '../../src/core/narrative/claim-eval.js';
import { bootstrapRatio, wilson, type Interval } from '../intervals.js';

export const BOOTSTRAP = { resamples: 2000, seed: 1 } as const;
/** the fewest clusters (events, and items without one) a share's items must span for an interval by event: a judgment,
 * with fewer the resamples take too few distinct sets of events for their percentiles to mean much */
export const MIN_CLUSTERS = 10;

export interface Share {
  k: number;
  n: number;
  /** Wilson 95% */
  wilson: Interval;
  /** 95% percentile bootstrap over events, when some item has an event */
  byEvent?: Interval;
}

export interface ClaimFigures {
  items: number;
  /** distinct events among the items (items without one not counted); 0 when none has an event */
  events: number;
  accuracy: Record<string, Share>;
  preparedRecall: Share;
  preparedPrecision: Share;
}

type Scored = ReturnType<typeof scoreClaims>;

/** the event of an item (ref.event of the web splits), if it has one */
export const eventOf = (it: LabelledItem): string | undefined => (it as LabelledItem & { ref?: { event?: string } }).ref?.event || undefined;

export function claimFigures(items: readonly LabelledItem[], r: Pick<Scored, 'correct' | 'got'>): ClaimFigures {
  const events = items.map(eventOf);
  const nEvents = new Set(events.filter(Boolean)).size;
  const clusters = events.map((e, i) => (e ? `event ${e}` : `item ${i}`));
  const share = (num: number[], den: number[]): Share => {
    const k = num.reduce((s, x) => s + x, 0);
    const n = den.reduce((s, x) => s + x, 0);
    // the bootstrap says nothing with few clusters or at 0/n and n/n (every resample gives the same share): no interval
    // by event then, the Wilson interval stands alone (MIN_CLUSTERS)
    const used = new Set(clusters.filter((_, i) => den[i] > 0)).size;
    const byEvent = nEvents && used >= MIN_CLUSTERS && k > 0 && k < n ? bootstrapRatio(num, den, { ...BOOTSTRAP, clusters }) : undefined;
    return { k, n, wilson: wilson(k, n), ...(byEvent ? { byEvent } : {}) };
  };
  const ones = items.map(() => 1);
  const accuracy: Record<string, Share> = {};
  for (const [slot, right] of Object.entries(r.correct)) accuracy[slot] = share(right.map(Number), ones);
  // prepared as claim-eval.ts counts the value 'true': recall over the items labelled so, precision over those read so
  const labelled = items.map((it) => (String(it.labels.prepared) === 'true' ? 1 : 0));
  const readPrepared = r.got.prepared.map((g) => (g === 'true' ? 1 : 0));
  const both = labelled.map((l, i) => l * readPrepared[i]);
  return {
    items: items.length,
    events: nEvents,
    accuracy,
    preparedRecall: share(both, labelled),
    preparedPrecision: share(both, readPrepared),
  };
}

/** ".887-.912" (three digits, no leading zero: the brief line's style) */
export const short = (i: Interval) => `${i.lo.toFixed(3).replace(/^0/, '')}-${i.hi.toFixed(3).replace(/^0/, '')}`;
