/**
 * Comparing a new event's convergence with past events (docs/narrative.md, "Baseline"): a percentile rank and a
 * likelihood ratio "pre-scripted : organic" with an interval, or a plain statement of why none can be given.
 *
 * Metric, like with like: calendar days (UTC) from the event's day to the day the focal narrative reached k
 * distinct outlets, the figure every source can state at its resolution (most past coverage has dates only, so
 * hours would compare an instant with a day). Days are binned: 0, 1, 2-3, 4-7, 8-14, never within the window.
 *
 * Organic model: the past events an OPCW or UN body established (status `real`), whose coverage holds enough
 * items to show convergence at all; the state-media story after them is a reaction to a real attack. Their bin
 * counts n_b give a Dirichlet posterior (n_b + alpha) over the bins (Jeffreys alpha = 0.5, Gelman et al., BDA3
 * ch. 2); P(bin | organic) is its mean. Pre-scripted model: a judgment prior over the bins, kept in the table with
 * its reason. LR = P(bin | pre-scripted) / P(bin | organic). Interval: the 5th and 95th percentiles of the LR over
 * 4,000 draws of the organic bin probabilities from that posterior (seeded, so the figure is reproducible): it is
 * wide when the baseline is thin, which is the point. Below `min_events` usable events no ratio is given, and the
 * statement says which events were left out and why.
 */
export type EventStatus = 'real' | 'unresolved' | 'disputed';

export interface BaselineEvent {
  id: string;
  name: string;
  event_time: string;
  time_source: string;
  status: EventStatus;
  status_source: string;
  /** the files and bundles the coverage came from */
  sources: string[];
  /** per source, the items that passed the chemical-term, place and window filter */
  source_items?: Record<string, number>;
  /** items in the window after the keyword and place filter, and their distinct outlets */
  items: number;
  outlets: number;
  focal_narrative: string | null;
  focal_outlets: string[];
  /** coarsest time resolution of the focal narrative's items */
  resolution: 'exact' | 'day';
  /** calendar days from the event's day to the day the focal narrative reached k outlets; null: never in the window */
  days_to_k: number | null;
  hours_to_k: number | null;
  hours_to_k_interval: [number, number] | null;
  /** whether the coverage is large enough for a slow story to be told apart from missing data */
  coverage_ok: boolean;
}

export interface BaselineTable {
  metric: string;
  outlets_k: 2 | 5 | 10;
  window_days: number;
  /** upper bounds (days, inclusive) of the bins; one more bin holds "never within the window" */
  bins: number[];
  min_events: number;
  /** fewer items than this in an event's window and its coverage cannot show convergence */
  min_items: number;
  prescripted_prior: { p: number[]; judgment: true; why: string };
  dirichlet_alpha: number;
  derivation: string;
  events: BaselineEvent[];
}

export interface BaselineComparison {
  /** usable past events (real, enough coverage, not the event under study) */
  events: number;
  percentile: number | null;
  likelihood_ratio: number | null;
  /** 5th-95th percentile of the ratio over the organic model's uncertainty */
  interval: [number, number] | null;
  metric: string;
  value: number | null;
  too_thin: boolean;
  statement: string;
  /** baseline events left out, with the reason */
  excluded: string[];
  /** usable past events a ratio needs */
  min_events: number;
}

const SAME_EVENT_MS = 24 * 3_600_000;
const DRAWS = 4000;

/** The bin of a day count (null: never within the window). */
export function binOf(days: number | null, bins: number[]): number {
  if (days === null) return bins.length;
  const d = Math.max(0, days);
  const b = bins.findIndex((u) => d <= u);
  return b < 0 ? bins.length : b;
}

const binLabel = (b: number, bins: number[]) => (b === bins.length ? `never within the window` : b === 0 ? `day ${bins[0]}` : bins[b] === bins[b - 1] + 1 ? `day ${bins[b]}` : `days ${bins[b - 1] + 1}-${bins[b]}`);

