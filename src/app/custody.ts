/**
 * The custody engine's sample findings (docs/custody.md, "Samples and site control"): the weights file is
 * read through the `KnowledgeFiles` port; who is accused and the findings themselves are decided in
 * src/core/custody (pure).
 *
 * The log, verify and anchor use cases live in custody-log.ts, custody-verify.ts and custody-anchor.ts; they
 * are re-exported here so callers keep one import.
 */
import type { KnowledgeFiles } from '../ports/knowledge.js';
import { compileCustodyWeights } from '../core/custody/custody-weights.js';
import type { SampleIntegrity } from '../core/custody/sample-integrity.js';
import { assessSamples, sampleFindingsOf, type LoadedWeights } from '../core/custody/case-parties.js';
export { casePartiesOf } from '../core/custody/case-parties.js';
import type { Finding } from '../core/case/schemas.js';
import type { CaseView } from './cases.js';
export * from './custody-log.js';
export * from './custody-verify.js';
export * from './custody-anchor.js';

// ---------------------------------------------------------------- samples: integrity findings

/** knowledge/custody-weights.yaml, checked: every weight a judgment with its why, every neutral party sourced. */
export function custodyWeights(knowledge: KnowledgeFiles, file = knowledge.path('custody-weights.yaml')): LoadedWeights {
  return knowledge.compiled('custody-weights.yaml', file, 'weights', compileCustodyWeights);
}

/** Integrity of every sample of a case (all samples, with or without results), with the weights file. */
export function assessCaseSamples(knowledge: KnowledgeFiles, view: Pick<CaseView, 'case' | 'hypotheses' | 'samples' | 'siteControl'>): SampleIntegrity[] {
  return assessSamples(view, custodyWeights(knowledge));
}

/** The custody engine's findings (src/core/custody/case-parties.ts), with the weights file. */
export function sampleFindings(knowledge: KnowledgeFiles, view: Pick<CaseView, 'case' | 'hypotheses' | 'samples' | 'siteControl'>): Finding[] {
  return sampleFindingsOf(view, custodyWeights(knowledge));
}
