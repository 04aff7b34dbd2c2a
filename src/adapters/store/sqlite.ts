import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from './database.js';
import type { StoredReport } from '../../core/case/schemas.js';
import { faultMapped } from './fault-dialect.js';
import { KyselyCaseStore, type FastReportInsert } from './kysely-store.js';

/** Opens (creating if needed) a SQLite case store at `file` (":memory:" for tests). */
export function openSqliteStore(file: string, opts: { busyTimeoutMs?: number } = {}): KyselyCaseStore {
  const sqlite = new Database(file);
  // WAL: readers never block the writer; NORMAL sync is durable across application crashes (the
  // custody log's crash-safety rests on SQLite's atomic commit, which WAL keeps).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // a second writer (a CLI import beside a serving workbench) waits for the lock rather than failing: every
  // write transaction takes the lock with its first statement, so SQLite applies this timeout to it
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.round(opts.busyTimeoutMs ?? 60_000))}`);
  // a 64 MB page cache keeps the report indexes' hot pages in memory during large imports
  sqlite.pragma('cache_size = -65536');
  // Unicode-aware lower case for searches (SQLite's lower() folds ASCII only: "РИА" would not match "риа")
  sqlite.function('ulower', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.toLowerCase() : s));
  const db = new Kysely<Schema>({ dialect: faultMapped(new SqliteDialect({ database: sqlite })) });
  // prepared lazily (the table exists only after migration): one 64-row statement for full chunks, one
  // single-row statement for the rest; fewer calls across the native boundary per row
  const CHUNK = 64;
  const sql = (n: number) =>
    'INSERT INTO reports (case_id, id, published_at, outlet, title, text, url, language, account, available_at) VALUES ' +
    Array(n).fill('(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ') +
    ' ON CONFLICT (case_id, id) DO NOTHING RETURNING id';
  let one: Database.Statement | null = null;
  let many: Database.Statement | null = null;
  const params: unknown[] = [];
  const push = (caseId: string, r: StoredReport) =>
    params.push(caseId, r.id, r.published_at, r.outlet, r.title ?? '', r.text ?? '', r.url ?? null, r.language ?? null, r.account ?? null, r.available_at ?? null);
  const fast: FastReportInsert = {
    run(caseId, rows) {
      one ??= sqlite.prepare(sql(1));
      many ??= sqlite.prepare(sql(CHUNK));
      const added: string[] = [];
      let i = 0;
      for (; i + CHUNK <= rows.length; i += CHUNK) {
        params.length = 0;
        for (let k = i; k < i + CHUNK; k++) push(caseId, rows[k]);
        for (const r of many.all(params) as { id: string }[]) added.push(r.id);
      }
      for (; i < rows.length; i++) {
        params.length = 0;
        push(caseId, rows[i]);
        for (const r of one.all(params) as { id: string }[]) added.push(r.id);
      }
      return added;
    },
    // Deferred index build: a B-tree kept in time order while rows arrive in random time order (a platform
    // export sorted by account or id) costs a random page write per row once the index outgrows the page
    // cache; dropping the time index for a large load and rebuilding it once, sorted, at the end is several
    // times faster. Only when the load is at least half the table's size (else the rebuild costs more than
    // it saves). DDL is transactional in SQLite: a failed import leaves the index as it was.
    bulk(estimatedRows) {
      if (estimatedRows < 50_000) return null;
      const existing = (sqlite.prepare('SELECT max(rowid) AS n FROM reports').get() as { n: number | null }).n ?? 0;
      if (estimatedRows * 2 < existing) return null;
      const idx = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reports' AND name = 'reports_case_time'").get() as { name: string; sql: string } | undefined;
      if (!idx?.sql) return null;
      sqlite.exec(`DROP INDEX "${idx.name}"`);
      return () => {
        sqlite.exec(idx.sql);
      };
    },
  };
  return new KyselyCaseStore(db, 'sqlite', undefined, fast);
}
