/**
 * Agent differential and munition compatibility, as use cases: compiles the knowledge bases read through the
 * knowledge adapter (once per version of each file) and runs the engines (their findings for the assessment: src/app/engines.ts).
 */
import path from 'node:path';
import { compiledKnowledge, knowledgeExists, knowledgeLabel, knowledgePath, knowledgeVersion, readKnowledge } from '../adapters/knowledge/knowledge-files.js';
import { compileAgentKb, type AgentKb } from '../core/agents/agent-kb.js';
import { compileTermFiles } from '../core/agents/agent-terms.js';
import { runDifferential, type Account, type DifferentialContext, type DifferentialResult } from '../core/agents/agent-differential.js';
import { compileMunitionKb, type MunitionKb } from '../core/munitions/munition-kb.js';
import { assessMunitions, type MunitionInput, type MunitionResult } from '../core/munitions/munition-compatibility.js';

/** The agent KB (knowledge/agents.yaml, or another file for an analyst's variant), with the term files beside it. */
export function loadAgentKb(file = knowledgePath('agents.yaml')): AgentKb {
  // the stemmed term files beside the KB (docs/agent-differential.md §3): compiled with it, so kept per version of all three
  const lay = path.join(path.dirname(file), 'agent-terms.yaml');
  const hpo = path.join(path.dirname(file), 'hpo-terms.yaml');
  return compiledKnowledge('agents.yaml', file, `agent-kb:${knowledgeVersion(lay)}:${knowledgeVersion(hpo)}`, (data, label) => {
    const kb = compileAgentKb(data, label);
    if (knowledgeExists(lay) && knowledgeExists(hpo))
      kb.terms = compileTermFiles(new Set(kb.featureIndex.keys()), readKnowledge('agent-terms.yaml', lay), readKnowledge('hpo-terms.yaml', hpo), { lay: knowledgeLabel(lay), hpo: knowledgeLabel(hpo) });
    return kb;
  });
}

/** The munitions KB (knowledge/munitions.yaml), checked against the agent ids of the agent KB. */
export function loadMunitionKb(file = knowledgePath('munitions.yaml'), agents: AgentKb = loadAgentKb()): MunitionKb {
  // compiled once per agent KB it was checked against
  const key = agents === loadAgentKb() ? 'munition-kb' : `munition-kb:${agents.agents.map((a) => a.id).join(',')}`;
  return compiledKnowledge('munitions.yaml', file, key, (data, label) => compileMunitionKb(data, agents, label));
}

export function differential(accounts: Account[], ctx: DifferentialContext = {}, kb = loadAgentKb()): DifferentialResult {
  return runDifferential(kb, accounts, ctx);
}

export function munitionCompatibility(input: MunitionInput, kb = loadMunitionKb()): MunitionResult {
  return assessMunitions(kb, input);
}
