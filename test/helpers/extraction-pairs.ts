/**
 * The dispatched extraction and the reference extraction (every lexicon entry's whole regex scanned over the text,
 * `dispatch: false`) of every text the project has (./agent-texts.ts), computed once per worker and shared by the two
 * tests that compare them (test/agents-speed-equivalence.test.ts: its own sweep and session 20's check, which was in
 * test/agents-speed-s20.test.ts): the reference scan of ~7,600 texts is minutes of CPU on a loaded 2-core machine, and
 * the two ran it twice. Each test still makes its own comparison of the two. Kept per term table (the knowledge base's
 * compiled terms), so a caller with another knowledge base gets its own; the results are read-only to the callers.
 */
import { extractFeatures } from '../../src/core/agents/feature-extraction.js';
import type { AgentKb } from '../../src/core/agents/agent-kb.js';
import { allAgentTexts } from './agent-texts.js';
import { breathe } from './breathe.js';

export interface ExtractionPair {
  text: string;
  fast: ReturnType<typeof extractFeatures>;
  ref: ReturnType<typeof extractFeatures>;
}

const byTerms = new WeakMap<object, Promise<readonly ExtractionPair[]>>();

/** (the loop turns every 50 texts: ./breathe.ts) */
export function projectExtractionPairs(kb: AgentKb): Promise<readonly ExtractionPair[]> {
  const key = (kb.terms ?? kb) as object;
  let pairs = byTerms.get(key);
  if (!pairs) {
    pairs = (async () => {
      const out: ExtractionPair[] = [];
      for (const text of allAgentTexts()) {
        out.push({ text, fast: extractFeatures(text, { terms: kb.terms }), ref: extractFeatures(text, { terms: kb.terms, dispatch: false }) });
        if (out.length % 50 === 0) await breathe();
      }
      return out;
    })();
    byTerms.set(key, pairs);
  }
  return pairs;
}
