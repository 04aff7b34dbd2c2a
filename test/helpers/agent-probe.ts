/**
 * Probe helpers for tests that run the agent differential on the engineer's own sentences: the packaged knowledge base,
 * the features read from a text (present or absent), one official account through the differential, and a class's
 * probability.
 */
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
