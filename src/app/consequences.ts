/**
 * What followed an incident (seed row 7): the case's consequences in time order with their lag from the
 * incident, for a stored case id or a bundle folder (read, not imported).
 */
import fs from 'node:fs';
import type { Workspace } from './workspace.js';
import { loadCase } from './cases.js';
import { badInput } from '../core/errors.js';
import { consequenceTimeline, type ConsequenceRow } from '../core/report/consequence-timeline.js';

export async function caseConsequences(ws: Workspace, target: string): Promise<ConsequenceRow[]> {
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    const { bundle } = ws.readers.readBundle(target);
    return consequenceTimeline(bundle.case, bundle.consequences ?? []);
  }
  if (/[\\/]/.test(target) || target.startsWith('.')) throw badInput('no such folder (a bundle folder needs case.yaml; otherwise give a case id)', target);
  const v = await loadCase(ws, target);
  return consequenceTimeline(v.case, v.consequences ?? []);
}
