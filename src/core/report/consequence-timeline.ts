/**
 * Consequences in time order with their lag from the incident (seed row 7; docs/assessment.md "Consequences").
 * The shape is the `assay consequences --json` contract and the HTTP route's: id, at, actor, action, kind,
 * cites_incident, lag_hours (hours after the incident, one decimal; negative before it), sources.
 */
import type { Case, Consequence } from '../case/schemas.js';

export interface ConsequenceRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  kind: Consequence['kind'];
  cites_incident: boolean;
  place?: string;
  lag_hours: number;
  sources: { title: string; url: string }[];
}

/**
 * Milliseconds of an ISO date or date-time. A date alone (day precision) is read as midday UTC, the middle of
 * the day, so its lag is off by at most 12 hours either way instead of always early.
 */
const ms = (iso: string) => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);

export function consequenceTimeline(c: Case, list: readonly Consequence[]): ConsequenceRow[] {
  const t0 = ms(c.when.at);
  return [...list]
    .sort((x, y) => ms(x.at) - ms(y.at) || x.id.localeCompare(y.id))
    .map((x) => ({
      id: x.id,
      at: x.at,
      actor: x.actor,
      action: x.action,
      kind: x.kind,
      cites_incident: x.cites_incident,
      ...(x.place ? { place: x.place } : {}),
      lag_hours: Math.round(((ms(x.at) - t0) / 3_600_000) * 10) / 10,
      sources: x.sources.map((s) => ({ title: s.title, url: s.url })),
    }));
}
