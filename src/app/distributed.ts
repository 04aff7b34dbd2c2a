/**
 * Distributed work over the queue and the shared PostgreSQL store (docs/scale-out.md): what a coordinator
 * and the workers share. The coordinator splits, enqueues, waits and publishes; workers do the chunks.
 */
import { AssayError, badInput } from '../core/errors.js';
import type { ChunkStaging, ChunkState, JobQueue, QueueState } from '../ports/distributed.js';
import type { FileReaders } from '../ports/readers.js';
import type { KnowledgeFiles } from '../ports/knowledge.js';
import type { Capabilities, Workspace } from './workspace.js';

export interface DistributedOptions {
  /** the queue's URL (default ASSAY_QUEUE_URL, else nats://127.0.0.1:4222) */
  queueUrl?: string;
  /** the workspace's PostgreSQL URL (workers must use the same database) */
  databaseUrl?: string;
  pgSchema?: string;
  /** bytes per chunk (default 512 KiB: under NATS's default 1 MiB message limit with room to spare) */
  chunkBytes?: number;
  /** no chunk finished for this long: say what is pending (default 15 s) */
  noticeMs?: number;
  /** no chunk finished for this long: give up, publish nothing (default 10 min) */
  timeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
  onNotice?: (message: string) => void;
}

export const ackWaitFromEnv = (): number => Number(process.env.ASSAY_QUEUE_ACK_WAIT_MS ?? 30_000);

export interface Fleet {
  queue: JobQueue;
  staging: ChunkStaging;
  /** how a worker reads the file chunks it is handed */
  readers: FileReaders;
  /** the knowledge files a worker's engines read */
  knowledge: KnowledgeFiles;
  workspace: string;
  close(): Promise<void>;
}

/** Opens the queue and the staging side for a coordinator or a worker. */
export async function openFleet(o: { queueUrl?: string; databaseUrl?: string; pgSchema?: string; ackWaitMs?: number }, caps: Pick<Capabilities, 'fleet' | 'readers' | 'knowledge'>): Promise<Fleet> {
  if (!o.databaseUrl) throw badInput('distributed work needs the workspace in PostgreSQL: set ASSAY_DATABASE_URL (or --database-url)', 'ASSAY_DATABASE_URL');
  const queue = await caps.fleet.openQueue(o.queueUrl);
  const staging = caps.fleet.openStaging(o.databaseUrl, o.pgSchema);
  try {
    const workspace = await staging.workspaceId();
    await queue.ensure(workspace, o.ackWaitMs);
    return { queue, staging, readers: caps.readers, knowledge: caps.knowledge, workspace, close: async () => { await queue.close(); await staging.close(); } };
  } catch (e) {
    await queue.close();
    await staging.close();
    if (e instanceof AssayError) throw e;
    throw new AssayError('unavailable', `cannot prepare distributed work: ${(e as Error).message}`, 'ASSAY_DATABASE_URL');
  }
}

export function requirePostgres(ws: Workspace): void {
  if (ws.store.dialect !== 'postgres') throw badInput('--distributed needs a PostgreSQL workspace (set ASSAY_DATABASE_URL): workers on other processes or machines share it', '--distributed');
}

const describeQueue = (q: QueueState | null) =>
  q
    ? `queue: ${q.waiting} job(s) not yet delivered, ${q.unacknowledged} delivered and not yet acknowledged, ${q.pulling} worker request(s) open${q.pulling === 0 && q.unacknowledged === 0 ? ' (no worker is listening: start `assay worker`)' : ''}`
    : 'queue state unknown';

/**
 * Waits until every chunk of `run` is done or one failed, saying what is pending when nothing moves for
 * noticeMs and giving up after timeoutMs without progress. Never waits silently.
 */
export async function awaitChunks(fleet: Fleet, run: string, total: number, o: DistributedOptions): Promise<ChunkState[]> {
  const noticeMs = o.noticeMs ?? 15_000;
  const timeoutMs = o.timeoutMs ?? 600_000;
  let last = -1;
  let lastChange = Date.now();
  let lastNotice = Date.now();
  for (;;) {
    const chunks = await fleet.staging.chunks(run);
    const finished = chunks.filter((c) => c.status === 'done' || c.status === 'error');
    const failed = finished.filter((c) => c.status === 'error');
    if (failed.length) return chunks;
    if (finished.length !== last) {
      last = finished.length;
      lastChange = Date.now();
      o.onProgress?.(finished.length, total);
    }
    if (finished.length === total) return chunks;
    const idle = Date.now() - lastChange;
    if (idle >= timeoutMs || Date.now() - lastNotice >= noticeMs) {
      lastNotice = Date.now();
      const q = await fleet.queue.state(fleet.workspace).catch(() => null);
      const done = new Set(finished.map((c) => c.chunk));
      const pending = Array.from({ length: total }, (_, i) => i).filter((i) => !done.has(i));
      const msg = `${pending.length} of ${total} chunk(s) pending (${pending.slice(0, 8).join(', ')}${pending.length > 8 ? ', ...' : ''}), none finished for ${Math.round(idle / 1000)} s; ${describeQueue(q)}`;
      if (idle >= timeoutMs) throw new AssayError('unavailable', `gave up: ${msg}. Nothing was published.`, run);
      o.onNotice?.(msg);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
