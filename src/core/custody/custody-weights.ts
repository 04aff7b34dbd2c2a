/**
 * The custody weights file (knowledge/custody-weights.yaml): its schema and the weights it yields
 * (docs/custody.md, "Samples and site control"). Every weight is a judgment with its reason; every neutral
 * party and affiliation carries its source. Pure: the knowledge adapter reads and validates the file.
 */
import { z } from 'zod';
import { badInput } from '../errors.js';
import type { LoadedWeights } from './case-parties.js';
import type { CustodyWeights } from './sample-integrity.js';

export const CustodyWeightsFile = z.object({
  version: z.literal(1),
  weights: z.record(z.string(), z.object({ value: z.number().min(0), judgment: z.literal(true), why: z.string().min(5) })),
  neutral_parties: z.array(z.object({ name: z.string().min(1), source: z.string().min(3) })).default([]),
  affiliations: z.array(z.object({ name: z.string().min(1), party: z.string().min(1), source: z.string().min(3) })).default([]),
});
export type CustodyWeightsFile = z.infer<typeof CustodyWeightsFile>;

const NEEDED: (keyof CustodyWeights)[] = ['floor', 'delay_grace_days', 'delay_per_day', 'delay_min_factor', 'missing_collection_time', 'missing_collector', 'no_chain', 'chain_gap_hours', 'chain_gap', 'chain_break', 'unsealed_transfer', 'seal_unknown', 'collected_by_accused', 'collected_by_stake', 'handover_accused', 'handover_stake', 'site_accused_max_penalty', 'site_stake_max_penalty', 'site_unknown_max_penalty', 'site_hold_full_days'];

/** The weights, neutral parties and affiliations of a validated file; a missing weight is refused by name. */
export function compileCustodyWeights(file: CustodyWeightsFile, label = 'knowledge/custody-weights.yaml'): LoadedWeights {
  const w = Object.fromEntries(Object.entries(file.weights).map(([k, v]) => [k, v.value])) as unknown as CustodyWeights;
  const missing = NEEDED.filter((k) => typeof w[k] !== 'number');
  if (missing.length)
    throw badInput(`weight "${missing[0]}" is missing`, label, missing.map((k) => ({ code: 'bad_input', path: 'weights', message: `weight "${k}" is missing` })));
  return { weights: w, neutral: file.neutral_parties.map((p) => p.name), affiliations: file.affiliations.map((a) => ({ name: a.name, party: a.party })) };
}
