/**
 * The agent differential over many incidents at once, on worker threads (docs/agent-differential.md §7.00039-pool):
 * for a user who triages a whole export (the Syrian Archive's 1,000+ incidents, a fact-checker's hundreds of
 * accounts) rather than one incident. Each incident is what `assay agents FILE` reads (accounts and an optional
 * context); each is independent, so the batch is cut into chunks shared by N threads: the calling thread and N - 1
 * worker threads, each of which compiles the agent KB once and runs `runDifferential` on the chunks it takes. Results
 * come back in input order and are the same, byte for byte, as the in-process run (test/agents-pool.test.ts): only
 * the time changes.
 *
 * threads = 1 (or a batch of one incident) runs in-process, with no worker. A failure on an incident is reported with
 * that incident's index, and the whole batch fails (no partial result).
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AssayError, type ErrorCode, type ErrorData } from '../core/errors.js';
import type { KnowledgeFiles } from '../ports/knowledge.js';
import type { AgentKb } from '../core/agents/agent-kb.js';
import { runDifferential, type Account, type DifferentialContext, type DifferentialResult } from '../core/agents/agent-differential.js';
import { loadAgentKb } from './agents.js';
import { takeSnapshot, type KnowledgeSnapshot } from './knowledge-snapshot.js';

export interface Incident {
  accounts: Account[];
  context?: DifferentialContext;
}

export interface PoolOptions {
  /** threads that compute, the calling thread one of them (default: the cores Node may use); capped by the batch
   * size; 1 runs in-process, with no worker */
  threads?: number;
  /** incidents a message (default: guided, DifferentialPool.run: the incidents left over twice the threads, 4 to 256) */
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

/** What a worker sends back for a chunk: under 'json' one string, the chunk's results joined by newlines (one string
 * to copy across rather than hundreds); under 'object' the results. */
export type ChunkReply =
  | { seq: number; json: string }
  | { seq: number; results: (string | DifferentialResult)[] }
  | { seq: number; error: ErrorData & { details?: ErrorData[] } }
  | { seq: number; crash: string };

/**
 * The files `loadAgentKb` reads for the KB at `kbFile` (the KB and the term files and word table beside it), as the
 * calling thread's port reads them: the workers compile from this copy (knowledge-snapshot.ts).
 */
export function agentKbSnapshot(knowledge: KnowledgeFiles, kbFile = knowledge.path('agents.yaml')): { kbFile: string; knowledge: KnowledgeSnapshot } {
  const beside = (name: string) => path.join(path.dirname(kbFile), name);
  return {
    kbFile,
    knowledge: takeSnapshot(knowledge, [
      ['agents.yaml', kbFile],
      ['agent-terms.yaml', beside('agent-terms.yaml')],
      ['hpo-terms.yaml', beside('hpo-terms.yaml')],
      ['agent-word-layer.json', beside('agent-word-layer.json')],
    ]),
  };
}

/** The worker script: the compiled .js beside this module, or the .ts loaded through tsx (tests, the bench). */
function startWorker(workerData: ReturnType<typeof agentKbSnapshot>): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(`./agents-pool-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  return fromSource
    ? new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(script.href)}); })`, { eval: true, workerData })
    : new Worker(script, { workerData });
}

interface Thread {
  worker: Worker;
  /** resolves when the worker has compiled its KB and can take chunks */
  ready: Promise<void>;
}

/**
 * `threads` threads running the differential: the calling thread (unless `caller: false`) and worker threads, each
 * worker compiling the KB once; `run` may be called many times (one batch after another), `close` stops the workers.
 * The calling thread works too by default: it has the KB already, and it computes while the workers start (about a
 * second each: a batch smaller than that is done before they are ready, and costs little more than in-process);
 * `caller: false` (a server, whose event loop must stay free) leaves all the work to `threads` workers. For one batch,
 * `differentialBatch` starts, runs and closes.
 */
export class DifferentialPool {
  private readonly workers: Thread[] = [];
  private readonly waiting = new Map<number, (r: ChunkReply) => void>();
  private readonly kb: AgentKb | null;
  private seq = 0;
  private closing = false;
  private broken: string | null = null;
  /** incidents the last `run` computed on the calling thread and on the workers */
  lastRun = { caller: 0, workers: 0 };

