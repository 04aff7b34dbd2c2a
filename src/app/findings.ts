/**
 * The engines' plug: each engine registers a provider that turns a stored case into findings. The
 * assessment asks the registry for every finding of a case and never imports an engine, so a new engine
 * plugs in without touching it (and engines never import each other).
 */
import type { Finding } from '../core/case/schemas.js';
import type { CaseView } from './cases.js';
import type { Workspace } from './workspace.js';

export interface FindingProvider {
  /** engine name, e.g. "agent-differential" */
  engine: string;
  findings(ws: Workspace, view: CaseView): Promise<Finding[]>;
}

const providers: FindingProvider[] = [];

export function registerFindingProvider(p: FindingProvider): void {
  if (!providers.some((q) => q.engine === p.engine)) providers.push(p);
}

export function findingProviders(): readonly FindingProvider[] {
  return providers;
}

/** Every engine's findings for a case, in registration order. */
export async function caseFindings(ws: Workspace, view: CaseView): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const p of providers) out.push(...(await p.findings(ws, view)));
  return out;
}
