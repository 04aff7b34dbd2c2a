import { SqliteAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * SQLite only: the reports' (case_id, id) key becomes a unique index named `reports_pk` instead of the table's
 * PRIMARY KEY constraint. Same rows, same uniqueness, same rowids; but an index can be dropped and rebuilt,
 * sorted, once, inside a large import's transaction, where a constraint's index cannot (random report ids
 * cost a random B-tree insert per row: docs/scale-out.md, "Import"). PostgreSQL keeps its constraint.
 */
export const m20261202_0007_report_key_index: Migration = {
  async up(db: Kysely<any>) {
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
    const cols = 'case_id, id, published_at, outlet, title, text, url, language, account, available_at';
    await sql`CREATE TABLE reports_new (
      case_id text NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      id text NOT NULL,
      published_at text NOT NULL,
      outlet text NOT NULL,
      title text NOT NULL,
      text text NOT NULL,
      url text,
      language text,
      account text,
      available_at text)`.execute(db);
    await sql.raw(`INSERT INTO reports_new (rowid, ${cols}) SELECT rowid, ${cols} FROM reports ORDER BY rowid`).execute(db);
    await sql`DROP TABLE reports`.execute(db);
    await sql`ALTER TABLE reports_new RENAME TO reports`.execute(db);
    await sql`CREATE UNIQUE INDEX reports_pk ON reports (case_id, id)`.execute(db);
    await sql`CREATE INDEX reports_case_time ON reports (case_id, published_at, id)`.execute(db);
  },
};