  /** the KB at `kbFile` (default the package's) read through `knowledge`; the workers compile it from a copy of its files */
  constructor(knowledge: KnowledgeFiles, readonly threads: number, o: { kbFile?: string; caller?: boolean } = {}) {
    const caller = o.caller ?? true;
    // the workers first, so they start while this thread compiles its KB
    const data = agentKbSnapshot(knowledge, o.kbFile);
    for (let i = caller ? 1 : 0; i < threads; i++) {
      const worker = startWorker(data);
      // ready when it says so (its KB compiled and its extractor warmed), or when it stops (then every chunk sent to it
      // is refused at once)
      const ready = new Promise<void>((resolve) => {
        for (const ev of ['message', 'error', 'exit']) worker.once(ev, () => resolve());
      });
      worker.on('message', (r: ChunkReply | { ready: true }) => 'seq' in r && this.settle(r));
      worker.on('error', (e) => this.failAll(`an agent-differential thread failed: ${e.message}`));
      worker.on('exit', (code) => {
        if (!this.closing) this.failAll(`an agent-differential thread stopped (exit ${code})`);
      });
      this.workers.push({ worker, ready });
    }
    this.kb = caller ? (o.kbFile ? loadAgentKb(knowledge, o.kbFile) : loadAgentKb(knowledge)) : null;
  }

