/**
 * Distributed work (docs/scale-out.md): a job queue that hands chunks to workers on other processes or
 * machines, and the staging side in the workspace's database where workers write their results and one
 * transaction publishes them. The default adapters are NATS JetStream (src/adapters/queue/nats-queue.ts) and
 * PostgreSQL (src/adapters/distributed/pg-staging.ts); the workspace module picks them.
 */
import type { StoredReport } from '../core/case/schemas.js';

export interface JobMeta {
  kind: string;
  run: string;
  chunk: number;
  hash: string;
  [k: string]: unknown;
}

export interface QueueState {
  /** jobs not yet delivered to any worker */
  waiting: number;
  /** delivered, not yet acknowledged (being worked on, or held by a worker that died) */
  unacknowledged: number;
  /** workers with a pull request open right now (0: nobody is listening) */
  pulling: number;
  redelivered: number;
}

export interface ChunkState {
  chunk: number;
  status: 'done' | 'error';
  rows: number;
  info: unknown;
  worker: string;
}

/** A report's place in stream order: (published_at, id); null is an open end. */
export type ReportKey = [string, string] | null;

export interface JobQueue {
  readonly url: string;
  /** largest message the server accepts (a chunk must fit in it with its description) */
  readonly maxPayload: number;
  /** creates the workspace's queue when missing; `ackWaitMs` (workers only) is how long a job may go unacknowledged */
  ensure(workspace: string, ackWaitMs: number | undefined): Promise<void>;
  enqueue(workspace: string, meta: JobMeta, payload: Uint8Array): Promise<void>;
  state(workspace: string): Promise<QueueState>;
  consume(workspace: string, concurrency: number, ackWaitMs: number, handle: (meta: JobMeta, payload: Buffer) => Promise<void>, signal: AbortSignal, onError: (e: unknown, meta: JobMeta | null) => void): Promise<void>;
  dropConsumer(workspace: string): Promise<void>;
  purge(workspace: string): Promise<void>;
  close(): Promise<void>;
}

export interface ChunkStaging {
  /** the workspace's stable identity (the queue is named by it) */
  workspaceId(): Promise<string>;
  createRun(kind: string, caseId: string | null): Promise<string>;
  setRunChunks(run: string, chunks: number): Promise<void>;
  runStatus(run: string): Promise<string | null>;
  chunks(run: string): Promise<ChunkState[]>;
  /** stages a chunk's reports once (false: already done by another delivery) */
  stageReports(run: string, chunk: number, hash: string, worker: string, reports: StoredReport[], info: unknown): Promise<boolean>;
  chunkFailed(run: string, chunk: number, hash: string, worker: string, info: unknown): Promise<boolean>;
  stageFeatures(run: string, chunk: number, hash: string, worker: string, meta: string, sigs: Buffer, items: number): Promise<boolean>;
  parts(run: string, chunks: number): AsyncGenerator<{ chunk: number; meta: string; sigs: Buffer }>;
  /** claims a staged import for publishing (running -> publishing); throws when the run is not running */
  claimPublish(run: string): Promise<void>;
  /** a run's staged reports in file order, `size` at a time (the caller writes them in its store transaction) */
  stagedReports(run: string, size: number): AsyncGenerator<StoredReport[]>;
  /** ends a run whose reports were published: its staged rows go */
  published(run: string): Promise<void>;
  abandon(run: string, status?: string): Promise<void>;
  finish(run: string): Promise<void>;
  /** every `every`-th (published_at, id) of a case's reports, in the order the store streams them */
  partitionBounds(caseId: string, every: number): Promise<[string, string][]>;
  /** a case's reports after `after` up to and including `until`, in stream order */
  reportRange(caseId: string, after: ReportKey, until: ReportKey): Promise<StoredReport[]>;
  close(): Promise<void>;
}

/** How distributed work reaches its queue and staging side. */
export interface FleetServices {
  openQueue(url?: string): Promise<JobQueue>;
  openStaging(databaseUrl: string, pgSchema?: string): ChunkStaging;
}
