/**
 * `assay worker`: takes jobs from the workspace's queue and does them against the shared PostgreSQL store
 * (docs/scale-out.md). Every job is idempotent (run + chunk + content hash; see pg-staging.ts), so a
 * redelivered or duplicated job never duplicates or loses a row. A job that fails for a reason other than bad
 * input (the database went away) is handed back to the queue and retried.
 */
import os from 'node:os';
import type { ReadOptions } from '../ports/readers.js';
import { readChunk } from './read-chunk.js';
import type { JobMeta } from '../ports/distributed.js';
import { ackWaitFromEnv, openFleet, type Fleet } from './distributed.js';
import type { ImportChunkInfo } from './distributed-import.js';
import { narrativeJob } from './distributed-narrative.js';
import type { Capabilities } from './workspace.js';

export interface WorkerOptions {
  queueUrl?: string;
  databaseUrl?: string;
  pgSchema?: string;
  concurrency?: number;
  signal: AbortSignal;
  log?: (line: string) => void;
}

async function importJob(fleet: Fleet, meta: JobMeta, payload: Buffer, worker: string): Promise<string> {
  const m = meta as JobMeta & { file: string; line: number; read: ReadOptions };
  const { reports, summary, errors } = await readChunk(fleet.readers, payload, m, m.read ?? {});
  const info: ImportChunkInfo = {
    records: summary.records ?? 0,
    invalidUtf8: summary.invalidUtf8 ?? 0,
    zoneAssumed: summary.zoneAssumed ?? 0,
    dateFormats: summary.dateFormats ?? {},
    ...(summary.dateOrder ? { dateOrder: summary.dateOrder, dateOrderSource: summary.dateOrderSource } : {}),
  };
  if (errors) {
    await fleet.staging.chunkFailed(m.run, m.chunk, m.hash, worker, { ...info, errors });
    return `bad input (${errors[0].path}: ${errors[0].message})`;
  }
  const wrote = await fleet.staging.stageReports(m.run, m.chunk, m.hash, worker, reports, info);
  return wrote ? `${reports.length} report(s) staged` : 'already done (duplicate delivery)';
}

/** Runs until the signal aborts. Logs one line per job. */
export async function runWorker(caps: Pick<Capabilities, 'fleet' | 'readers' | 'knowledge'>, o: WorkerOptions): Promise<void> {
  const ackWaitMs = ackWaitFromEnv();
  const fleet = await openFleet({ ...o, ackWaitMs }, caps);
  const worker = `${os.hostname()}:${process.pid}`;
  const log = o.log ?? (() => {});
  log(`worker ${worker} on queue ${fleet.queue.url}, workspace ${fleet.workspace}, ${o.concurrency ?? 1} job(s) at once`);
  try {
    await fleet.queue.consume(
      fleet.workspace,
      o.concurrency ?? 1,
      ackWaitMs,
      async (meta, payload) => {
        const t = Date.now();
        // a run that was published, failed or given up on needs nothing more: acknowledge and move on
        const status = await fleet.staging.runStatus(meta.run);
        if (status !== 'running') {
          log(`${meta.run} #${meta.chunk}: skipped (run ${status ?? 'unknown'})`);
          return;
        }
        let what: string;
        if (meta.kind === 'import') what = await importJob(fleet, meta, payload, worker);
        else if (meta.kind === 'narrative') what = await narrativeJob(fleet, meta, payload, worker);
        else throw new Error(`unknown job kind "${meta.kind}"`);
        log(`${meta.run} #${meta.chunk}: ${what} in ${Date.now() - t} ms`);
      },
      o.signal,
      (e, meta) =>
        log(meta ? `${meta.run} #${meta.chunk}: failed, handed back to the queue: ${(e as Error)?.message ?? e}` : `queue unavailable (${(e as Error)?.message ?? e}); retrying in 2 s`),
    );
  } finally {
    await fleet.close();
    log(`worker ${worker} stopped`);
  }
}
