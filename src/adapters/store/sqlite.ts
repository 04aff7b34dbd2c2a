import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from './database.js';
import type { StoredReport } from '../../core/case/schemas.js';
import { faultMapped } from './fault-dialect.js';
import { KyselyCaseStore, type FastReportInsert } from './kysely-store.js';
import { ReportKeySet } from './report-key-set.js';

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
  // a bulk load in progress (see `bulk` below): the case it loads, the ids stored so far, the next rowid
  let load: { caseId: string; keys: ReportKeySet; next: number } | null = null;
  const COLS = 'rowid, case_id, id, published_at, outlet, title, text, url, language, account, available_at';
  const bulkSql = (n: number) => `INSERT INTO reports (${COLS}) VALUES ` + Array(n).fill('(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
  let bulkOne: Database.Statement | null = null;
  let bulkMany: Database.Statement | null = null;
  let byRowid: Database.Statement | null = null;
  /** the stored row at each candidate rowid whose id is exactly `id` (none: the id is new) */
  const storedAt = (id: string, keys: ReportKeySet): Record<string, unknown> | undefined => {
    byRowid ??= sqlite.prepare('SELECT * FROM reports WHERE rowid = ?');
    for (const rowid of keys.candidates(id)) {
      const row = byRowid.get(rowid) as Record<string, unknown> | undefined;
      if (row && row.id === id) return row;
    }
    return undefined;
  };
  const bulkRun = (l: NonNullable<typeof load>, caseId: string, rows: StoredReport[]): string[] => {
    bulkOne ??= sqlite.prepare(bulkSql(1));
    bulkMany ??= sqlite.prepare(bulkSql(CHUNK));
    const added: string[] = [];
    let pending = 0;
    params.length = 0;
    const flush = () => {
      if (pending === CHUNK) bulkMany!.run(params);
      else for (let i = 0; i < pending; i++) bulkOne!.run(params.slice(i * 11, i * 11 + 11));
      params.length = 0;
      pending = 0;
    };
    for (const r of rows) {
      // a fingerprint seen before: an id already stored (or earlier in this load), or a rare collision
      if (l.keys.candidates(r.id).length) {
        flush();
        if (storedAt(r.id, l.keys)) continue;
      }
      const rowid = l.next++;
      l.keys.add(r.id, rowid);
      params.push(rowid);
      push(caseId, r);
      added.push(r.id);
      if (++pending === CHUNK) flush();
    }
    flush();
    return added;
  };
  const fast: FastReportInsert = {
    run(caseId, rows) {
      if (load) {
        if (caseId !== load.caseId) throw new Error(`reports of case "${caseId}" written during a bulk load of case "${load.caseId}"`);
        return bulkRun(load, caseId, rows);
      }
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
    end() {
      load = null;
    },
    stored(caseId, ids) {
      if (!load || caseId !== load.caseId) return null;
      const out: Record<string, unknown>[] = [];
      for (const id of ids) {
        const row = storedAt(id, load.keys);
        if (row) out.push(row);
      }
      return out;
    },
    // Bulk load: a B-tree kept in key order while rows arrive in random key order (random report ids, or a
    // platform export sorted by account or id rather than time) costs a random page write per row once the
    // index outgrows the page cache. For a large load both report indexes, the (case_id, id) key and the
    // time order, are dropped inside the import's transaction and rebuilt once, sorted, before it commits;
    // meanwhile the ids stored are kept in memory (ReportKeySet, 16 bytes a slot) so a repeated id is found
    // exactly as the key would find it. Only when the load is at least half the table's size (else the
    // rebuild costs more than it saves). DDL is transactional in SQLite: a failed import leaves both
    // indexes as they were, and a duplicate that slipped through would fail the rebuilt unique index.
    bulk(estimatedRows, caseId) {
      if (estimatedRows < 50_000 || load) return null;
      const existing = (sqlite.prepare('SELECT max(rowid) AS n FROM reports').get() as { n: number | null }).n ?? 0;
      if (estimatedRows * 2 < existing) return null;
      const idx = (name: string) => sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reports' AND name = ?").get(name) as { sql: string | null } | undefined;
      const key = idx('reports_pk');
      const time = idx('reports_case_time');
      if (!key?.sql || !time?.sql) return null;
      const l = { caseId, keys: new ReportKeySet(estimatedRows), next: existing + 1 };
      for (const r of sqlite.prepare('SELECT rowid AS r, id FROM reports WHERE case_id = ?').iterate(caseId) as Iterable<{ r: number; id: string }>) l.keys.add(r.id, r.r);
      sqlite.exec('DROP INDEX reports_pk');
      sqlite.exec('DROP INDEX reports_case_time');
      load = l;
      return () => {
        load = null;
        sqlite.exec(key.sql!);
        sqlite.exec(time.sql!);
      };
    },
  };
  return new KyselyCaseStore(db, 'sqlite', undefined, fast);
}
