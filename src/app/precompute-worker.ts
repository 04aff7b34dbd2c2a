/**
 * The worker thread of src/app/precompute.ts: opens the same workspace over its own store connection,
 * computes and keeps the case's analyses, and says how it went. Its own connection means the server's event
 * loop keeps answering reads while this one computes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openWorkspace, type WorkspaceOptions } from './workspace.js';
import { precomputeCase } from './precompute.js';

const { open, caseId } = workerData as { open: WorkspaceOptions; caseId: string };
const ws = await openWorkspace(open);
try {
  parentPort!.postMessage({ ok: true, result: await precomputeCase(ws, caseId) });
} catch (e) {
  parentPort!.postMessage({ ok: false, error: (e as Error).message });
} finally {
  await ws.close();
}
