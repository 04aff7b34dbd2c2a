/**
 * When each record became known, and a case cut to what was known at a moment (docs/case-bundle.md "When
 * each record became known", docs/assessment.md "Judgment over time"). Pure.
 *
 * A record's `available_at` is when it was published or recorded. Where the bundle leaves it out it defaults
 * from the record's own date (a report's published_at, a testimony's recorded_at, a munition's observed_at,
 * a sample's collected_at, a sample result's reported_at or else its sample's, a site-control period's
 * start, a consequence's date); a record with no date of its own is taken as known at the event time, and counted apart so the
 * import can say how many rest on that assumption.
 */
import type { Case, Consequence, MatrixItem, MunitionObservation, Report, Sample, SiteControl, Testimony } from './schemas.js';
import { parseDate } from '../ingest/dates.js';

export type TimedKind = 'report' | 'testimony' | 'munition' | 'sample' | 'sample-result' | 'site-control' | 'matrix-item' | 'consequence';

/** How a record's availability was found: given in the bundle, from its own date, or the event time. */
export type AvailabilityBasis = 'given' | 'own-date' | 'event-time';

export interface Availability {
  /** epoch milliseconds */
  ms: number;
  basis: AvailabilityBasis;
}

/** Epoch ms of an ISO date or date-time (a bare date is the start of that day, UTC); NaN when unreadable. */
export function isoMs(s: string | undefined): number {
  if (!s) return NaN;
  const p = parseDate(s);
  return 'error' in p ? NaN : Date.parse(p.iso);
}

function ownDate(kind: TimedKind, r: Record<string, unknown>): string | undefined {
  const pick = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  switch (kind) {
    case 'report':
      return pick('published_at');
    case 'testimony':
      return pick('recorded_at');
    case 'munition':
      return pick('observed_at');
    case 'sample':
      return pick('collected_at');
    case 'sample-result':
      return pick('reported_at');
    case 'site-control':
      return pick('from');
    case 'consequence':
      return pick('at');
    case 'matrix-item':
      return undefined;
  }
}

/**
 * A bare date means "some time that day": on the event's own day it counts from the event time, never before
 * it (as the narrative engine reads day stamps), so a day stamp cannot make a record look as if it led the event.
 */
function onEventDay(text: string | undefined, ms: number, eventTime: string): number {
  if (!text || text.length !== 10 || Number.isNaN(ms)) return ms;
  const ev = isoMs(eventTime);
  return ms <= ev && ev < ms + 86_400_000 ? ev : ms;
}

/** When a dated statement (a claim, a conclusion) became known: its date, a bare date on the event day from the event. */
export const knownAtMs = (text: string | undefined, eventTime: string): number => onEventDay(text, isoMs(text), eventTime);

/**
 * When a record became known. `fallback` is the date to use before the event time (a sample result with no
 * date of its own falls back to its sample's availability).
 */
export function availabilityOf(kind: TimedKind, record: object, eventTime: string, fallback?: Availability): Availability {
  const r = record as Record<string, unknown>;
  const givenText = typeof r.available_at === 'string' ? r.available_at : undefined;
  const given = onEventDay(givenText, isoMs(givenText), eventTime);
  if (!Number.isNaN(given)) return { ms: given, basis: 'given' };
  const ownText = ownDate(kind, r);
  const own = onEventDay(ownText, isoMs(ownText), eventTime);
  if (!Number.isNaN(own)) return { ms: own, basis: 'own-date' };
  if (fallback) return fallback.basis === 'given' ? { ms: fallback.ms, basis: 'own-date' } : fallback;
  return { ms: isoMs(eventTime), basis: 'event-time' };
}

/** The records of a case that carry evidence, as the assessment reads them. */
export interface TimedCase {
  case: Case;
  testimonies: Testimony[];
  munitions: MunitionObservation[];
  samples: Sample[];
  siteControl: SiteControl[];
  matrix: MatrixItem[];
  consequences?: Consequence[];
}

export interface AvailabilityCounts {
  /** records whose available_at the bundle gave */
  given: number;
  /** defaulted from the record's own date */
  own_date: number;
  /** no date of its own: taken as known at the event time */
  event_time: number;
  /** per kind: [given, own date, event time] */
  by_kind: Partial<Record<TimedKind, [number, number, number]>>;
}

/** Every dated record of a case (reports apart: they are streamed), with when it became known. */
export function timedRecords(c: TimedCase): { kind: TimedKind; id: string; at: Availability }[] {
  const ev = c.case.when.at;
  const out: { kind: TimedKind; id: string; at: Availability }[] = [];
  for (const t of c.testimonies) out.push({ kind: 'testimony', id: t.id, at: availabilityOf('testimony', t, ev) });
  for (const m of c.munitions) out.push({ kind: 'munition', id: m.id, at: availabilityOf('munition', m, ev) });
  for (const s of c.samples) {
    const sa = availabilityOf('sample', s, ev);
    out.push({ kind: 'sample', id: s.id, at: sa });
    s.results.forEach((r, i) => out.push({ kind: 'sample-result', id: `${s.id}#${i + 1}`, at: availabilityOf('sample-result', r, ev, sa) }));
  }
  c.siteControl.forEach((s, i) => out.push({ kind: 'site-control', id: `site-control#${i + 1}`, at: availabilityOf('site-control', s, ev) }));
  for (const m of c.matrix) out.push({ kind: 'matrix-item', id: m.id, at: availabilityOf('matrix-item', m, ev) });
  for (const x of c.consequences ?? []) out.push({ kind: 'consequence', id: x.id, at: availabilityOf('consequence', x, ev) });
  return out;
}

