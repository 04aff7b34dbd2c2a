/**
 * The munition-compatibility finding for the assessment: likelihood per agent id, class id and 'none' from
 * the case's munition observations and casualty pattern (munition-compatibility.ts).
 */
import type { Finding, MunitionObservation } from '../case/schemas.js';
import type { MunitionKb } from './munition-kb.js';
import { assessMunitions, readings, type CasualtyInput } from './munition-compatibility.js';

export function munitionFinding(kb: MunitionKb, observations: MunitionObservation[], casualties?: CasualtyInput): Finding | null {
  if (!observations.length) return null;
  const r = assessMunitions(kb, {
    munitions: observations.map((o) => ({
      id: o.id,
      description: o.description,
      delivery: kb.deliveries.some((d) => d.id === o.delivery) ? o.delivery : undefined,
      calibre_mm: o.calibre_mm,
      burster: o.burster,
      fill_container: o.fill_container,
      reliability: o.reliability,
    })),
    casualties,
  });
  const poor = r.agents.filter((a) => a.likelihood < 0.2).map((a) => a.id);
  const strained = r.casualties?.checks.filter((c) => c.verdict !== 'consistent' && c.verdict !== 'not-applicable') ?? [];
  const explanation = [
    `${r.munitions.length} observation(s) of the remnants, read as ${readings(r.munitions.map((m) => m.deliveries[0].label))}.`,
    `Best fits: ${r.agents.slice(0, 3).map((a) => `${a.id} ${a.likelihood.toFixed(2)}`).join(', ')} (1 = best fit).`,
    poor.length ? `Poor fits: ${poor.join(', ')}.` : '',
    strained.length
      ? `Casualty pattern: ${strained.slice(0, 4).map((c) => `${c.agent} ${c.verdict} (${c.why})`).join('; ')}.`
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
    label: `Munition compatibility: best fit ${r.agents[0].id}`,
  };
}
