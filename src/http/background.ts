/**
 * Big cases' analyses computed off the request thread (docs/scale-out.md "Kept results"). A case of many reports
 * takes half a minute to assess the first time after its data changed; computed inside a request, that held the
 * server's one event loop, so every other read of every reader waited too. Here the computation runs on a worker
 * thread (src/app/precompute.ts) over its own store connection, started after a write and whenever a reader
 * asks for an analysis that is not kept for the case's current data version. Meanwhile the analysis routes
 * answer 202 {status: "computing", seconds} with Retry-After, at once, and the workbench shows "computing, N s"
 * and asks again; every other route answers as usual.
 *
 * A small case, or a workspace a worker cannot open (an in-memory database), is computed on request as before:
 * it takes well under a second.
 */
import type { Context } from 'hono';
import type { Workspace } from '../app/workspace.js';
import { isPrecomputed, precomputeInWorker, PRECOMPUTE_REPORTS, workerOpenOptions } from '../app/precompute.js';

/** Reports from which a case's analyses are computed in the background (the threshold of src/app/precompute.ts). */
export const BACKGROUND_REPORTS = PRECOMPUTE_REPORTS;

/** How long the client is told to wait before asking again (seconds). */
export const RETRY_AFTER_S = 2;

interface Job {
  version: string;
  started: number;
  state: 'running' | 'done' | 'failed';
  error?: string;
}

export class BackgroundAnalyses {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly ws: Workspace,
    private readonly log: (line: string) => void = () => {},
    private readonly threshold = BACKGROUND_REPORTS,
  ) {}

  /**
   * null when the case's analyses can be had on this request (kept for the current version, a small case, a
   * workspace no worker can open, or a background run that failed: the request then computes and says why);
   * otherwise the seconds the background computation has run (started now if none was).
   */
  async computing(caseId: string): Promise<number | null> {
    if (!workerOpenOptions(this.ws)) return null;
    if (await isPrecomputed(this.ws, caseId)) return null;
    if ((await this.ws.store.countReports(caseId)) < this.threshold) return null;
    const version = await this.ws.store.dataVersion(caseId);
    const j = this.jobs.get(caseId);
    if (j?.state === 'running') return (Date.now() - j.started) / 1000;
    if (j && j.version === version) return null; // done (nothing could be kept) or failed: compute on request
    this.start(caseId, version);
    return 0;
  }

  /** After a write to the case: start computing its analyses at once when it is big (a reader will ask). */
  async changed(caseId: string): Promise<void> {
    try {
      await this.computing(caseId);
    } catch (e) {
      this.log(`background analysis of ${caseId} not started: ${(e as Error).message}`);
    }
  }

  private start(caseId: string, version: string): void {
    const job: Job = { version, started: Date.now(), state: 'running' };
    this.jobs.set(caseId, job);
    precomputeInWorker(this.ws, caseId).then(
      async (r) => {
        job.state = 'done';
        this.log(`background analysis of ${caseId} done in ${r.seconds} s${r.kept ? '' : ' (not kept: no workspace key at hand)'}`);
        // a write landed meanwhile: its version needs its own run
        if (r.kept && (await this.ws.store.dataVersion(caseId)) !== version) await this.changed(caseId);
      },
      (e: Error) => {
        job.state = 'failed';
        job.error = e.message;
        this.log(`background analysis of ${caseId} failed: ${e.message}`);
      },
    );
  }
}

/** The 202 answer while a case's analyses compute in the background. */
export function computingResponse(c: Context, caseId: string, seconds: number): Response {
  c.header('Retry-After', String(RETRY_AFTER_S));
  return c.json({ status: 'computing', case_id: caseId, seconds: Math.round(seconds), retry_after_s: RETRY_AFTER_S, message: `computing the analyses of this case (${Math.round(seconds)} s so far); ask again in ${RETRY_AFTER_S} s` }, 202);
}
