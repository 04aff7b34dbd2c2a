/**
 * Analytic confidence (high / moderate / low) computed from the evidence, with its reasons. ICD 203 keeps
 * confidence apart from likelihood: these reasons never carry an estimative likelihood word, and the key
 * judgments put confidence in its own sentences. Definitions: High = high-quality information from
 * independent sources; Moderate = credibly sourced and plausible but short on quality or corroboration;
 * Low = questionable, fragmented or poorly corroborated; ODNI adds few gaps, low deception risk and
 * alternatives considered (ICD 203 §D.6.e(2); docs/assessment.md "Confidence rubric").
 *
 * Every threshold below is judgment: true (no standard gives numbers); the why is beside each.
 */
export type ConfidenceLevel = 'high' | 'moderate' | 'low';
export type FactorGrade = 'strong' | 'adequate' | 'weak' | 'n/a';

export interface ConfidenceInput {
  /** distinct source groups among diagnostic items (independent lines of evidence) */
  diagnosticGroups: number;
  diagnosticItems: number;
  /** mean reliability (rho) of diagnostic items, weighted by diagnosticity; null when no item is diagnostic */
  meanReliability: number | null;
  /** lowest custody integrity of the case's samples/items (0-1), null when none was assessed */
  custodyIntegrity: number | null;
  /** does the case hold physical samples whose integrity matters */
  hasSamples: boolean;
  deception: { risk: 'low' | 'moderate' | 'high'; why: string };
  /** fewest one-step rating changes that change the leading hypothesis (null: more than the search limit) */
  fewestChanges: number | null;
  pivotalItems: number;
  /**
   * the party most suspected (posterior mass of the hypotheses naming it) among those that held the site in the
   * week after the incident; null when the case says nothing of site control (then the factor is n/a)
   */
  siteAccess?: {
    party: string;
    posterior: number;
    /** the share the site-control record counts for, when under 1 (src/core/case/record-weight.ts), and why */
    weight?: number;
    weighed?: string;
    visit?: { party: string; days: number } | null;
  } | null;
  /** diagnostic lines of evidence favouring the leader over the runner-up, and favouring the runner-up */
  consistency?: { agree: number; disagree: number };
}

export interface ConfidenceFactor {
  factor: 'quantity' | 'quality' | 'independence' | 'custody' | 'site-access' | 'consistency' | 'deception' | 'robustness';
  grade: FactorGrade;
  reason: string;
}

export interface Confidence {
  level: ConfidenceLevel;
  factors: ConfidenceFactor[];
  reasons: string[];
}