// seeded RNG (mulberry32) and gamma draws (Marsaglia & Tsang 2000), for the Dirichlet draws
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function normal(u: () => number): number {
  const r = Math.sqrt(-2 * Math.log(1 - u()));
  return r * Math.cos(2 * Math.PI * u());
}
function gamma(shape: number, u: () => number): number {
  if (shape < 1) return gamma(shape + 1, u) * Math.pow(u(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = u();
    if (w < 1 - 0.0331 * x ** 4 || Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

const r3 = (x: number) => (x >= 10 ? Math.round(x * 10) / 10 : Math.round(x * 1000) / 1000);

/**
 * The past events a comparison may use, and the others with the reason: events within 24 h of `eventTime` are
 * the event under study; only real events with enough coverage are organic references. Whatever shows the
 * baseline (the comparison's statement, the narrative view's band) counts these same events.
 */
export function usableEvents(table: BaselineTable, eventTime?: string): { usable: BaselineEvent[]; excluded: string[] } {
  const t = eventTime ? Date.parse(eventTime) : NaN;
  const excluded: string[] = [];
  const usable: BaselineEvent[] = [];
  for (const e of table.events) {
    if (!Number.isNaN(t) && Math.abs(Date.parse(e.event_time) - t) < SAME_EVENT_MS) excluded.push(`${e.id} (the event under study itself)`);
    else if (e.status !== 'real') excluded.push(`${e.id} (${e.status}: ${e.status === 'disputed' ? 'the OPCW could not establish use' : 'no OPCW/UN finding'}, so not an organic reference)`);
    else if (!e.coverage_ok) excluded.push(`${e.id} (${e.items} item(s) in the window, fewer than ${table.min_items}: too little coverage to tell a slow story from missing data)`);
    else usable.push(e);
  }
  return { usable, excluded };
}

/**
 * Compares the event under study (its focal narrative's days to k outlets, null when it never got there) with
 * the table. Events within 24 h of `eventTime` are that event and are left out.
 */
export function compareWithBaseline(days: number | null, table: BaselineTable, eventTime?: string): BaselineComparison {
  const { usable, excluded } = usableEvents(table, eventTime);
  const bins = table.bins;
  const nb = bins.length + 1;
  const counts = new Array<number>(nb).fill(0);
  for (const e of usable) counts[binOf(e.days_to_k, bins)]++;
  const value = days;
  const b = binOf(days, bins);
  const base = { events: usable.length, metric: table.metric, value, excluded, min_events: table.min_events };
  const past = usable.map((e) => `${e.id} ${binLabel(binOf(e.days_to_k, bins), bins)}`).join(', ');
  const left = excluded.length ? `; left out: ${excluded.join('; ')}` : '';
  // percentile among usable events (ties half); "never" is slower than any day
  const rank = (x: number | null) => (x === null ? Infinity : x);
  const below = usable.filter((e) => rank(e.days_to_k) < rank(days)).length;
  const ties = usable.filter((e) => rank(e.days_to_k) === rank(days)).length;
  const percentile = usable.length ? Math.round((100 * (below + ties / 2)) / usable.length) : null;
  const meaning =
    percentile === null
      ? `no usable past event to rank against`
      : `reaching ${table.outlets_k} outlets ${days !== null && days < 0 ? `${-days} day(s) before the event's day (counted with day 0)` : `on ${binLabel(b, bins)} after the event's day`} is at the ${percentile}th percentile of ${usable.length} usable past event(s) (${past}): ${below + ties / 2} converged faster (ties count half)`;
  if (usable.length < table.min_events)
    return {
      ...base,
      percentile,
      likelihood_ratio: null,
      interval: null,
      too_thin: true,
      statement: `${meaning}; the baseline holds ${usable.length} usable past event(s), fewer than the ${table.min_events} a ratio needs${left}; so no likelihood ratio is given and the finding weighs organic and pre-scripted equally`,
    };
  const alpha = table.dirichlet_alpha;
  const total = usable.length + alpha * nb;
  const pOrg = (counts[b] + alpha) / total;
  const lr = table.prescripted_prior.p[b] / pOrg;
  const u = rng(20181124);
  const draws: number[] = [];
  for (let i = 0; i < DRAWS; i++) {
    const g = counts.map((c) => gamma(c + alpha, u));
    const sum = g.reduce((x, y) => x + y, 0);
    draws.push(table.prescripted_prior.p[b] / (g[b] / sum));
  }
  draws.sort((x, y) => x - y);
  const interval: [number, number] = [r3(draws[Math.floor(0.05 * DRAWS)]), r3(draws[Math.floor(0.95 * DRAWS)])];
  return {
    ...base,
    percentile,
    likelihood_ratio: r3(lr),
    interval,
    too_thin: false,
    statement: `${meaning}${left}; likelihood ratio pre-scripted : organic = ${r3(lr)} (90% interval ${interval[0]}-${interval[1]}; P(${binLabel(b, bins)} | pre-scripted) = ${table.prescripted_prior.p[b]} is a judgment, P(${binLabel(b, bins)} | organic) = ${Math.round(pOrg * 1000) / 1000} from the usable events)`,
  };
}
