/**
 * The agent differential over many incidents at once, on worker threads (docs/agent-differential.md §7.00039-pool):
 * for a user who triages a whole export (the Syrian Archive's 1,000+ incidents, a fact-checker's hundreds of
 * accounts) rather than one incident. Each incident is what `assay agents FILE` reads (accounts and an optional
 * context); each is independent, so the batch is cut into chunks handed to N worker threads, each of which loads
 * the agent KB once and runs `runDifferential` on its chunks. Results come back in input order and are the same,
 * byte for byte, as the in-process run (test/agents-pool.test.ts): only the time changes.
 *
 * threads = 1 (or a batch of one incident) runs in-process, with no worker. A worker's failure on an incident is
 * reported with that incident's index, and the whole batch fails (no partial result).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AssayError, type ErrorCode, type ErrorData } from '../core/errors.js';
import type { KnowledgeFiles } from '../ports/knowledge.js';
import type { AgentKb } from '../core/agents/agent-kb.js';
import { runDifferential, type Account, type DifferentialContext, type DifferentialResult } from '../core/agents/agent-differential.js';
import { loadAgentKb } from './agents.js';

export interface Incident {
  accounts: Account[];
  context?: DifferentialContext;
}

export interface PoolOptions {
  /** worker threads (default: the cores Node may use); capped by the batch size; 1 runs in-process */
  threads?: number;
  /** incidents a message (default: the batch over 8 chunks a thread, at most 256) */
  chunk?: number;
  /** another agent KB file (an analyst's variant) instead of the package's knowledge/agents.yaml */
  kbFile?: string;
}

/** 'json': each result as JSON.stringify gives it (what the CLI prints); 'object': the result itself. */
export type ResultMode = 'json' | 'object';

/** Threads worth starting on this machine: one per core Node may use. */
export const poolThreads = (): number => Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

/** A failure on one incident, named by its index in the batch (the code kept: bad input stays bad input). */
function incidentError(e: unknown, index: number): AssayError {
  if (e instanceof AssayError) return new AssayError(e.code, `incident ${index}: ${e.bare}`, e.path, e.details);
  return new AssayError('internal', `incident ${index}: ${(e as Error)?.message ?? String(e)}`);
}

/** Runs one chunk (incidents[start..]) with a loaded KB: the code both the calling thread and the workers run. */
export function runChunk(kb: AgentKb, incidents: Incident[], start: number, mode: ResultMode): (string | DifferentialResult)[] {
  const out: (string | DifferentialResult)[] = [];
  for (let i = 0; i < incidents.length; i++) {
    let r: DifferentialResult;
    try {
      r = runDifferential(kb, incidents[i].accounts, incidents[i].context ?? {});
    } catch (e) {
      throw incidentError(e, start + i);
    }
    out.push(mode === 'json' ? JSON.stringify(r) : r);
  }
  return out;
}

/** What a worker sends back for a chunk. */
export type ChunkReply =
  | { seq: number; results: (string | DifferentialResult)[] }
  | { seq: number; error: ErrorData & { details?: ErrorData[] } }
  | { seq: number; crash: string };

/** The worker script: the compiled .js beside this module, or the .ts loaded through tsx (tests, the bench). */
function startWorker(workerData: { kbFile?: string }): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(`./agents-pool-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  return fromSource
    ? new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(script.href)}); })`, { eval: true, workerData })
    : new Worker(script, { workerData });
}

/**
 * N worker threads, each with the agent KB loaded once; `run` may be called many times (one batch after another),
 * `close` stops them. For one batch, `differentialBatch` starts, runs and closes.
 */
