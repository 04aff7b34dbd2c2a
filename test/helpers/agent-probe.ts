/**
 * Probe helpers for tests that run the agent differential on the engineer's own sentences: the packaged knowledge base,
 * the features read from a text (present or absent), one official account through the differential, and a class's
 * probability.
 */
import { expect, it } from 'vitest';
import { loadAgentKb } from '../../src/app/agents.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import { extractFeatures } from '../../src/core/agents/feature-extraction.js';
import { packageKnowledge } from './knowledge.js';

export const kb = loadAgentKb(packageKnowledge);
export const feats = (text: string) => {
  const ex = extractFeatures(text, { terms: kb.terms });
  return Object.fromEntries([...ex.features].map(([k, v]) => [k, v.present]));
};
export const run = (text: string) => runDifferential(kb, [{ text, role: 'official' }]);
export const p = (text: string, cls: string) => run(text).classes.find((c) => c.id === cls)!.probability;

/** one test per [text, feature] row: the feature is read present */
export const reads = (rows: [string, string][]) =>
  it.each(rows)('%s', (text, feature) => {
    expect(feats(text)[feature]).toBe(true);
  });
/** one test per [text, feature] row, a near miss: the feature is not read present */
export const misses = (rows: [string, string][]) =>
  it.each(rows)('near miss: %s', (text, feature) => {
    expect(feats(text)[feature]).toBeFalsy();
  });
