/**
 * Who is accused and who has a stake in a case, and the custody engine's findings from each sample's
 * integrity (docs/custody.md, "Who is accused, who has a stake" and "How the assessment uses it"). Pure: the
 * weights (knowledge/custody-weights.yaml) are read by the caller.
 */
import type { Case, Finding, Hypothesis, Sample, SiteControl } from '../case/schemas.js';
import { assessSample, sameParty, type CustodyWeights, type Parties, type SampleIntegrity } from './sample-integrity.js';

export interface PartiesView {
  case: Pick<Case, 'claims'>;
  hypotheses: Pick<Hypothesis, 'actor'>[];
}

export interface SamplesView {
  case: Case;
  hypotheses: Hypothesis[];
  samples: Sample[];
  siteControl: SiteControl[];
}

/** The weights file as read: the weights, the impartial custodians, and bodies acting for a party. */
export interface LoadedWeights {
  weights: CustodyWeights;
  neutral: string[];
  affiliations: { name: string; party: string }[];
}

const NOT_A_PARTY = new Set(['unknown', 'none', '', 'n/a']);

/**
 * Who is accused and who has a stake, from the case (rule documented in docs/custody.md):
 *  - accused: every party that a hypothesis names as the actor (the one who used the chemical or staged the
 *    event; "none"/"unknown" are not parties) and every perpetrator a claim names. A denial such as
 *    "none (fabrication by Jaysh al-Islam)" accuses the party after "by" of staging; "none (denial)" accuses
 *    nobody. A sample could clear or convict any accused party, so each has a motive to shape it.
 *  - stake: claimants and their states that are not themselves accused (they may select favourable samples).
 */
export function casePartiesOf(view: PartiesView, neutral: string[], affiliations: { name: string; party: string }[] = []): Parties {
  const accused = new Set<string>();
  const stake = new Set<string>();
  const perpetrator = (p: string | undefined) => {
    const t = p?.trim();
    if (!t || NOT_A_PARTY.has(t.toLowerCase())) return;
    if (/^(none|unknown|no one|nobody)\b/i.test(t)) {
      const by = /\bby\s+([^)]+)\)?\s*$/i.exec(t);
      if (by) accused.add(by[1].trim());
      return;
    }
    accused.add(t);
  };
  for (const c of view.case.claims ?? []) {
    perpetrator(c.perpetrator);
    stake.add(c.claimant);
    if (c.claimant_affiliation?.country) stake.add(c.claimant_affiliation.country);
  }
  for (const h of view.hypotheses ?? []) perpetrator(h.actor);
  // a claimant who is also accused ("Syrian government" when a hypothesis names "government") counts as accused
  return { accused: [...accused], stake: [...stake].filter((s) => ![...accused].some((a) => sameParty(a, s))), neutral, affiliations };
}

/** Integrity of every sample of a case (all samples, with or without results). */
export function assessSamples(view: SamplesView, { weights, neutral, affiliations }: LoadedWeights): SampleIntegrity[] {
  const parties = casePartiesOf(view, neutral, affiliations);
  return view.samples.map((s) => assessSample(s, view.siteControl, view.case.when.at, parties, weights));
}

/**
 * The custody engine's findings: per sample with results, item-integrity with reliability = the sample's
 * integrity. likelihoods {intact: r, compromised: 1 - r} are P(the custody record as observed | the sample is
 * intact / compromised), normalised; the assessment multiplies that sample's result findings' weight by r.
 */
export function sampleFindingsOf(view: SamplesView, weights: LoadedWeights): Finding[] {
  const byId = new Map(view.samples.map((s) => [s.id, s]));
  return assessSamples(view, weights)
    .filter((a) => (byId.get(a.sample_id)?.results.length ?? 0) > 0)
    .map((a) => ({
      engine: 'custody',
      attribute: 'item-integrity' as const,
      likelihoods: { intact: a.reliability, compromised: Math.round((1 - a.reliability) * 1000) / 1000 },
      reliability: a.reliability,
      evidence: [a.sample_id],
      explanation: a.reasons.length ? `sample ${a.sample_id}: reliability ${a.reliability}: ${a.reasons.map((r) => r.text).join('; ')}` : `sample ${a.sample_id}: reliability ${a.reliability}: chain of custody complete, no finding lowered it`,
      label: `custody of sample ${a.sample_id}`,
    }));
}
