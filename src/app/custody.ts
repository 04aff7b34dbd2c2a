/**
 * The custody engine's sample findings (docs/custody.md, "Samples and site control"): the weights file is
 * read here; who is accused and the findings themselves are decided in src/core/custody (pure).
 *
 * The log, verify and anchor use cases live in custody-log.ts, custody-verify.ts and custody-anchor.ts; they
 * are re-exported here so callers keep one import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { knowledgeDir } from './paths.js';
import type { CustodyWeights, SampleIntegrity } from '../core/custody/sample-integrity.js';
import { assessSamples, sampleFindingsOf, type LoadedWeights } from '../core/custody/case-parties.js';
export { casePartiesOf } from '../core/custody/case-parties.js';
import type { Finding } from '../core/case/schemas.js';
import type { CaseView } from './cases.js';
import { badInput, issuesToErrors } from '../core/errors.js';
export * from './custody-log.js';
export * from './custody-verify.js';
export * from './custody-anchor.js';

// ---------------------------------------------------------------- samples: integrity findings


const WeightsFile = z.object({
  version: z.literal(1),
  weights: z.record(z.string(), z.object({ value: z.number().min(0), judgment: z.literal(true), why: z.string().min(5) })),
  neutral_parties: z.array(z.object({ name: z.string().min(1), source: z.string().min(3) })).default([]),
  affiliations: z.array(z.object({ name: z.string().min(1), party: z.string().min(1), source: z.string().min(3) })).default([]),
});


let weightsCache: LoadedWeights | null = null;
/** knowledge/custody-weights.yaml, checked: every weight a judgment with its why, every neutral party sourced. */
export function custodyWeights(file = path.join(knowledgeDir, 'custody-weights.yaml')): LoadedWeights {
  if (weightsCache && file === path.join(knowledgeDir, 'custody-weights.yaml')) return weightsCache;
  const r = WeightsFile.safeParse(parseYaml(fs.readFileSync(file, 'utf8')));
  if (!r.success) {
    const [first] = issuesToErrors(r.error.issues, (p) => `${file}: ${p.join('.')}`);
    throw badInput(first.message, first.path);
  }
  const w = Object.fromEntries(Object.entries(r.data.weights).map(([k, v]) => [k, v.value])) as unknown as CustodyWeights;
  const need: (keyof CustodyWeights)[] = ['floor', 'delay_grace_days', 'delay_per_day', 'delay_min_factor', 'missing_collection_time', 'missing_collector', 'no_chain', 'chain_gap_hours', 'chain_gap', 'chain_break', 'unsealed_transfer', 'seal_unknown', 'collected_by_accused', 'collected_by_stake', 'handover_accused', 'handover_stake', 'site_accused_max_penalty', 'site_stake_max_penalty', 'site_unknown_max_penalty', 'site_hold_full_days'];
  for (const k of need) if (typeof w[k] !== 'number') throw badInput(`weight "${k}" is missing`, file);
  const out = { weights: w, neutral: r.data.neutral_parties.map((p) => p.name), affiliations: r.data.affiliations.map((a) => ({ name: a.name, party: a.party })) };
  if (file === path.join(knowledgeDir, 'custody-weights.yaml')) weightsCache = out;
  return out;
}

/** Integrity of every sample of a case (all samples, with or without results), with the weights file. */
export function assessCaseSamples(view: Pick<CaseView, 'case' | 'hypotheses' | 'samples' | 'siteControl'>): SampleIntegrity[] {
  return assessSamples(view, custodyWeights());
}

/** The custody engine's findings (src/core/custody/case-parties.ts), with the weights file. */
export function sampleFindings(view: Pick<CaseView, 'case' | 'hypotheses' | 'samples' | 'siteControl'>): Finding[] {
  return sampleFindingsOf(view, custodyWeights());
}
