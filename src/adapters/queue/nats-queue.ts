/**
 * The work queue on NATS JetStream (docs/scale-out.md): one durable stream of jobs, one durable pull
 * consumer per workspace that every worker of that workspace shares. JetStream gives what the fleet rests
 * on: at-least-once delivery with explicit acks, redelivery after the ack deadline when a worker dies or
 * stalls, and de-duplication of a re-published job by its message id (run + chunk + content hash).
 *
 * A job is a message on `assay.jobs.<workspace>`: a 4-byte length, the job's JSON description, then its
 * payload bytes (an import or narrative chunk).
 */
import { AckPolicy, DeliverPolicy, RetentionPolicy, StorageType, connect, nanos, type JetStreamClient, type JetStreamManager, type NatsConnection } from 'nats';
import { AssayError } from '../../core/errors.js';

export const DEFAULT_QUEUE_URL = 'nats://127.0.0.1:4222';
const STREAM = 'ASSAY_JOBS';
const SUBJECTS = 'assay.jobs.>';

export type { JobMeta, QueueState } from '../../ports/distributed.js';
import type { JobMeta, JobQueue, QueueState } from '../../ports/distributed.js';

export function encodeJob(meta: JobMeta, payload: Uint8Array): Uint8Array {
  const head = Buffer.from(JSON.stringify(meta));
  const out = Buffer.allocUnsafe(4 + head.length + payload.length);
  out.writeUInt32BE(head.length, 0);
  head.copy(out, 4);
  out.set(payload, 4 + head.length);
  return out;
}

export function decodeJob(data: Uint8Array): { meta: JobMeta; payload: Buffer } {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const n = b.readUInt32BE(0);
  return { meta: JSON.parse(b.subarray(4, 4 + n).toString('utf8')) as JobMeta, payload: b.subarray(4 + n) };
}

const consumerName = (workspace: string) => `assay-workers-${workspace}`;

