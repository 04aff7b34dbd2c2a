/**
 * Analyses computed once per data version, right after the data changes, not when a reader first asks
 * (docs/scale-out.md "Kept results"). `precomputeCase` runs the assessment (every engine, the outlet tally) and
 * the narrative analysis of a stored case, which keep their results in the store per version of what they read
 * (src/app/kept-results.ts), then keeps a marker naming the case's data version and the program's code and
 * knowledge. `isPrecomputed` reads that marker: when it names the current version, every view reads kept
 * results and none waits for a computation.
 *
 * The CLI runs it at the end of `assay import`; the server runs it on a worker thread
 * (src/app/precompute-worker.ts) after a write or when a big case's analyses are not kept yet, so a request
 * never holds the event loop for the half minute a 300,000-report case takes.
 */
import { Worker } from 'node:worker_threads';
import type { Workspace, WorkspaceOptions } from './workspace.js';
import { codeAndKnowledge, kept, keptCaseNarrative } from './kept-results.js';
import { keptResultSigner } from './custody-log.js';

/**
 * Reports from which a case's analyses are computed right after its data changes (judgment: the 300,000-report
 * benchmark case takes 30-40 s; 20,000 reports about 2 s here, already a visible wait; below that a view
 * computes on request in well under 2 s, and an import need not wait for it).
 */
export const PRECOMPUTE_REPORTS = 20_000;

/** The marker's name among a case's kept results. */
export const MARKER = 'precomputed';

const markerKey = async (ws: Workspace, caseId: string) => `${await ws.store.dataVersion(caseId)}:${codeAndKnowledge(ws)}`;

/** Are the case's analyses kept for its current data version (by this program and knowledge)? */
export async function isPrecomputed(ws: Workspace, caseId: string): Promise<boolean> {
  const k = await ws.store.keptResult(caseId, MARKER);
  return !!k && k.key === (await markerKey(ws, caseId));
}

export interface Precomputed {
  case_id: string;
  seconds: number;
  /** false when nothing could be kept (no registered workspace key at hand): views then compute on request */
  kept: boolean;
}

/** Computes and keeps the case's assessment and narrative analysis for its current data version. */
export async function precomputeCase(ws: Workspace, caseId: string): Promise<Precomputed> {
  const t0 = performance.now();
  const signer = await keptResultSigner(ws);
  // the version before computing: a write landing meanwhile leaves the marker stale, so the work is redone
  const key = await markerKey(ws, caseId);
  const { assessTarget } = await import('./assess.js');
  const c = await ws.store.getCase(caseId);
  const hyps = await ws.store.getRecords(caseId, 'hypothesis');
  // a case without hypotheses has no assessment (the request says why); its narrative is still worth keeping
  if (c && hyps.length) await assessTarget(ws, caseId);
  await keptCaseNarrative(ws, caseId);
  if (signer) await kept(ws, caseId, MARKER, key, async () => ({ at: ws.now().toISOString() }));
  return { case_id: caseId, seconds: Math.round((performance.now() - t0) / 100) / 10, kept: !!signer };
}

/**
 * The options a worker thread opens the same workspace with, or null when it cannot (an in-memory SQLite
 * database, or engines injected by a test that a worker cannot receive).
 */
export function workerOpenOptions(ws: Workspace): WorkspaceOptions | null {
  return ws.reopen ?? null;
}

/** Runs `precomputeCase` on a worker thread over its own connection to the store. */
export function precomputeInWorker(ws: Workspace, caseId: string): Promise<Precomputed> {
  const open = workerOpenOptions(ws);
  if (!open) return Promise.reject(new Error('this workspace cannot be opened from a worker thread'));
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(`./precompute-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  const workerData = { open, caseId };
  const w = fromSource
    ? new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(script.href)}); })`, { eval: true, workerData })
    : new Worker(script, { workerData });
  return new Promise((resolve, reject) => {
    let done = false;
    w.once('message', (m: { ok: true; result: Precomputed } | { ok: false; error: string }) => {
      done = true;
      if (m.ok) resolve(m.result);
      else reject(new Error(m.error));
    });
    w.once('error', (e) => {
      done = true;
      reject(e);
    });
    w.once('exit', (code) => {
      if (!done) reject(new Error(`the precompute worker stopped (exit code ${code})`));
    });
  });
}
