/**
 * Every query's failure goes through storeError (store-errors.ts): a lost PostgreSQL connection or SQLite's
 * lock held past the busy timeout becomes `unavailable` ("try again"; HTTP 503 with Retry-After) on reads as
 * well as in write transactions, never a raw driver error that reaches the user as a stack trace or a 500.
 * A Kysely dialect wrapped: the driver's connections are wrapped, everything else is the dialect's own.
 */
import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from 'kysely';
import { storeError } from './store-errors.js';

class FaultConnection implements DatabaseConnection {
  /** the connection was lost under a query: it must not go back to the pool */
  lost = false;
  constructor(readonly inner: DatabaseConnection) {}
  private map(e: unknown): unknown {
    const m = storeError(e);
    if ((m as { connectionLost?: boolean }).connectionLost) this.lost = true;
    return m;
  }
  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return await this.inner.executeQuery<R>(q);
    } catch (e) {
      throw this.map(e);
    }
  }
  async *streamQuery<R>(q: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(q, chunkSize);
    } catch (e) {
      throw this.map(e);
    }
  }
}

const inner = (c: DatabaseConnection) => (c instanceof FaultConnection ? c.inner : c);

class FaultDriver implements Driver {
  constructor(private readonly d: Driver) {}
  init() {
    return this.d.init().catch((e) => Promise.reject(storeError(e)));
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    try {
      return new FaultConnection(await this.d.acquireConnection());
    } catch (e) {
      throw storeError(e);
    }
  }
  beginTransaction(c: DatabaseConnection, s: TransactionSettings) {
    return this.d.beginTransaction(inner(c), s).catch((e) => Promise.reject(storeError(e)));
  }
  commitTransaction(c: DatabaseConnection) {
    return this.d.commitTransaction(inner(c)).catch((e) => Promise.reject(storeError(e)));
  }
  rollbackTransaction(c: DatabaseConnection) {
    return this.d.rollbackTransaction(inner(c)).catch((e) => Promise.reject(storeError(e)));
  }
  async releaseConnection(c: DatabaseConnection) {
    // a lost connection may still look usable to the pool for a moment (the server's FATAL error arrives
    // before the socket closes): a rollback on it fails, and a failed rollback makes the driver discard it
    // instead of handing it to the next request. On a live connection it is a no-op.
    if (c instanceof FaultConnection && c.lost) await this.d.rollbackTransaction(c.inner).catch(() => {});
    return this.d.releaseConnection(inner(c));
  }
  destroy() {
    return this.d.destroy();
  }
}

/** The dialect with every driver failure said plainly (store-errors.ts). */
export function faultMapped(d: Dialect): Dialect {
  return {
    createAdapter: () => d.createAdapter(),
    createDriver: () => {
      const drv = d.createDriver();
      const w = new FaultDriver(drv);
      // savepoints, where the driver has them, on the unwrapped connection
      for (const m of ['savepoint', 'rollbackToSavepoint', 'releaseSavepoint'] as const) {
        const f = drv[m];
        if (f) (w as unknown as Record<string, unknown>)[m] = (c: DatabaseConnection, name: string, compile: never) => f.call(drv, inner(c), name, compile);
      }
      return w;
    },
    createIntrospector: (db) => d.createIntrospector(db),
    createQueryCompiler: () => d.createQueryCompiler(),
  };
}
