/**
 * Consequences in time order with their lag from the incident (seed row 7; docs/assessment.md "Consequences").
 * A row: id, at, actor, action, kind, cites_incident, place (when given), lag_hours (hours after the incident,
 * one decimal; negative before it), sources, credibility (when given) and the weight the entry counts for (a
 * doubtful entry counts less: src/core/case/record-weight.ts). `consequenceContract` narrows it to the `assay consequences --json`
 * contract.
 */
import type { Case, Consequence } from '../case/schemas.js';
import { consequenceWeight } from '../case/record-weight.js';

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
  /** Admiralty information credibility 1-6, when the entry gives one */
  credibility?: number;
  /** the share the entry counts for (src/core/case/record-weight.ts): 1, or less for a doubtful one */
  weight: number;
  /** why it counts less, in words; absent when it counts fully */
  weighed?: string;
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
    .map((x) => ({ x, rw: consequenceWeight(x) }))
    .map(({ x, rw }) => ({
      id: x.id,
      at: x.at,
      actor: x.actor,
      action: x.action,
      kind: x.kind,
      cites_incident: x.cites_incident,
      ...(x.place ? { place: x.place } : {}),
      lag_hours: Math.round(((ms(x.at) - t0) / 3_600_000) * 10) / 10,
      sources: x.sources.map((s) => ({ title: s.title, url: s.url })),
      ...(x.credibility !== undefined ? { credibility: x.credibility } : {}),
      weight: rw.weight,
      ...(rw.weight < 1 ? { weighed: rw.why } : {}),
    }));
}

/** The keys of the `assay consequences --json` contract, in its order (docs/assessment.md "Consequences"). */
export const CONSEQUENCE_CONTRACT_KEYS = ['id', 'at', 'actor', 'action', 'kind', 'cites_incident', 'lag_hours', 'sources'] as const;

export type ConsequenceContractRow = Pick<ConsequenceRow, (typeof CONSEQUENCE_CONTRACT_KEYS)[number]>;

/** A row in exactly the contract's keys and order: `place` stays in the text output, the report and STIX. */
export function consequenceContract(r: ConsequenceRow): ConsequenceContractRow {
  return { id: r.id, at: r.at, actor: r.actor, action: r.action, kind: r.kind, cites_incident: r.cites_incident, lag_hours: r.lag_hours, sources: r.sources.map((s) => ({ title: s.title, url: s.url })) };
}

/** What the report says beside a doubtful entry: "weighed at 50%: credibility 4 (doubtful)". */
export function doubtNote(r: Pick<ConsequenceRow, 'weight' | 'weighed'>): string {
  return r.weighed ? `weighed at ${Math.round(r.weight * 100)}%: ${r.weighed}` : '';
}
