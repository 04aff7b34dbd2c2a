/**
 * The narrative engine's per-item work on worker threads inside one process (docs/scale-out.md, "10 million
 * items in one process"). Featurising an item (time window, outlet, tokens and MinHash sketch, the claim
 * reader, cross-lingual key) depends on the item alone and is nearly all of the engine's time, so it runs on
 * one worker thread per core; the calling thread sends batches of reports, receives FeatureBatches (typed
 * arrays, transferred) and replays them into its own analyser in the order it read the reports. The analyser
 * therefore sees exactly what it would have computed itself, and the result is the same item for item
 * (test/scale-limits.test.ts); only the time changes.
 *
 * Memory stays bounded: at most `depth` batches per thread are in flight, and the caller's `add` waits for
 * the oldest one to be merged before sending more.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AssayError, type ErrorData } from '../../core/errors.js';
import type { StoredReport } from '../../core/case/schemas.js';
import type { AnalyseOptions, NarrativeAnalyser } from '../../core/narrative/narrative-analyser.js';
import type { OutletEntry } from '../../core/narrative/outlet-registry.js';
import { featuriseInput, mergeBatch, type FeatureBatch } from '../../core/narrative/feature-batch.js';

export interface ParallelOptions {
  /** worker threads (default: the cores Node may use, at most 8) */
  threads?: number;
  /** reports a batch (default 1,024) */
  batchItems?: number;
  /** batches in flight per thread (default 3) */
  depth?: number;
}

/** Threads worth starting on this machine: one per core Node may use, at most 8. */
export const featuriseThreads = (): number => Math.max(1, Math.min(8, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length));

type Reply = { seq: number; batch: FeatureBatch } | { seq: number; error: ErrorData & { details?: ErrorData[] } } | { seq: number; crash: string };

interface Thread {
  worker: Worker;
  inflight: number;
}

export class ParallelFeaturiser {
  private readonly threads: Thread[] = [];
  private readonly inOrder: { ids: string[]; thread: Thread; reply: Promise<Reply> }[] = [];
  private readonly waiting = new Map<number, (r: Reply) => void>();
  private readonly batchItems: number;
  private readonly limit: number;
  private buf: StoredReport[] = [];
  private seq = 0;
  private closing = false;
  /** why the threads can no longer work (a thread crashed or stopped) */
  private broken: string | null = null;

  /**
   * `analyser` merges (it may keep its sketches in a store); the threads featurise with analysers built from
   * the same `opts` and outlet registry `outlets`.
   */
  constructor(
    private readonly analyser: NarrativeAnalyser,
    opts: AnalyseOptions,
    outlets: readonly OutletEntry[],
    o: ParallelOptions = {},
  ) {
    const n = Math.max(1, o.threads ?? featuriseThreads());
    this.batchItems = Math.max(1, o.batchItems ?? 1024);
    this.limit = n * Math.max(1, o.depth ?? 3);
    // compiled: the .js beside this module; from source (tests, tsx): the .ts, loaded through tsx
    const fromSource = import.meta.url.endsWith('.ts');
    const script = new URL(`./featurise-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
    const workerData = { opts, outlets };
    for (let i = 0; i < n; i++) {
      const worker = fromSource
        ? new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(script.href)}); })`, { eval: true, workerData })
        : new Worker(script, { workerData });
      const thread: Thread = { worker, inflight: 0 };
      worker.on('message', (r: Reply) => this.settle(r));
      worker.on('error', (e) => this.failAll(`a featurising thread failed: ${e.message}`));
      worker.on('exit', (code) => {
        if (!this.closing) this.failAll(`a featurising thread stopped (exit ${code})`);
      });
      this.threads.push(thread);
    }
  }

  private settle(r: Reply): void {
    const done = this.waiting.get(r.seq);
    this.waiting.delete(r.seq);
    done?.(r);
  }

  private failAll(message: string): void {
    this.broken ??= message;
    for (const seq of [...this.waiting.keys()]) this.settle({ seq, crash: message });
  }

  /** Adds reports in reading order; resolves when they are sent (waiting while the threads are behind). */
  async add(reports: Iterable<StoredReport>): Promise<void> {
    for (const r of reports) {
      this.buf.push(r);
      if (this.buf.length >= this.batchItems) await this.send();
    }
  }

  private async send(): Promise<void> {
    const reports = this.buf;
    this.buf = [];
    while (this.inOrder.length >= this.limit) await this.mergeOldest();
    if (this.broken) throw new Error(this.broken);
    let thread = this.threads[0];
    for (const t of this.threads) if (t.inflight < thread.inflight) thread = t;
    const seq = this.seq++;
    const reply = new Promise<Reply>((resolve) => this.waiting.set(seq, resolve));
    thread.inflight++;
    thread.worker.postMessage({ seq, reports: reports.map(featuriseInput) });
    this.inOrder.push({ ids: reports.map((r) => r.id), thread, reply });
  }

  private async mergeOldest(): Promise<void> {
    const next = this.inOrder.shift()!;
    const r = await next.reply;
    next.thread.inflight--;
    if ('error' in r) throw new AssayError(r.error.code, r.error.message, r.error.path, r.error.details ?? []);
    if ('crash' in r) throw new Error(r.crash);
    mergeBatch(this.analyser, next.ids, r.batch);
  }

  /** Sends what is buffered and merges every batch still in flight; the analyser then holds every report. */
  async drain(): Promise<void> {
    if (this.buf.length) await this.send();
    while (this.inOrder.length) await this.mergeOldest();
  }

  /** Stops the threads (after drain, or to abandon the run). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
