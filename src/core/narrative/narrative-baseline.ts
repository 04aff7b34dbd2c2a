/**
 * Comparing a new event's convergence with past events: a percentile rank and a likelihood ratio,
 * pre-scripted vs organic, for the assessment; and a plain statement when the baseline is too thin.
 *
 * Metric: hours from the event until the focal narrative (chosen by the app: the exonerating story carried by
 * the most state-affiliated outlets) reached k distinct outlets (k = outlets_k of the table: 2, 5 or 10). Percentile: mid-rank of the new value among the past values
 * (the share of past events that reached k outlets FASTER than this one, ties counted half: 0 = faster than
 * every past event, 100 = slower than all). A baseline event within 24 h of the event under study is that same
 * event (possibly from the same data): it is left out and the statement says so, since an event cannot be its
 * own reference. Ratio: f_pre(x) / f_org(x) with log-normal densities; f_org is fitted
 * to the past events (which are organic reactions to attacks confirmed by the OPCW/JIM), f_pre is a
 * judgment prior kept in knowledge/narrative-baselines.json with its reason. Below `min_events` past
 * events the ratio is not computed: with two or three points a fitted spread means nothing.
 */
export interface BaselineEvent {
  id: string;
  name: string;
  event_time: string;
  data: string;
  /** hours from the event until the focal narrative reached outlets_k outlets */
  hours_to_k: number | null;
  t50_hours: number | null;
  outlets: number;
  items: number;
}

export interface BaselineTable {
  metric: string;
  outlets_k: 2 | 5 | 10;
  min_events: number;
  prescripted_prior: { median_hours: number; log_sd: number; judgment: true; why: string };
  organic_log_sd_floor: number;
  events: BaselineEvent[];
}

export interface BaselineComparison {
  events: number;
  percentile: number | null;
  likelihood_ratio: number | null;
  metric: string;
  value: number | null;
  too_thin: boolean;
  statement: string;
  /** baseline events left out because they are the event under study */
  excluded: string[];
}

const lnPdf = (x: number, mu: number, sd: number) => {
  const z = (Math.log(x) - mu) / sd;
  return Math.exp(-0.5 * z * z) / (x * sd * Math.sqrt(2 * Math.PI));
};

const SAME_EVENT_MS = 24 * 3_600_000;

/**
 * Compares an observed hours-to-k with the baseline table. `eventTime`: the event under study; baseline
 * events within 24 h of it are the same event and are left out.
 */
export function compareWithBaseline(value: number | null, table: BaselineTable, eventTime?: string): BaselineComparison {
  const t = eventTime ? Date.parse(eventTime) : NaN;
  const excluded = Number.isNaN(t) ? [] : table.events.filter((e) => Math.abs(Date.parse(e.event_time) - t) < SAME_EVENT_MS).map((e) => e.id);
  const note = excluded.length ? ` (left out: ${excluded.join(', ')}, the event under study itself)` : '';
  const past = table.events.filter((e) => !excluded.includes(e.id)).map((e) => e.hours_to_k).filter((v): v is number => v !== null && v > 0);
  const base = { events: past.length, metric: table.metric, value, excluded };
  if (value === null)
    return { ...base, percentile: null, likelihood_ratio: null, too_thin: past.length < table.min_events, statement: `the focal narrative never reached ${table.outlets_k} outlets in the window, so there is no convergence time to compare${note}` };
  const below = past.filter((p) => p < value).length;
  const ties = past.filter((p) => p === value).length;
  const percentile = past.length ? Math.round((100 * (below + ties / 2)) / past.length) : null;
  const meaning =
    percentile === null
      ? `no past event to rank ${value} h against`
      : `${value} h to ${table.outlets_k} outlets is at the ${percentile}th percentile: ${below + ties / 2} of ${past.length} past event(s) converged faster and ${past.length - below - ties / 2} more slowly (ties count half; a low percentile means faster than past events)`;
  if (past.length < table.min_events) {
    return {
      ...base,
      percentile,
      likelihood_ratio: null,
      too_thin: true,
      statement: `${meaning}; the baseline holds ${past.length} past event(s) with a measured convergence time (${past.map((p) => p + ' h').join(', ') || 'none'})${note}; at least ${table.min_events} are needed before a likelihood ratio means anything, so none is given and the finding weighs organic and pre-scripted equally`,
    };
  }
  const logs = past.map((p) => Math.log(p));
  const mu = logs.reduce((a, b) => a + b, 0) / logs.length;
  const sd = Math.max(table.organic_log_sd_floor, Math.sqrt(logs.reduce((a, b) => a + (b - mu) ** 2, 0) / (logs.length - 1)));
  const x = Math.max(value, 0.25); // a story seen before or at the event: clamp to a quarter hour
  const pre = lnPdf(x, Math.log(table.prescripted_prior.median_hours), table.prescripted_prior.log_sd);
  const org = lnPdf(x, mu, sd);
  const lr = Math.round((pre / Math.max(org, 1e-300)) * 1000) / 1000;
  return { ...base, percentile, likelihood_ratio: lr, too_thin: false, statement: `${meaning}${note}; likelihood ratio pre-scripted : organic = ${lr}` };
}
