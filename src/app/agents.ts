/**
 * Agent differential and munition compatibility, as use cases: compiles the knowledge bases read through the
 * `KnowledgeFiles` port (once per version of each file) and runs the engines (their findings for the
 * assessment: src/app/engines.ts).
 */
import path from 'node:path';
import { AssayError } from '../core/errors.js';
import type { KnowledgeFiles } from '../ports/knowledge.js';
import { compileAgentKb, type AgentKb } from '../core/agents/agent-kb.js';
import { compileTermFiles } from '../core/agents/agent-terms.js';
import { compileWordLayer, type WordLayer, type WordLayerFile } from '../core/agents/word-layer.js';
import { layerStopWords } from './stop-words.js';
import { runDifferential, type Account, type DifferentialContext, type DifferentialResult } from '../core/agents/agent-differential.js';
import { compileMunitionKb, type MunitionKb } from '../core/munitions/munition-kb.js';
import { assessMunitions, type MunitionInput, type MunitionResult } from '../core/munitions/munition-compatibility.js';

/**
 * Whether the differential adds the word evidence (src/core/agents/word-layer.ts) when a caller does not say
 * (DifferentialContext.wordEvidence; the CLI's --word-evidence / --no-word-evidence). Session 27 (room agfit) decided it
 * on the development pool's leave-one-writer-split-out CV and hold parts only (docs/agent-differential.md 7.00054-agfit).
 */
export const WORD_EVIDENCE_DEFAULT = false;

/** The default as this process runs: ASSAY_WORD_EVIDENCE=on|off (also 1|0, true|false, yes|no) overrides WORD_EVIDENCE_DEFAULT,
 * so a whole evaluation can be scored with the layer on or off without a change of code. Another value is refused. */
export function wordEvidenceDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.ASSAY_WORD_EVIDENCE?.trim().toLowerCase();
  if (v === undefined || v === '') return WORD_EVIDENCE_DEFAULT;
  if (['on', '1', 'true', 'yes'].includes(v)) return true;
  if (['off', '0', 'false', 'no'].includes(v)) return false;
  throw new AssayError('bad_input', `ASSAY_WORD_EVIDENCE must be on or off, got "${env.ASSAY_WORD_EVIDENCE}"`);
}

/** The agent KB (knowledge/agents.yaml, or another file for an analyst's variant), with the term files beside it. */
export function loadAgentKb(knowledge: KnowledgeFiles, file = knowledge.path('agents.yaml')): AgentKb {
  // the stemmed term files beside the KB (docs/agent-differential.md §3): compiled with it, so kept per version of all three
  const lay = path.join(path.dirname(file), 'agent-terms.yaml');
  const hpo = path.join(path.dirname(file), 'hpo-terms.yaml');
  // the fitted word-evidence table beside the KB (optional: without it the differential reads features only)
  const words = path.join(path.dirname(file), 'agent-word-layer.json');
  // the layer's default is read here, outside the compile step: a bad ASSAY_WORD_EVIDENCE is the user's input (bad_input,
  // exit 2), not a fault of agents.yaml (inside, the compile step re-labels it an internal error of the KB, exit 1); and it
  // is set on every load, so the compiled KB, kept per version of the files, follows the environment
  const wordDefault = wordEvidenceDefault();
  const compiled = knowledge.compiled('agents.yaml', file, `agent-kb:${knowledge.version(lay)}:${knowledge.version(hpo)}:${knowledge.version(words)}`, (data, label) => {
    const kb = compileAgentKb(data, label);
    if (knowledge.exists(lay) && knowledge.exists(hpo))
      kb.terms = compileTermFiles(new Map(kb.features.map((f) => [f.id, f.topic])), knowledge.read('agent-terms.yaml', lay), knowledge.read('hpo-terms.yaml', hpo), {
        lay: knowledge.label(lay),
        hpo: knowledge.label(hpo),
      });
    // the table is read, checked and compiled on the first read of kb.wordLayer, not on every load of the KB (a table of
    // the wrong shape is refused then, with the same bad_input); the layer's default (kb.wordEvidence) is set below
    if (knowledge.exists(words)) {
      let layer: WordLayer | undefined;
      Object.defineProperty(kb, 'wordLayer', {
        enumerable: true,
        configurable: true,
        get: () => (layer ??= compileWordLayer(knowledge.read('agent-word-layer.json', words) as WordLayerFile, knowledge.label(words), kb.classes.map((c) => c.id), layerStopWords())),
      });
    }
    return kb;
  });
  compiled.wordEvidence = wordDefault;
  return compiled;
}

/** The munitions KB (knowledge/munitions.yaml), checked against the agent ids of the agent KB (default: the package's). */
export function loadMunitionKb(knowledge: KnowledgeFiles, file = knowledge.path('munitions.yaml'), agents: AgentKb = loadAgentKb(knowledge)): MunitionKb {
  // compiled once per agent KB it was checked against
  const key = agents === loadAgentKb(knowledge) ? 'munition-kb' : `munition-kb:${agents.agents.map((a) => a.id).join(',')}`;
  return knowledge.compiled('munitions.yaml', file, key, (data, label) => compileMunitionKb(data, agents, label));
}

export function differential(accounts: Account[], ctx: DifferentialContext, kb: AgentKb): DifferentialResult {
  return runDifferential(kb, accounts, ctx);
}

export function munitionCompatibility(input: MunitionInput, kb: MunitionKb): MunitionResult {
  return assessMunitions(kb, input);
}
