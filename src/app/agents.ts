/**
 * Agent differential and munition compatibility, as use cases: loads the knowledge bases from knowledge/
 * (once per process) and runs the engines (their findings for the assessment: src/app/engines.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { knowledgeDir } from './paths.js';
import { badInput } from '../core/errors.js';
import { compileAgentKb, type AgentKb } from '../core/agents/agent-kb.js';
import { compileTermFiles } from '../core/agents/agent-terms.js';
import { runDifferential, type Account, type DifferentialContext, type DifferentialResult } from '../core/agents/agent-differential.js';
import { compileMunitionKb, type MunitionKb } from '../core/munitions/munition-kb.js';
import { assessMunitions, type MunitionInput, type MunitionResult } from '../core/munitions/munition-compatibility.js';

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw badInput(`cannot read knowledge base: ${(e as Error).message}`, file);
  }
  try {
    return parseYaml(text);
  } catch (e) {
    throw badInput(`invalid YAML: ${(e as Error).message}`, file);
  }
}

const agentKbs = new Map<string, AgentKb>();
const munitionKbs = new Map<string, MunitionKb>();

/** The agent KB (knowledge/agents.yaml, or another file for an analyst's variant). */
export function loadAgentKb(file = path.join(knowledgeDir, 'agents.yaml')): AgentKb {
  let kb = agentKbs.get(file);
  if (!kb) {
    kb = compileAgentKb(readYaml(file), file);
    // the stemmed term files beside the KB (docs/agent-differential.md §3)
    const dir = path.dirname(file);
    const lay = path.join(dir, 'agent-terms.yaml');
    const hpo = path.join(dir, 'hpo-terms.yaml');
    if (fs.existsSync(lay) && fs.existsSync(hpo)) kb.terms = compileTermFiles(new Set(kb.featureIndex.keys()), readYaml(lay), readYaml(hpo), { lay, hpo });
    agentKbs.set(file, kb);
  }
  return kb;
}

/** The munitions KB (knowledge/munitions.yaml), checked against the agent ids of the agent KB. */
export function loadMunitionKb(file = path.join(knowledgeDir, 'munitions.yaml'), agents: AgentKb = loadAgentKb()): MunitionKb {
  let kb = munitionKbs.get(file);
  if (!kb) munitionKbs.set(file, (kb = compileMunitionKb(readYaml(file), agents, file)));
  return kb;
}

export function differential(accounts: Account[], ctx: DifferentialContext = {}, kb = loadAgentKb()): DifferentialResult {
  return runDifferential(kb, accounts, ctx);
}

export function munitionCompatibility(input: MunitionInput, kb = loadMunitionKb()): MunitionResult {
  return assessMunitions(kb, input);
}
