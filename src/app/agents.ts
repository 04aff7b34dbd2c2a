/**
 * Agent differential and munition compatibility, as use cases: loads the knowledge bases from knowledge/
 * (once per process), runs the engines, and registers the two finding providers with the assessment.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { knowledgeDir } from './paths.js';
import { registerFindingProvider } from './findings.js';
import { badInput } from '../core/errors.js';
import { compileAgentKb, type AgentKb } from '../core/agents/agent-kb.js';
import { runDifferential, type Account, type DifferentialContext, type DifferentialResult } from '../core/agents/agent-differential.js';
import { agentFinding } from '../core/agents/agent-finding.js';
import { compileMunitionKb, type MunitionKb } from '../core/munitions/munition-kb.js';
import { assessMunitions, type MunitionInput, type MunitionResult } from '../core/munitions/munition-compatibility.js';
import { agentsAtIssue, munitionFinding } from '../core/munitions/munition-finding.js';

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
  if (!kb) agentKbs.set(file, (kb = compileAgentKb(readYaml(file), file)));
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

registerFindingProvider({
  engine: 'agent-differential',
  async findings(_ws, view) {
    const f = agentFinding(loadAgentKb(), view.testimonies);
    return f ? [f] : [];
  },
});

registerFindingProvider({
  engine: 'munition-compatibility',
  async findings(_ws, view) {
    const kb = loadMunitionKb();
    const atIssue = agentsAtIssue(kb, [...view.case.claims.map((c) => c.agent), ...view.hypotheses.map((h) => h.agent)]);
    const f = munitionFinding(kb, view.munitions, view.case.casualties, atIssue);
    return f ? [f] : [];
  },
});
