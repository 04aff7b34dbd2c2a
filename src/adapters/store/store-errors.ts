/**
 * Database faults a user can act on, said plainly: another writer holding SQLite's lock past the busy
 * timeout, or a PostgreSQL connection lost (server restart, pg_terminate_backend, network). Anything else
 * passes through unchanged.
 */
import { AssayError } from '../../core/errors.js';

const PG_CONNECTION = /Connection terminated|terminating connection|ECONNRESET|ECONNREFUSED|EPIPE|connection timeout|Client has encountered a connection error|server closed the connection/i;

/** Seconds after which trying again makes sense (HTTP Retry-After on a 503). */
const retryIn = (e: AssayError, seconds: number, more: Record<string, unknown> = {}) => Object.assign(e, { retryAfter: seconds, ...more });

export function storeError(e: unknown): unknown {
  if (e instanceof AssayError) return e;
  const err = e as { code?: string; message?: string };
  const msg = err?.message ?? String(e);
  if (err?.code === 'SQLITE_BUSY' || err?.code === 'SQLITE_LOCKED' || /database is locked/.test(msg))
    return retryIn(new AssayError('unavailable', `the database is busy with another writer for longer than the busy timeout (ASSAY_BUSY_TIMEOUT_MS); nothing was written, try again`), 5);
  if (err?.code === '57P01' || err?.code === '57P02' || err?.code === '57P03' || err?.code === '08006' || err?.code === '08003' || PG_CONNECTION.test(msg))
    return retryIn(new AssayError('unavailable', `the PostgreSQL connection was lost (${msg.split('\n')[0]}); nothing of this operation was committed, try again`, 'ASSAY_DATABASE_URL'), 2, { connectionLost: true });
  return e;
}