/** An impartial investigator's own sampling within this many days of the incident counts as early access (judgment). */
export const VISIT_DAYS = 3;

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function assessConfidence(x: ConfidenceInput): Confidence {
  const f: ConfidenceFactor[] = [];
  // quantity: 5+ independent diagnostic lines is a well-corroborated case; under 3 is fragmentary
  f.push({
    factor: 'quantity',
    grade: x.diagnosticGroups >= 5 ? 'strong' : x.diagnosticGroups >= 3 ? 'adequate' : 'weak',
    reason: `${plural(x.diagnosticGroups, 'independent line')} of diagnostic evidence (${plural(x.diagnosticItems, 'diagnostic item')}).`,
  });
  // quality: rho 0.8 is the Admiralty B/2 level; below 0.6 most items are doubtful
  const mr = x.meanReliability;
  f.push(
    mr === null
      ? { factor: 'quality', grade: 'n/a', reason: 'Mean reliability of the diagnostic evidence is n/a: no item discriminates between the hypotheses.' }
      : {
          factor: 'quality',
          grade: mr >= 0.8 ? 'strong' : mr >= 0.6 ? 'adequate' : 'weak',
          reason: `Mean reliability of the diagnostic evidence is ${mr.toFixed(2)} on a 0-1 scale.`,
        },
  );
  const ratio = x.diagnosticItems ? x.diagnosticGroups / x.diagnosticItems : 0;
  f.push({
    factor: 'independence',
    grade: x.diagnosticItems === 0 ? 'weak' : ratio >= 0.75 ? 'strong' : ratio >= 0.5 ? 'adequate' : 'weak',
    reason:
      x.diagnosticItems === 0
        ? 'No item discriminates between the hypotheses.'
        : `${Math.round(ratio * 100)}% of the diagnostic items come from distinct sources; items sharing a source are discounted.`,
  });
  if (x.custodyIntegrity === null)
    f.push({
      factor: 'custody',
      grade: x.hasSamples ? 'weak' : 'n/a',
      reason: x.hasSamples ? 'The custody of the physical samples has not been assessed.' : 'No physical samples are in the case.',
    });
  else
    f.push({
      factor: 'custody',
      grade: x.custodyIntegrity >= 0.8 ? 'strong' : x.custodyIntegrity >= 0.5 ? 'adequate' : 'weak',
      reason: `The weakest custody integrity of a sample or item is ${x.custodyIntegrity.toFixed(2)} on a 0-1 scale.`,
    });
  // site access: a party the assessment suspects (20% or more of the posterior) held the site in the first week
  // and could stage or clean it unwitnessed: weak; a barely suspected holder (under 5%): strong (judgment). An
  // impartial investigator collecting samples there itself within 3 days (VISIT_DAYS) narrows that window: one
  // grade better; a later visit is named in the reason but changes no grade (the holder had the site first).
  const sa = x.siteAccess;
  if (sa !== undefined) {
    if (sa === null) f.push({ factor: 'site-access', grade: 'n/a', reason: 'The case does not say who held the site.' });
    else {
      // a doubtful or unsourced record of the hold counts for its weight
      const counted = sa.posterior * (sa.weight ?? 1);
      const base: FactorGrade = counted >= 0.2 ? 'weak' : counted >= 0.05 ? 'adequate' : 'strong';
      const v = sa.visit;
      const early = !!v && v.days <= VISIT_DAYS;
      const grade: FactorGrade = early ? (base === 'weak' ? 'adequate' : 'strong') : base;
      const visitText =
        v === undefined
          ? ''
          : v === null
            ? ' No impartial investigator collected samples at the site itself.'
            : ` An impartial investigator (${v.party}) first collected samples there itself ${v.days < 1 ? 'within a day' : `${Math.round(v.days)} days`} after the incident${early ? '' : ', after that party had held it'}.`;
      f.push({
        factor: 'site-access',
        grade,
        reason: `In the week after the incident the site was held by ${sa.party}; the hypotheses naming ${sa.party} as the actor hold ${Math.round(sa.posterior * 100)}% of the posterior.${sa.weight !== undefined && sa.weight < 1 ? ` The record of that hold is weighed at ${Math.round(sa.weight * 100)}% (${sa.weighed}), so it counts as ${Math.round(counted * 100)}%.` : ''}${visitText}`,
      });
    }
  }
  // consistency: the share of diagnostic lines that favour the leader over the runner-up, among those that lean
  const cs = x.consistency;
  if (cs !== undefined) {
    const leaning = cs.agree + cs.disagree;
    const share = leaning ? cs.agree / leaning : 0;
    f.push({
      factor: 'consistency',
      grade: leaning === 0 ? 'n/a' : share >= 0.75 ? 'strong' : share >= 0.5 ? 'adequate' : 'weak',
      reason: leaning === 0 ? 'No line of evidence separates the leading hypothesis from the next.' : `${cs.agree} of ${leaning} lines of evidence that separate the two leading hypotheses favour the leader.`,
    });
  }
  f.push({ factor: 'deception', grade: x.deception.risk === 'low' ? 'strong' : x.deception.risk === 'moderate' ? 'adequate' : 'weak', reason: `Deception risk is ${x.deception.risk}: ${x.deception.why}` });
  // robustness: a lead that one rating change or one item's removal overturns is fragile
  const fc = x.fewestChanges;
  f.push({
    factor: 'robustness',
    grade: x.pivotalItems > 0 || fc === 1 ? 'weak' : fc !== null && fc <= 2 ? 'adequate' : 'strong',
    reason:
      (x.pivotalItems > 0 ? `Removing any one of ${plural(x.pivotalItems, 'item')} would change the leading hypothesis. ` : 'No single item decides the leading hypothesis. ') +
      (fc === null ? 'No small set of rating changes overturns it.' : `${plural(fc, 'one-step rating change')} would overturn it.`),
  });
  const weak = f.filter((g) => g.grade === 'weak').length;
  const counted = f.filter((g) => g.grade !== 'n/a').length;
  const strong = f.filter((g) => g.grade === 'strong').length;
  // high needs no weak factor and a majority strong; two or more weak factors, or too little evidence, is low
  const level: ConfidenceLevel =
    weak === 0 && strong * 2 > counted ? 'high' : weak >= 2 || x.diagnosticGroups < 2 ? 'low' : 'moderate';
  return { level, factors: f, reasons: f.filter((g) => g.grade !== 'n/a').map((g) => g.reason.trim()) };
}

/** STIX `confidence` (0-100) for an analytic confidence level (15 / 50 / 85; docs/assessment.md "STIX 2.1"). */
export const STIX_CONFIDENCE: Readonly<Record<ConfidenceLevel, number>> = Object.freeze({ low: 15, moderate: 50, high: 85 });
