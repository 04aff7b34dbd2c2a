import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from './database.js';
import { KyselyCaseStore } from './kysely-store.js';

/** Opens (creating if needed) a SQLite case store at `file` (":memory:" for tests). */
export function openSqliteStore(file: string): KyselyCaseStore {
  const sqlite = new Database(file);
  // WAL: readers never block the writer; NORMAL sync is durable across application crashes (the
  // custody log's crash-safety rests on SQLite's atomic commit, which WAL keeps).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return new KyselyCaseStore(db, 'sqlite');
}
