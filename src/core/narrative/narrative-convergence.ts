/**
 * Convergence of one narrative across outlets: when it was first seen, its lead or lag against the event
 * (negative when it appeared before the event), the hours until 2, 5 and 10 distinct outlets carried it,
 * t50 and t90 (hours until half and nine tenths of its eventual outlets had), and the state-affiliated share.
 *
 * Method: each outlet counts once, at its first item (diffusion "adoption time", as in Hoaxy's and
 * Caselli & Broersma's lifespan measures); times are hours since the event time.
 */
export interface Adoption {
  outlet: string;
  /** ms since epoch of the outlet's first item in the narrative */
  t: number;
  stateAffiliated: boolean;
  known: boolean;
}

export interface Convergence {
  first_seen: string | null;
  lead_hours: number | null;
  hours_to_outlets: { '2': number | null; '5': number | null; '10': number | null };
  t50_hours: number | null;
  t90_hours: number | null;
  state_affiliated_share: number;
  /** outlets not in the registry (counted in the share's denominator, so the share is a lower bound) */
  unknown_outlets: number;
}

const H = 3_600_000;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** First adoption per outlet from (outlet, time) items; sorted by time, then outlet name. */
export function adoptions(items: Iterable<{ outlet: string; t: number; stateAffiliated: boolean; known: boolean }>): Adoption[] {
  const first = new Map<string, Adoption>();
  for (const it of items) {
    const a = first.get(it.outlet);
    if (!a || it.t < a.t) first.set(it.outlet, { outlet: it.outlet, t: it.t, stateAffiliated: it.stateAffiliated, known: it.known });
  }
  return [...first.values()].sort((a, b) => a.t - b.t || (a.outlet < b.outlet ? -1 : 1));
}

/** Hours since the event until the n-th distinct outlet (1-based); null if never reached. */
export function hoursToOutlets(ad: Adoption[], n: number, eventMs: number): number | null {
  return ad.length >= n ? round2((ad[n - 1].t - eventMs) / H) : null;
}

export function convergence(ad: Adoption[], eventMs: number): Convergence {
  const n = ad.length;
  const at = (q: number) => (n ? hoursToOutlets(ad, Math.max(1, Math.ceil(q * n)), eventMs) : null);
  const state = ad.filter((a) => a.stateAffiliated).length;
  return {
    first_seen: n ? new Date(ad[0].t).toISOString() : null,
    lead_hours: n ? round2((ad[0].t - eventMs) / H) : null,
    hours_to_outlets: { '2': hoursToOutlets(ad, 2, eventMs), '5': hoursToOutlets(ad, 5, eventMs), '10': hoursToOutlets(ad, 10, eventMs) },
    t50_hours: at(0.5),
    t90_hours: at(0.9),
    state_affiliated_share: n ? round2(state / n) : 0,
    unknown_outlets: ad.filter((a) => !a.known).length,
  };
}