/** How many records had available_at given, defaulted from their own date, or from the event time. */
export function availabilityCounts(c: TimedCase, reports: Pick<Report, 'published_at' | 'available_at'>[] = []): AvailabilityCounts {
  const out: AvailabilityCounts = { given: 0, own_date: 0, event_time: 0, by_kind: {} };
  const add = (kind: TimedKind, a: Availability) => {
    const k = (out.by_kind[kind] ??= [0, 0, 0]);
    const i = a.basis === 'given' ? 0 : a.basis === 'own-date' ? 1 : 2;
    k[i]++;
    if (i === 0) out.given++;
    else if (i === 1) out.own_date++;
    else out.event_time++;
  };
  for (const r of timedRecords(c)) add(r.kind, r.at);
  for (const r of reports) add('report', availabilityOf('report', r, c.case.when.at));
  return out;
}

/** A case as known at `asOfMs`: only the records available by then (claims and conclusions by their dates). */
export function caseAsOf<T extends TimedCase>(c: T, asOfMs: number): T {
  const ev = c.case.when.at;
  const known = (kind: TimedKind, r: object, fb?: Availability) => availabilityOf(kind, r, ev, fb).ms <= asOfMs;
  const samples: Sample[] = [];
  for (const s of c.samples) {
    if (!known('sample', s)) continue;
    const sa = availabilityOf('sample', s, ev);
    samples.push({ ...s, results: s.results.filter((r) => known('sample-result', r, sa)) });
  }
  return {
    ...c,
    case: {
      ...c.case,
      claims: c.case.claims.filter((x) => knownAtMs(x.claimed_at, ev) <= asOfMs),
      conclusions: c.case.conclusions.filter((x) => knownAtMs(x.published_at, ev) <= asOfMs),
    },
    testimonies: c.testimonies.filter((t) => known('testimony', t)),
    munitions: c.munitions.filter((m) => known('munition', m)),
    samples,
    siteControl: c.siteControl.filter((s) => known('site-control', s)),
    matrix: c.matrix.filter((m) => known('matrix-item', m)),
    ...(c.consequences ? { consequences: c.consequences.filter((x) => known('consequence', x)) } : {}),
  };
}

/** The counted items of a case: testimonies, munition observations, sample results, site control, analyst items. */
export function recordItems(c: TimedCase): number {
  return c.testimonies.length + c.munitions.length + c.samples.reduce((n, s) => n + s.results.length, 0) + c.siteControl.length + c.matrix.length;
}

const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "25 Nov 2018 12:00 UTC" */
export function utcLabel(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTH[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} UTC`;
}

/** What an assessment "as of" a moment weighed, and the sentence every format shows. */
export interface AsOfNote {
  /** the moment, ISO 8601 UTC */
  at: string;
  /** e.g. "as of 25 Nov 2018 12:00 UTC: 9 of 27 items" */
  statement: string;
  /** items available by then, and in the case now */
  items: number;
  of: number;
  /** per kind: [available by then, in the case now] */
  by_kind: Record<string, [number, number]>;
  /** analyst rating changes logged after the moment, not weighed */
  ratings_ignored: number;
  /** true when nothing that bears on the hypotheses was available yet: the assessment holds no evidence */
  no_evidence: boolean;
}

/** The as-of note for a case cut at `asOfMs` (`reports`: [available by then, in the case]). */
export function asOfNote(asOfMs: number, cut: TimedCase, whole: TimedCase, reports: [number, number], ratingsIgnored: number, weighed: number): AsOfNote {
  const kinds = (c: TimedCase) => ({
    reports: 0,
    testimonies: c.testimonies.length,
    munitions: c.munitions.length,
    'sample results': c.samples.reduce((n, s) => n + s.results.length, 0),
    'site control': c.siteControl.length,
    'analyst items': c.matrix.length,
  });
  const a = kinds(cut);
  const b = kinds(whole);
  a.reports = reports[0];
  b.reports = reports[1];
  const by_kind = Object.fromEntries(Object.keys(b).map((k) => [k, [a[k as keyof typeof a], b[k as keyof typeof b]] as [number, number]]));
  const items = Object.values(a).reduce((n, x) => n + x, 0);
  const of = Object.values(b).reduce((n, x) => n + x, 0);
  const label = utcLabel(asOfMs);
  const statement =
    `as of ${label}: ${items} of ${of} items` +
    (weighed === 0 ? `; none bears on the hypotheses yet, so the assessment holds no evidence (the hypotheses keep their priors)` : '') +
    (ratingsIgnored ? ` (${ratingsIgnored} later rating change${ratingsIgnored === 1 ? '' : 's'} not weighed)` : '');
  return { at: new Date(asOfMs).toISOString(), statement, items, of, by_kind, ratings_ignored: ratingsIgnored, no_evidence: weighed === 0 };
}