export class NatsQueue implements JobQueue {
  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    readonly url: string,
  ) {}

  /** Connects, or fails within a few seconds with a message naming the URL (never hangs). */
  static async open(url = process.env.ASSAY_QUEUE_URL ?? DEFAULT_QUEUE_URL): Promise<NatsQueue> {
    const servers = url.replace(/^nats:\/\//, '');
    let nc: NatsConnection;
    try {
      // reconnect for ever: a broker restart must not end a worker (its unacked jobs are redelivered anyway)
      nc = await connect({ servers, timeout: 5000, maxReconnectAttempts: -1, reconnectTimeWait: 1000, name: `assay-${process.pid}` });
    } catch (e) {
      throw new AssayError('unavailable', `cannot reach the work queue at ${url} (${(e as Error).message}); start NATS with JetStream (nats-server -js) or set ASSAY_QUEUE_URL / --queue`, '--queue');
    }
    try {
      const jsm = await nc.jetstreamManager({ timeout: 5000 });
      return new NatsQueue(nc, nc.jetstream(), jsm, url);
    } catch (e) {
      await nc.close().catch(() => {});
      throw new AssayError('unavailable', `the NATS server at ${url} has no JetStream (${(e as Error).message}); start it with -js`, '--queue');
    }
  }

  /** Largest message the server accepts (a chunk must fit in it with its description). */
  get maxPayload(): number {
    return this.nc.info?.max_payload ?? 1 << 20;
  }

  /**
   * Creates the stream and the workspace's consumer when missing. Work-queue retention: a job is removed
   * once acknowledged. `ackWaitMs` is how long a delivered job may go unacknowledged before it is given to
   * another worker (a live worker extends it while it works). Workers set it (the last one started wins:
   * give them all the same ASSAY_QUEUE_ACK_WAIT_MS); a coordinator passes undefined and leaves it alone.
   */
  async ensure(workspace: string, ackWaitMs: number | undefined): Promise<void> {
    try {
      await this.jsm.streams.info(STREAM);
    } catch {
      await this.jsm.streams.add({ name: STREAM, subjects: [SUBJECTS], retention: RetentionPolicy.Workqueue, storage: StorageType.File, duplicate_window: nanos(10 * 60_000) });
    }
    const cfg = {
      durable_name: consumerName(workspace),
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: `assay.jobs.${workspace}`,
      ack_wait: nanos(ackWaitMs ?? 30_000),
      max_deliver: -1,
      max_ack_pending: 1000,
    };
    try {
      const info = await this.jsm.consumers.info(STREAM, cfg.durable_name);
      if (ackWaitMs !== undefined && info.config.ack_wait !== cfg.ack_wait) await this.jsm.consumers.update(STREAM, cfg.durable_name, { ack_wait: cfg.ack_wait });
    } catch {
      try {
        await this.jsm.consumers.add(STREAM, cfg);
      } catch (e) {
        // another process created it at the same moment
        if (!/already|exists/i.test((e as Error).message)) throw e;
      }
    }
  }

  async enqueue(workspace: string, meta: JobMeta, payload: Uint8Array): Promise<void> {
    const data = encodeJob(meta, payload);
    if (data.length > this.maxPayload)
      throw new AssayError('bad_input', `a job of ${data.length.toLocaleString('en')} bytes exceeds the queue's message limit of ${this.maxPayload.toLocaleString('en')} bytes`, `chunk ${meta.chunk}`);
    // the message id makes a re-published job (a retried enqueue) one message, not two
    await this.js.publish(`assay.jobs.${workspace}`, data, { msgID: `${meta.run}.${meta.chunk}.${meta.hash}`, timeout: 10_000 });
  }

  async state(workspace: string): Promise<QueueState> {
    const i = await this.jsm.consumers.info(STREAM, consumerName(workspace));
    return { waiting: i.num_pending, unacknowledged: i.num_ack_pending, pulling: i.num_waiting, redelivered: i.num_redelivered };
  }

  /**
   * Runs `handle` on each job, at most `concurrency` at once, until `signal` aborts. A job whose handler
   * returns is acknowledged; one that throws is handed back (nak, retried after a pause). While a handler
   * runs, the job's ack deadline is extended every ackWait/3, so only a dead or frozen worker loses its jobs.
   */
  async consume(workspace: string, concurrency: number, ackWaitMs: number, handle: (meta: JobMeta, payload: Buffer) => Promise<void>, signal: AbortSignal, onError: (e: unknown, meta: JobMeta | null) => void): Promise<void> {
    const running = new Set<Promise<void>>();
    let consumer: Awaited<ReturnType<JetStreamClient['consumers']['get']>> | null = null;
    while (!signal.aborted) {
      const want = concurrency - running.size;
      if (want <= 0) {
        await Promise.race(running);
        continue;
      }
      let batch: Awaited<ReturnType<NonNullable<typeof consumer>['fetch']>>;
      try {
        consumer ??= await this.js.consumers.get(STREAM, consumerName(workspace));
        batch = await consumer.fetch({ max_messages: want, expires: 2000 });
      } catch (e) {
        // the broker is away or restarting: say so and try again (the client reconnects by itself)
        onError(e, null);
        consumer = null;
        await new Promise((r) => setTimeout(r, 2000));
        continue;
      }
      const stop = () => batch.stop();
      signal.addEventListener('abort', stop, { once: true });
      try {
        for await (const m of batch) {
          const { meta, payload } = decodeJob(m.data);
          const keepAlive = setInterval(() => m.working(), Math.max(500, ackWaitMs / 3));
          const p = handle(meta, payload)
            .then(() => m.ack())
            .catch((e) => {
              onError(e, meta);
              m.nak(2000);
            })
            .finally(() => {
              clearInterval(keepAlive);
              running.delete(p);
            });
          running.add(p);
        }
      } catch (e) {
        onError(e, null);
        consumer = null;
      }
      signal.removeEventListener('abort', stop);
    }
    await Promise.allSettled(running);
  }

  /** Removes the workspace's consumer (tests clean up after themselves). */
  async dropConsumer(workspace: string): Promise<void> {
    await this.jsm.consumers.delete(STREAM, consumerName(workspace)).catch(() => {});
  }

  /** Removes every job of this workspace still in the stream (a cancelled run's leftovers). */
  async purge(workspace: string): Promise<void> {
    await this.jsm.streams.purge(STREAM, { filter: `assay.jobs.${workspace}` }).catch(() => {});
  }

  async close(): Promise<void> {
    await this.nc.drain().catch(() => this.nc.close());
  }
}
