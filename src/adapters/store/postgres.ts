import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database as Schema } from './database.js';
import { faultMapped } from './fault-dialect.js';
import { KyselyCaseStore } from './kysely-store.js';

/** Opens a PostgreSQL case store; `schema`, when given, isolates it (the contract tests use one per run). */
export function openPostgresStore(url: string, schema?: string): KyselyCaseStore {
  const safe = schema?.replace(/[^a-z0-9_]/gi, '');
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    // named, so an operator (or a test) can tell this workspace's connections apart
    application_name: `assay:${safe || 'public'}`.slice(0, 63),
    ...(safe ? { options: `-c search_path=${safe}` } : {}),
  });
  // an idle connection the server dropped (restart, pg_terminate_backend, network) is an 'error' event on
  // the pool; unhandled, it would take the whole process (a serving workbench) down. The pool replaces the
  // connection on next use; a query in flight fails and is reported as 'unavailable' (store-errors.ts).
  let warned = false;
  pool.on('error', (e) => {
    if (!warned) process.stderr.write(`warning: a PostgreSQL connection was lost (${e.message}); reconnecting on next use\n`);
    warned = true;
  });
  // a connection lost while checked out (a query in flight) emits 'error' on its client, where the pool does
  // not listen: without a listener of our own, that too would end the process. The query itself fails and is
  // reported as 'unavailable'; the pool discards the client on release.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Schema>({ dialect: faultMapped(new PostgresDialect({ pool })) });
  return new KyselyCaseStore(db, 'postgres', safe || undefined);
}
