/**
 * One entry of a case's timeline as the API lists it (GET /api/cases/:id/timeline, docs/http-api.md): what
 * happened when, from the case's claims, conclusions, testimonies, samples, site control, evidence and reports.
 * The web UI imports the type instead of copying it. Pure: the route reads the case and its reports and
 * merges them here.
 */
import { z } from 'zod';
import type { CaseBundle, StoredReport } from './schemas.js';

export const TimelineEvent = z.object({
  at: z.string(),
  kind: z.enum(['claim', 'conclusion', 'report', 'testimony', 'sample-collected', 'sample-transfer', 'sample-result', 'site-control', 'evidence']),
  title: z.string(),
  detail: z.string().optional(),
  ref: z.string().optional(),
  /** "day" when the source gives only a date (YYYY-MM-DD): the UI shows the day, never an hour offset */
  precision: z.enum(['time', 'day']),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

const toTime = (s: string) => Date.parse(s.length === 10 ? s + 'T00:00:00Z' : s.replace(' ', 'T'));

/** Cuts text to at most `n` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, n: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= n) return t;
  const cut = t.slice(0, n - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > n * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:.\-–—]+$/, '') + '…';
}

const isDateOnly = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * Sort key of a timeline item. A date-only item ("2018-11-24") has day precision: it sorts at the start of
 * its day, except on the event's own day, where it goes after the timed items of the event hour (a report
 * dated only by the attack's day cannot be placed before the attack it reports).
 */
export function timelineKey(at: string, eventAt: string): number {
  if (!isDateOnly(at)) return toTime(at);
  const day = toTime(at);
  const ev = toTime(eventAt);
  if (Number.isFinite(ev) && ev >= day && ev < day + 86_400_000) return Math.floor(ev / 3_600_000) * 3_600_000 + 3_600_000 - 1;
  return day;
}

/** Merges what happened when: claims, conclusions, testimonies, samples, site control, evidence, reports. */
export function timelineEvents(v: CaseBundle, reports: StoredReport[]): TimelineEvent[] {
  const ev: Omit<TimelineEvent, 'precision'>[] = [];
  for (const c of v.case.claims) ev.push({ at: c.claimed_at, kind: 'claim', title: `${c.claimant}: ${c.agent ?? 'claim'}${c.perpetrator ? `, blames ${c.perpetrator}` : ''}`, detail: c.text });
  for (const c of v.case.conclusions) ev.push({ at: c.published_at, kind: 'conclusion', title: `${c.by}${c.agent ? `: ${c.agent}` : ''}`, detail: c.text });
  for (const t of v.testimonies) if (t.recorded_at) ev.push({ at: t.recorded_at, kind: 'testimony', title: `${t.who} (${t.role})`, detail: clip(t.text, 400), ref: t.id });
  for (const s of v.samples) {
    if (s.collected_at) ev.push({ at: s.collected_at, kind: 'sample-collected', title: `${s.id} collected${s.collected_by ? ` by ${s.collected_by}` : ''}${s.collector_party ? ` (${s.collector_party})` : ''}`, detail: s.description, ref: s.id });
    for (const t of s.chain) ev.push({ at: t.at, kind: 'sample-transfer', title: `${s.id}: ${t.from} → ${t.to}${t.party ? ` (${t.party})` : ''}${t.sealed === false ? ', unsealed' : ''}`, detail: t.note, ref: s.id });
    for (const r of s.results) if (r.reported_at) ev.push({ at: r.reported_at, kind: 'sample-result', title: `${s.id}: ${r.lab}${r.detected.length ? ` found ${r.detected.join(', ')}` : ''}`, detail: r.text, ref: s.id });
  }
  for (const sc of v.siteControl) ev.push({ at: sc.from, kind: 'site-control', title: `${sc.place ?? 'site'} held by ${sc.party}${sc.to ? ` until ${sc.to.slice(0, 16)}` : ''}` });
  for (const e of v.evidence) if (e.captured_at) ev.push({ at: e.captured_at, kind: 'evidence', title: e.title ?? e.file ?? e.sha256.slice(0, 12), ref: e.sha256 });
  for (const r of reports) ev.push({ at: r.published_at, kind: 'report', title: `${r.outlet}: ${r.title ? clip(r.title, 200) : clip(r.text, 120)}`, ref: r.id });
  const eventAt = v.case.when.at;
  return ev
    .map((e) => ({ ...e, precision: isDateOnly(e.at) ? ('day' as const) : ('time' as const), key: timelineKey(e.at, eventAt) }))
    .sort((a, b) => a.key - b.key || (a.precision === b.precision ? 0 : a.precision === 'time' ? -1 : 1) || a.kind.localeCompare(b.kind))
    .map(({ key: _k, ...e }) => e);
}