  /** Resolves when every worker is ready (compiled its KB) or stopped. */
  async started(): Promise<void> {
    await Promise.all(this.workers.map((t) => t.ready));
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

  /**
   * The batch's results in input order; each chunk goes to the first thread free (a worker holds two at a time, so it
   * has the next while one chunk's reply travels back). Unless `chunk` fixes the size, a chunk is the incidents left
   * over twice the threads, at most 256 and at least 4 ("guided" sizes): big while much is left, small at the end, so
   * no thread is left holding a long chunk while the others wait; the calling thread takes at most 32 at a time while
   * workers run, so it reads their replies and sends their next chunks every few milliseconds.
   */
  async run(incidents: Incident[], mode: ResultMode, chunk?: number): Promise<(string | DifferentialResult)[]> {
    const n = incidents.length;
    const out: (string | DifferentialResult)[] = new Array(n);
    const threads = this.workers.length + (this.kb ? 1 : 0);
    let next = 0;
    let failure: AssayError | Error | null = null;
    let allTaken: () => void = () => {};
    const taken = new Promise<void>((resolve) => (allTaken = resolve));
    const take = (cap: number): [number, number] | null => {
      if (next >= n || failure) {
        allTaken();
        return null;
      }
      const start = next;
      const size = chunk ?? Math.max(MIN_CHUNK, Math.min(cap, Math.ceil((n - next) / (2 * threads))));
      next = Math.min(n, next + size);
      if (next >= n) allTaken();
      return [start, next];
    };
    const feed = async (t: Thread): Promise<void> => {
      // a worker still starting when every chunk is taken gets none
      await Promise.race([t.ready, taken]);
      for (let c = take(MAX_CHUNK); c; c = take(MAX_CHUNK)) {
        const r = await this.send(t.worker, incidents.slice(c[0], c[1]), c[0], mode);
        if ('error' in r) failure ??= new AssayError(r.error.code as ErrorCode, r.error.message, r.error.path, r.error.details ?? []);
        else if ('crash' in r) failure ??= new Error(`${r.crash} (incidents ${c[0]} to ${c[1] - 1} in flight)`);
        else {
          // JSON: one string a chunk, the results joined by newlines (JSON.stringify never writes a raw newline)
          const results = 'json' in r ? r.json.split('\n') : r.results;
          if (results.length !== c[1] - c[0]) failure ??= new Error(`a worker returned ${results.length} results for ${c[1] - c[0]} incidents (${c[0]} to ${c[1] - 1})`);
          for (let i = 0; i < results.length; i++) out[c[0] + i] = results[i];
          this.lastRun.workers += results.length;
        }
      }
    };
    const local = async (kb: AgentKb): Promise<void> => {
      const cap = this.workers.length ? CALLER_CHUNK : MAX_CHUNK;
      for (let c = take(cap); c; c = take(cap)) {
        try {
          const rs = runChunk(kb, incidents.slice(c[0], c[1]), c[0], mode);
          for (let i = 0; i < rs.length; i++) out[c[0] + i] = rs[i];
          this.lastRun.caller += rs.length;
        } catch (e) {
          failure ??= e as AssayError;
        }
        // let the workers' replies in and their next chunks out
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    this.lastRun = { caller: 0, workers: 0 };
    if (n === 0) return out;
    await Promise.all([...this.workers.flatMap((t) => [feed(t), feed(t)]), ...(this.kb ? [local(this.kb)] : [])]);
    if (failure) throw failure;
    return out;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((t) => t.worker.terminate()));
  }
}

/** Chunk sizes (`run`): at most 256 incidents a message, at least 4 (below that a message's cost shows); the calling
 * thread at most 32 at a time while workers run (about 10 ms of warm differentials, so their replies wait no longer) */
const MAX_CHUNK = 256;
const MIN_CHUNK = 4;
const CALLER_CHUNK = 32;

/** Threads for a batch: as asked (default: one per core), no more than there are incidents. */
export const threadsFor = (n: number, threads = poolThreads()): number => Math.max(1, Math.min(Math.floor(threads), n));

/**
 * Characters of account text a worker must have before it pays for its start-up (judgment, measured in session 25 on
 * the 2-core machine, docs/agent-differential.md §7.00050-speedpool): a worker costs about 4 s of CPU before its first
 * differential (the engine's modules, the KB, and the extractor's patterns, compiled on an isolate's first
 * differential: about 3 s of the 4), and a cold thread reads about 0.4-1 million characters of accounts in that time
 * (4 µs a character on the bench's accounts, 10 on the Syrian Archive summaries). A batch smaller than that is done
 * by the calling thread before the worker could take a chunk: the worker would only burn CPU.
 */
export const CHARS_A_WORKER = 1_000_000;

/** Characters of account text in a batch (what the differential's time follows). */
export const batchChars = (incidents: Incident[]): number => incidents.reduce((s, x) => s + x.accounts.reduce((t, a) => t + (a.text?.length ?? 0), 0), 0);

/** Threads that pay for a batch (`assay agents --batch --threads N`): at most `threads`, one per incident, and the
 * calling thread plus one worker for each whole CHARS_A_WORKER characters of account text. */
export const threadsThatPay = (incidents: Incident[], threads: number): number =>
  threadsFor(incidents.length, Math.min(threads, 1 + Math.floor(batchChars(incidents) / CHARS_A_WORKER)));

/**
 * `runDifferential` over every incident, results in input order: on `threads` threads (default one per core, at most
 * one per incident): the calling thread and threads - 1 workers, or in-process alone when that is 1. `knowledge` loads
 * the KB for the calling thread; each worker compiles its own from this thread's copy of the same files.
 */
export async function differentialBatch(knowledge: KnowledgeFiles, incidents: Incident[], o: PoolOptions & { mode: 'json' }): Promise<string[]>;
export async function differentialBatch(knowledge: KnowledgeFiles, incidents: Incident[], o?: PoolOptions & { mode?: 'object' }): Promise<DifferentialResult[]>;
export async function differentialBatch(knowledge: KnowledgeFiles, incidents: Incident[], o: PoolOptions & { mode?: ResultMode } = {}): Promise<(string | DifferentialResult)[]> {
  const mode = o.mode ?? 'object';
  const threads = threadsFor(incidents.length, o.threads);
  if (threads <= 1) return runChunk(o.kbFile ? loadAgentKb(knowledge, o.kbFile) : loadAgentKb(knowledge), incidents, 0, mode);
  const pool = new DifferentialPool(knowledge, threads, { kbFile: o.kbFile });
  try {
    return await pool.run(incidents, mode, o.chunk);
  } finally {
    await pool.close();
  }
}
