/**
 * Convergence of one narrative across outlets: when it was first seen, its lead or lag against the event
 * (negative when it appeared before the event), the hours until 2, 5 and 10 distinct outlets carried it,
 * t50 and t90 (hours until half and nine tenths of its eventual outlets had), and the state-affiliated share.
 *
 * Method: each outlet counts once, at its first item (diffusion "adoption time", as in Hoaxy's and
 * Caselli & Broersma's lifespan measures); times are hours since the event time.
 *
 * Resolution (docs/narrative.md, "Timing"): an item carries the window its timestamp allows: a date-only item
 * was published some time in [00:00, 24:00) UTC of that day, a date-time item at its instant. A date is never
 * moved to the event time. Each figure is computed with every item at the middle of its window (the expectation
 * under a uniform spread within the day), and, when any item behind the figures is coarser than a minute, with
 * an interval [every item at the start of its window, every item at the end]: the k-th adoption is monotone in
 * each item's time, so the true figure lies in that interval. `lead_days` gives the lead in whole calendar days
 * (UTC), the figure a day-resolution source can state without an interval.
 */
export interface Adoption {
  outlet: string;
  /** ms since epoch of the outlet's first item in the narrative (middle of its time window) */
  t: number;
  /** earliest and latest instant the outlet's first item can have been published */
  lo: number;
  hi: number;
  stateAffiliated: boolean;
  known: boolean;
}

export type Resolution = 'exact' | 'day';

export interface Convergence {
  first_seen: string | null;
  lead_hours: number | null;
  hours_to_outlets: { '2': number | null; '5': number | null; '10': number | null };
  t50_hours: number | null;
  t90_hours: number | null;
  state_affiliated_share: number;
  /** the coarsest time resolution of the items behind the figures */
  resolution: Resolution;
  /** calendar days (UTC) from the event's day to the first item's day; negative before the event */
  lead_days: number | null;
  /** [low, high] bounds of each figure when the resolution is coarser than the figure (null when exact) */
  intervals: {
    lead_hours: [number, number] | null;
    hours_to_outlets: { '2': [number, number] | null; '5': [number, number] | null; '10': [number, number] | null };
    t50_hours: [number, number] | null;
    t90_hours: [number, number] | null;
  } | null;
  /** outlets not in the registry (counted in the share's denominator, so the share is a lower bound) */
  unknown_outlets: number;
}

const H = 3_600_000;
const DAY = 86_400_000;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** First adoption per outlet from (outlet, time window) items; sorted by time, then outlet name. */
export function adoptions(items: Iterable<{ outlet: string; t: number; lo?: number; hi?: number; stateAffiliated: boolean; known: boolean }>): Adoption[] {
  const first = new Map<string, Adoption>();
  for (const it of items) {
    const lo = it.lo ?? it.t;
    const hi = it.hi ?? it.t;
    const a = first.get(it.outlet);
    if (!a) first.set(it.outlet, { outlet: it.outlet, t: it.t, lo, hi, stateAffiliated: it.stateAffiliated, known: it.known });
    else {
      // each bound of the outlet's first adoption is the earliest over its items
      if (it.t < a.t) a.t = it.t;
      if (lo < a.lo) a.lo = lo;
      if (hi < a.hi) a.hi = hi;
    }
  }
  return [...first.values()].sort((a, b) => a.t - b.t || (a.outlet < b.outlet ? -1 : 1));
}

/** When an adoption was seen, at its resolution: "2017-04-05" for a date-only item, the instant otherwise. */
export function seenAt(a: { t: number; lo: number; hi: number }): string {
  return a.hi - a.lo >= DAY - 1 ? new Date(a.lo).toISOString().slice(0, 10) : new Date(a.t).toISOString();
}

/** Hours since the event until the n-th distinct outlet (1-based); null if never reached. */
export function hoursToOutlets(ad: Adoption[], n: number, eventMs: number): number | null {
  return ad.length >= n ? round2((ad[n - 1].t - eventMs) / H) : null;
}

export function convergence(ad: Adoption[], eventMs: number): Convergence {
  const n = ad.length;
  const kth = (q: number) => Math.max(1, Math.ceil(q * n));
  const at = (q: number) => (n ? hoursToOutlets(ad, kth(q), eventMs) : null);
  const state = ad.filter((a) => a.stateAffiliated).length;
  const coarse = ad.some((a) => a.hi - a.lo > 60_000);
  // interval bounds: the k-th smallest start and the k-th smallest end over the outlets' windows
  const los = ad.map((a) => a.lo).sort((x, y) => x - y);
  const his = ad.map((a) => a.hi).sort((x, y) => x - y);
  const iv = (k: number): [number, number] | null => (n >= k ? [round2((los[k - 1] - eventMs) / H), round2((his[k - 1] - eventMs) / H)] : null);
  const dayOf = (ms: number) => Math.floor(ms / DAY);
  return {
    first_seen: n ? seenAt(ad[0]) : null,
    lead_hours: n ? round2((ad[0].t - eventMs) / H) : null,
    hours_to_outlets: { '2': hoursToOutlets(ad, 2, eventMs), '5': hoursToOutlets(ad, 5, eventMs), '10': hoursToOutlets(ad, 10, eventMs) },
    t50_hours: at(0.5),
    t90_hours: at(0.9),
    state_affiliated_share: n ? round2(state / n) : 0,
    resolution: coarse ? 'day' : 'exact',
    lead_days: n ? dayOf(los[0]) - dayOf(eventMs) : null,
    intervals:
      coarse && n
        ? { lead_hours: iv(1), hours_to_outlets: { '2': iv(2), '5': iv(5), '10': iv(10) }, t50_hours: iv(kth(0.5)), t90_hours: iv(kth(0.9)) }
        : null,
    unknown_outlets: ad.filter((a) => !a.known).length,
  };
}
