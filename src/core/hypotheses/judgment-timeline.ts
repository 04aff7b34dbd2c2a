/**
 * Judgment over time (docs/assessment.md "Judgment over time"): the assessment at each moment the evidence
 * changed, when the final leader first reached (and then stayed in) its final ICD 203 band, and the case's
 * own milestones (first claim, first denial, official assessments, investigations' reports). Pure.
 */
import type { Case, Consequence } from '../case/schemas.js';
import { consequenceWeight, weightNote } from '../case/record-weight.js';
import { knownAtMs } from '../case/availability.js';

export interface TimelinePoint {
  /** the moment (ISO 8601 UTC) */
  at: string;
  /** items available by then (records and reports) */
  items: number;
  /** posterior of each hypothesis (they sum to 1) */
  posteriors: Record<string, number>;
  leading: string;
  /** the leader's ICD 203 words, e.g. "likely (55-80%)" */
  words: string;
  confidence: string;
}

export interface BandReach {
  /** the leading hypothesis at the last point, and its band then */
  hypothesis: string;
  words: string;
  /** the first moment it led within that band (null: never before the last point) */
  first_reached: string | null;
  /** from when it led within that band without leaving it again */
  stayed_from: string | null;
}

/** When the final leader first reached, and then stayed in, its final band. */
export function bandReach(points: TimelinePoint[]): BandReach | null {
  const last = points[points.length - 1];
  if (!last) return null;
  const inBand = (p: TimelinePoint) => p.leading === last.leading && p.words === last.words;
  const first = points.find(inBand) ?? null;
  let i = points.length;
  while (i > 0 && inBand(points[i - 1])) i--;
  return { hypothesis: last.leading, words: last.words, first_reached: first?.at ?? null, stayed_from: points[i]?.at ?? null };
}

export interface Milestone {
  at: string;
  kind: 'first-claim' | 'first-denial' | 'official-assessment' | 'investigation' | 'statement';
  label: string;
  /** where it comes from: the case's claims or conclusions, or its consequences */
  from: 'claims' | 'conclusions' | 'consequences';
  /** a consequence weighed under 1 for its credibility (src/core/case/record-weight.ts): its share, said in the label too */
  weight?: number;
}

const INVESTIGATIVE = /\b(OPCW|United Nations|UN\b|Commission of Inquiry|Joint Investigative|Fact-Finding|Investigation and Identification|Mechanism)/i;
const denial = (agent: string | undefined) => !!agent && /^(none|no\b)/i.test(agent.trim());

/**
 * The case's milestones: its first claim of a chemical, its first denial, each conclusion (an investigation's
 * report when an investigative body made it, otherwise an official assessment), and official statements and
 * investigations among its consequences. Sorted by time; one per actor and day.
 */
export function caseMilestones(c: Case, consequences: Consequence[] = []): Milestone[] {
  const out: Milestone[] = [];
  // a bare date on the event's day counts from the event (docs/case-bundle.md "When each record became known")
  const isoMs = (s: string) => knownAtMs(s, c.when.at);
  const at = (s: string) => (Number.isNaN(isoMs(s)) ? s : new Date(isoMs(s)).toISOString());
  const claims = [...c.claims].sort((a, b) => isoMs(a.claimed_at) - isoMs(b.claimed_at));
  const firstClaim = claims.find((x) => x.agent && !denial(x.agent));
  if (firstClaim) out.push({ at: at(firstClaim.claimed_at), kind: 'first-claim', from: 'claims', label: `${firstClaim.claimant}${firstClaim.agent ? ` (${firstClaim.agent})` : ''}` });
  const firstDenial = claims.find((x) => denial(x.agent));
  if (firstDenial) out.push({ at: at(firstDenial.claimed_at), kind: 'first-denial', from: 'claims', label: firstDenial.claimant });
  for (const x of c.conclusions) out.push({ at: at(x.published_at), kind: INVESTIGATIVE.test(x.by) ? 'investigation' : 'official-assessment', from: 'conclusions', label: x.by });
  for (const x of consequences)
    if (x.kind === 'investigation' || x.kind === 'statement') {
      const rw = consequenceWeight(x);
      out.push({ at: at(x.at), kind: x.kind === 'investigation' ? 'investigation' : 'statement', from: 'consequences', label: `${x.actor}: ${x.action}${rw.weight < 1 ? ` (${weightNote(rw)})` : ''}`, ...(rw.weight < 1 ? { weight: rw.weight } : {}) });
    }
  const seen = new Set<string>();
  return out
    .filter((m) => !Number.isNaN(isoMs(m.at)))
    .sort((a, b) => isoMs(a.at) - isoMs(b.at))
    .filter((m) => {
      const k = `${m.at.slice(0, 10)}\u0000${m.label.split(':')[0]}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}