export class DifferentialPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, (r: ChunkReply) => void>();
  private seq = 0;
  private closing = false;
  private broken: string | null = null;

  constructor(readonly threads: number, kbFile?: string) {
    for (let i = 0; i < threads; i++) {
      const w = startWorker({ kbFile });
      w.on('message', (r: ChunkReply) => this.settle(r));
      w.on('error', (e) => this.failAll(`an agent-differential thread failed: ${e.message}`));
      w.on('exit', (code) => {
        if (!this.closing) this.failAll(`an agent-differential thread stopped (exit ${code})`);
      });
      this.workers.push(w);
    }
  }

  private settle(r: ChunkReply): void {
    const done = this.waiting.get(r.seq);
    this.waiting.delete(r.seq);
    done?.(r);
  }

  private failAll(message: string): void {
    this.broken ??= message;
    for (const seq of [...this.waiting.keys()]) this.settle({ seq, crash: message });
  }

  private send(w: Worker, incidents: Incident[], start: number, mode: ResultMode): Promise<ChunkReply> {
    const seq = this.seq++;
    const reply = new Promise<ChunkReply>((resolve) => this.waiting.set(seq, resolve));
    if (this.broken) this.settle({ seq, crash: this.broken });
    else w.postMessage({ seq, start, mode, incidents });
    return reply;
  }

  /** The batch's results in input order; every chunk is sent to the first worker free, two in flight a worker. */
  async run(incidents: Incident[], mode: ResultMode, chunk = defaultChunk(incidents.length, this.threads)): Promise<(string | DifferentialResult)[]> {
    const out: (string | DifferentialResult)[] = new Array(incidents.length);
    let next = 0;
    let failure: AssayError | Error | null = null;
    const feed = async (w: Worker): Promise<void> => {
      while (next < incidents.length && !failure) {
        const start = next;
        next = Math.min(incidents.length, next + chunk);
        const r = await this.send(w, incidents.slice(start, next), start, mode);
        if ('results' in r) for (let i = 0; i < r.results.length; i++) out[start + i] = r.results[i];
        else if ('error' in r) failure ??= new AssayError(r.error.code as ErrorCode, r.error.message, r.error.path, r.error.details ?? []);
        else failure ??= new Error(`${r.crash} (incidents ${start} to ${next - 1} in flight)`);
      }
    };
    // two feeders a worker: while one chunk's reply travels back, the worker has the next
    await Promise.all(this.workers.flatMap((w) => [feed(w), feed(w)]));
    if (failure) throw failure;
    return out;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** The batch over 8 chunks a thread (so a slow chunk does not leave the other threads idle at the end), at most 256. */
export const defaultChunk = (n: number, threads: number): number => Math.max(1, Math.min(256, Math.ceil(n / (threads * 8))));

/** Threads for a batch: as asked (default: one per core), no more than there are incidents. */
export const threadsFor = (n: number, threads = poolThreads()): number => Math.max(1, Math.min(Math.floor(threads), n));

/**
 * `runDifferential` over every incident, results in input order: on `threads` workers (default one per core, at
 * most one per incident), or in-process when that is 1. `knowledge` loads the KB for the in-process run; each worker
 * loads its own from the same files.
 */
export async function differentialBatch(knowledge: KnowledgeFiles, incidents: Incident[], o: PoolOptions & { mode: 'json' }): Promise<string[]>;
export async function differentialBatch(knowledge: KnowledgeFiles, incidents: Incident[], o?: PoolOptions & { mode?: 'object' }): Promise<DifferentialResult[]>;
export async function differentialBatch(knowledge: KnowledgeFiles, incidents: Incident[], o: PoolOptions & { mode?: ResultMode } = {}): Promise<(string | DifferentialResult)[]> {
  const mode = o.mode ?? 'object';
  const threads = threadsFor(incidents.length, o.threads);
  if (threads <= 1) return runChunk(o.kbFile ? loadAgentKb(knowledge, o.kbFile) : loadAgentKb(knowledge), incidents, 0, mode);
  const pool = new DifferentialPool(threads, o.kbFile);
  try {
    return await pool.run(incidents, mode, o.chunk);
  } finally {
    await pool.close();
  }
}
