import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database as Schema } from './database.js';
import { KyselyCaseStore } from './kysely-store.js';

/** Opens a PostgreSQL case store; `schema`, when given, isolates it (the contract tests use one per run). */
export function openPostgresStore(url: string, schema?: string): KyselyCaseStore {
  const safe = schema?.replace(/[^a-z0-9_]/gi, '');
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    ...(safe ? { options: `-c search_path=${safe}` } : {}),
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return new KyselyCaseStore(db, 'postgres', safe || undefined);
}
