/**
 * The munition-compatibility finding for the assessment: likelihood per agent id, class id and 'none' from
 * the case's munition observations and casualty pattern (munition-compatibility.ts).
 */
import type { Finding, FindingItem, MunitionObservation } from '../case/schemas.js';
import type { MunitionKb } from './munition-kb.js';
import { assessMunitions, DEFAULT_RELIABILITY, readings, type CasualtyInput } from './munition-compatibility.js';
import { recordWeight } from '../case/record-weight.js';

/** KB agent and class ids named in free strings ("toxic gas (chlorine suspected)" -> chlorine), in first-seen order. */
export function agentsAtIssue(kb: MunitionKb, named: (string | undefined)[]): string[] {
  const ids = [...kb.agents.map((a) => a.id), ...kb.classes.map((c) => c.id)];
  const out: string[] = [];
  for (const s of named) {
    if (!s) continue;
    const t = s.toLowerCase();
    for (const id of ids)
      if (!out.includes(id) && new RegExp(`(?<![a-z-])${id.replace(/-/g, '[- ]')}(?![a-z-])`).test(t)) out.push(id);
  }
  return out;
}

const fitWords = (x: number) => (x >= 0.8 ? 'good fit' : x >= 0.4 ? 'fair fit' : x >= 0.2 ? 'weak fit' : 'poor fit');

/**
 * The finding speaks to the agents at issue (the case's claims and hypotheses): its label names each with its
 * fit, so an agent nobody alleged never becomes the headline. Without agents at issue, the best fit is named.
 */
export function munitionFinding(kb: MunitionKb, observations: MunitionObservation[], casualties?: CasualtyInput, atIssue: string[] = []): Finding | null {
  if (!observations.length) return null;
  const r = assessMunitions(kb, {
    munitions: observations.map((o) => ({
      id: o.id,
      description: o.description,
      delivery: kb.deliveries.some((d) => d.id === o.delivery) ? o.delivery : undefined,
      calibre_mm: o.calibre_mm,
      burster: o.burster,
      fill_container: o.fill_container,
      reliability: reliabilityOf(o),
    })),
    casualties,
  });
  const issue = atIssue.filter((id) => r.likelihoods[id] !== undefined);
  const issueText = issue.map((id) => `${id} ${fitWords(r.likelihoods[id])} (${r.likelihoods[id].toFixed(2)}${r.likelihoods[id] < 0.4 && r.factors[id]?.length ? `: ${r.factors[id].join('; ')}` : ''})`);
  const weak = r.agents.filter((a) => a.likelihood >= 0.2 && a.likelihood < 0.4 && r.factors[a.id]?.length && !issue.includes(a.id)).map((a) => `${a.id} (${a.likelihood.toFixed(2)}: ${r.factors[a.id].join('; ')})`);
  const poor = r.poor.map((p) => `${p.agent}${p.factors.length ? ` (${p.factors.join('; ')})` : ''}`);
  const strained = r.casualties?.checks.filter((c) => c.verdict !== 'consistent' && c.verdict !== 'not-applicable') ?? [];
  const down = observations.filter((o) => o.reliability === undefined && weightOf(o).weight < 1);
  const explanation = [
    r.described
      ? `${r.munitions.length} observation(s) of the remnants, read as ${readings(r.munitions.filter((m) => m.described).map((m) => m.deliveries[0].label))}.`
      : `${r.munitions.length} observation(s) of the remnants, none saying what the munition was: no delivery is named.`,
    down.length ? `Weighed below the default reliability ${DEFAULT_RELIABILITY}: ${down.map((o) => `${o.id} at ${reliabilityOf(o)} (${weightOf(o).why})`).join('; ')}.` : '',
    issue.length ? `Agents at issue: ${issueText.join(', ')}.` : '',
    r.described ? `Best fits: ${r.agents.slice(0, 3).map((a) => `${a.id} ${a.likelihood.toFixed(2)}`).join(', ')} (1 = best fit).` : '',
    poor.length ? `Poor fits: ${poor.join(', ')}.` : '',
    weak.length ? `Weak fits: ${weak.join(', ')}.` : '',
    strained.length
      ? `Casualty pattern: ${strained.slice(0, 4).map((c) => `${c.agent} ${c.verdict} (${c.why})`).join('; ')}.`
      : r.casualties && r.casualties.munitions_count === null
        ? `No munition count was given, so none is assumed: the capacity check only says how many munitions each agent would need (${r.casualties.checks.filter((c) => c.munitions_needed !== null).slice(0, 4).map((c) => `${c.agent} ${c.munitions_needed}`).join(', ')}).`
        : r.casualties
        ? 'The casualty pattern is within what each fitting agent could produce.'
        : 'No casualty pattern recorded, so no capacity check.',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    engine: 'munition-compatibility',
    attribute: 'agent',
    likelihoods: r.likelihoods,
    reliability: 1,
    evidence: observations.map((o) => o.id),
    explanation,
    label: issue.length
      ? `Munition compatibility: ${issue.map((id) => `${id} ${fitWords(r.likelihoods[id])}`).join(', ')}`
      : r.described
        ? `Munition compatibility: best fit ${r.agents[0].id}`
        : 'Munition compatibility: delivery not described',
    items: munitionItems(observations, r),
  };
}

/**
 * An observation's weight (docs/assessment.md "Record credibility"): its Admiralty credibility, and whether it
 * can be checked (it cites something or names who reported it). Without a reliability of its own, it counts for
 * the default reliability times that weight (a doubtful or unsourced remnant says less).
 */
const weightOf = (o: MunitionObservation) => recordWeight({ credibility: o.credibility, cited: (o.citations ?? []).length > 0 || !!o.reported_by });
const reliabilityOf = (o: MunitionObservation) => o.reliability ?? Math.round(DEFAULT_RELIABILITY * weightOf(o).weight * 1000) / 1000;

/**
 * The finding's trail: one item per munition observation, quoting the remnant's description (what was read),
 * weighted by the observation's reliability share (observations combine by geometric mean, so each counts by
 * its reliability).
 */
function munitionItems(observations: MunitionObservation[], r: ReturnType<typeof assessMunitions>): FindingItem[] {
  const rel = r.munitions.map((m) => m.reliability);
  const sum = rel.reduce((a, b) => a + b, 0);
  return observations.map((o, i) => ({
    record: o.id,
    ...(o.description ? { quote: o.description.slice(0, 2000) } : {}),
    ...(sum > 0 ? { weight: Math.floor((rel[i] / sum) * 1e4) / 1e4 } : {}),
    ...(o.citations?.[0] ? { url: o.citations[0] } : {}),
  }));
}
