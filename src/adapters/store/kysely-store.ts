/**
 * The case store over Kysely: one implementation for SQLite and PostgreSQL; only the dialect differs
 * (see sqlite.ts and postgres.ts, the composition root picks one).
 */
import { Kysely, Migrator, sql, type Migration, type MigrationProvider, type Transaction } from 'kysely';
import type { Case, RecordKind, StoredReport } from '../../core/case/schemas.js';
import { canonicalJson } from '../../core/canonical-json.js';
import type {
  CaseStore,
  CaseStoreTx,
  CaseSummary,
  ImportLogEntry,
  RatingChange,
  RawRecord,
  ReportPage,
  ReportQuery,
  StoredRecord,
  UserRow,
  WriteCounts,
} from '../../ports/case-store.js';
import type { CustodyEventInput } from '../../core/custody/log-entry.js';
import type { StoredBatch } from '../../core/custody/report-batch.js';
import type { Appended } from '../../ports/custody-log.js';
import { nodeSha256 } from '../custody/node-crypto.js';
import type { Database, ReportsTable } from './database.js';
import { migrations } from './migrations/index.js';
import { CustodyLogStore } from './custody-log-store.js';
import { bumpVersions, readVersion } from './data-version.js';
import { storeError } from './store-errors.js';
import { KeptResults, type KeptRow } from './kept-results.js';

const staticProvider: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => migrations,
};

/** Rows per multi-row INSERT: large enough to amortise statement preparation, small enough for both engines' parameter limits. */
const REPORT_BATCH = 500;

function reportRow(caseId: string, r: StoredReport): ReportsTable {
  return {
    case_id: caseId,
    id: r.id,
    published_at: r.published_at,
    outlet: r.outlet,
    title: r.title ?? '',
    text: r.text ?? '',
    url: r.url ?? null,
    language: r.language ?? null,
    account: r.account ?? null,
    available_at: r.available_at ?? null,
  };
}

function rowReport(row: ReportsTable): StoredReport {
  const r: StoredReport = {
    id: row.id,
    published_at: row.published_at,
    outlet: row.outlet,
    title: row.title,
    text: row.text,
  };
  if (row.url !== null) r.url = row.url;
  if (row.language !== null) r.language = row.language;
  if (row.account !== null) r.account = row.account;
  if (row.available_at != null) r.available_at = row.available_at;
  return r;
}

/**
 * SQLite's report insert hot path: one prepared single-row statement run in a loop. better-sqlite3 runs it
 * synchronously on the same connection Kysely's transaction holds, so it is inside that transaction; it is
 * about twice as fast as compiling a 500-row multi-VALUES query per batch (bench/import.bench.ts).
 */
export interface FastReportInsert {
  /** returns the ids inserted (not those already stored) */
  run(caseId: string, rows: StoredReport[]): string[];
  /** see CaseStoreTx.bulkReports */
  bulk?(estimatedRows: number, caseId: string): (() => void) | null;
  /** the transaction ended (committed or rolled back): any bulk load in it is over */
  end?(): void;
  /** during a bulk load: the stored rows of these ids (found without the dropped key index); null otherwise */
  stored?(caseId: string, ids: string[]): Record<string, unknown>[] | null;
}

class Tx implements CaseStoreTx {
  /** cases this transaction wrote to: their data versions are raised before it commits */
  readonly touched = new Set<string>();
  constructor(
    private readonly db: Transaction<Database>,
    private readonly fast?: FastReportInsert,
    private readonly log?: () => CustodyLogStore,
  ) {}

  async appendCustody(events: CustodyEventInput[]): Promise<Appended[]> {
    if (!this.log) throw new Error('this transaction cannot append to the custody log');
    const { appended } = await this.log().appendIn(this.db, events);
    for (const a of appended) if (a.entry.case_id) this.touched.add(a.entry.case_id);
    return appended;
  }

  async getCase(id: string): Promise<Case | null> {
    const row = await this.db.selectFrom('cases').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Case) : null;
  }

  async storedReports(caseId: string, ids: string[]): Promise<StoredReport[]> {
    const bulk = this.fast?.stored?.(caseId, ids);
    if (bulk) return bulk.map((r) => rowReport(r as unknown as ReportsTable));
    const out: StoredReport[] = [];
    for (let i = 0; i < ids.length; i += REPORT_BATCH) {
      const rows = await this.db.selectFrom('reports').selectAll().where('case_id', '=', caseId).where('id', 'in', ids.slice(i, i + REPORT_BATCH)).execute();
      out.push(...rows.map(rowReport));
    }
    return out;
  }

  async caseExists(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('cases').select('id').where('id', '=', id).executeTakeFirst();
    return !!row;
  }

  async upsertCase(c: Case): Promise<WriteCounts> {
    this.touched.add(c.id);
    const data = canonicalJson(c);
    const row = await this.db.selectFrom('cases').select('data').where('id', '=', c.id).executeTakeFirst();
    if (!row) {
      await this.db
        .insertInto('cases')
        .values({ id: c.id, title: c.title, occurred_at: c.when.at, data })
        .execute();
      return { added: 1, updated: 0, unchanged: 0 };
    }
    if (row.data === data) return { added: 0, updated: 0, unchanged: 1 };
    await this.db
      .updateTable('cases')
      .set({ title: c.title, occurred_at: c.when.at, data })
      .where('id', '=', c.id)
      .execute();
    return { added: 0, updated: 1, unchanged: 0 };
  }

  async putRecords(caseId: string, kind: RecordKind, records: StoredRecord[]): Promise<WriteCounts> {
    const counts: WriteCounts = { added: 0, updated: 0, unchanged: 0 };
    if (records.length === 0) return counts;
    this.touched.add(caseId);
    const existing = new Map<string, string>();
    const rows = await this.db
      .selectFrom('records')
      .select(['id', 'data'])
      .where('case_id', '=', caseId)
      .where('kind', '=', kind)
      .execute();
    for (const r of rows) existing.set(r.id, r.data);
    let ord = rows.length;
    for (const rec of records) {
      const data = canonicalJson(rec.data);
      const old = existing.get(rec.id);
      if (old === undefined) {
        await this.db
          .insertInto('records')
          .values({ case_id: caseId, kind, id: rec.id, ord: ord++, data })
          .execute();
        existing.set(rec.id, data);
        counts.added++;
      } else if (old !== data) {
        await this.db
          .updateTable('records')
          .set({ data })
          .where('case_id', '=', caseId)
          .where('kind', '=', kind)
          .where('id', '=', rec.id)
          .execute();
        existing.set(rec.id, data);
        counts.updated++;
      } else counts.unchanged++;
    }
    return counts;
  }

  async insertReports(caseId: string, reports: StoredReport[]): Promise<number> {
    return (await this.addReports(caseId, reports)).length;
  }

  async addReports(caseId: string, reports: StoredReport[]): Promise<string[]> {
    if (!reports.length) return [];
    this.touched.add(caseId);
    if (this.fast) return this.fast.run(caseId, reports);
    const added: string[] = [];
    for (let i = 0; i < reports.length; i += REPORT_BATCH) {
      const rows = reports.slice(i, i + REPORT_BATCH).map((r) => reportRow(caseId, r));
      const res = await this.db
        .insertInto('reports')
        .values(rows)
        .onConflict((oc) => oc.columns(['case_id', 'id']).doNothing())
        .returning('id')
        .execute();
      for (const r of res) added.push(r.id);
    }
    return added;
  }

  async putReportBatch(caseId: string, root: string, batch: StoredBatch): Promise<void> {
    await this.db.insertInto('report_batches').values({ case_id: caseId, root, ids: batch.ids, digests: batch.digests }).onConflict((oc) => oc.columns(['case_id', 'root']).doNothing()).execute();
  }

  /** the open bulk load's finish (rebuild the indexes), run at the latest before the transaction commits */
  openBulk: (() => Promise<void>) | null = null;

  async bulkReports(estimatedRows: number, caseId: string): Promise<(() => Promise<void>) | null> {
    const done = this.fast?.bulk?.(estimatedRows, caseId);
    if (!done) return null;
    const finish = async () => {
      if (this.openBulk !== finish) return;
      this.openBulk = null;
      done();
    };
    this.openBulk = finish;
    return finish;
  }

  async logImport(entry: ImportLogEntry): Promise<void> {
    this.touched.add(entry.case_id);
    await this.db.insertInto('imports').values(entry).execute();
  }

  async getRecords(caseId: string, kind: RecordKind): Promise<StoredRecord[]> {
    return recordsOf(this.db, caseId, kind);
  }

  async deleteRecord(caseId: string, kind: RecordKind, id: string): Promise<boolean> {
    this.touched.add(caseId);
    const r = await this.db.deleteFrom('records').where('case_id', '=', caseId).where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async deleteReport(caseId: string, id: string): Promise<boolean> {
    this.touched.add(caseId);
    const r = await this.db.deleteFrom('reports').where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async renameRecord(caseId: string, kind: RecordKind, oldId: string, newId: string, data: unknown): Promise<void> {
    this.touched.add(caseId);
    await this.db
      .updateTable('records')
      .set({ id: newId, data: canonicalJson(data) })
      .where('case_id', '=', caseId)
      .where('kind', '=', kind)
      .where('id', '=', oldId)
      .execute();
  }

  async appendRatingChange(change: Omit<RatingChange, 'seq'>): Promise<RatingChange> {
    this.touched.add(change.case_id);
    const last = await this.db
      .selectFrom('rating_changes')
      .select((eb) => eb.fn.max('seq').as('m'))
      .where('case_id', '=', change.case_id)
      .where('item_id', '=', change.item_id)
      .where('hypothesis_id', '=', change.hypothesis_id)
      .executeTakeFirst();
    const row: RatingChange = { ...change, seq: Number(last?.m ?? 0) + 1 };
    await this.db.insertInto('rating_changes').values(row).execute();
    return row;
  }
}

async function recordsOf(db: Kysely<Database> | Transaction<Database>, caseId: string, kind: RecordKind): Promise<StoredRecord[]> {
  const rows = await db
    .selectFrom('records')
    .select(['id', 'data'])
    .where('case_id', '=', caseId)
    .where('kind', '=', kind)
    .orderBy('ord')
    .execute();
  return rows.map((r) => ({ id: r.id, data: JSON.parse(r.data) }));
}

const userColumns = ['id', 'name', 'role', 'created_at', 'revoked_at'] as const;

export class KyselyCaseStore implements CaseStore {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: 'sqlite' | 'postgres',
    /** PostgreSQL schema the store lives in, when not the default one */
    readonly schema?: string,
    private readonly fastReports?: FastReportInsert,
  ) {}

  async migrate(): Promise<string[]> {
    // name the schema explicitly: Kysely looks for its migration tables across all schemas otherwise
    const migrator = new Migrator({
      db: this.db,
      provider: staticProvider,
      ...(this.schema ? { migrationTableSchema: this.schema } : {}),
    });
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw error;
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  async transaction<T>(fn: (tx: CaseStoreTx) => Promise<T>): Promise<T> {
    try {
      return await this.runTransaction(fn);
    } catch (e) {
      throw storeError(e);
    }
  }

  private async runTransaction<T>(fn: (tx: CaseStoreTx) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        // the write lock first (a no-op write on the custody head): SQLite takes it at once, so busy_timeout
        // makes a second writer wait instead of failing on a lock upgrade; PostgreSQL writers queue on one row
        await trx.updateTable('custody_state').set({ size: sql<number>`size` }).where('id', '=', 1).execute();
        const tx = new Tx(trx, this.fastReports, () => this.custodyLog());
        const out = await fn(tx);
        // never commit without the report indexes, whatever the caller forgot
        await tx.openBulk?.();
        if (tx.touched.size) await bumpVersions(trx, tx.touched);
        return out;
      });
    } finally {
      // a bulk load ends with its transaction, committed or rolled back (the rollback restored the indexes)
      this.fastReports?.end?.();
    }
  }

  private log: CustodyLogStore | null = null;
  custodyLog(): CustodyLogStore {
    this.log ??= new CustodyLogStore(this.db, nodeSha256, (trx) => new Tx(trx, this.fastReports));
    return this.log;
  }

  async rawCases(): Promise<{ id: string; title: string; occurred_at: string; data: string }[]> {
    return this.db.selectFrom('cases').select(['id', 'title', 'occurred_at', 'data']).orderBy('id').execute();
  }

  private kept?: KeptResults;
  /** A kept analysis result of a case and the key of the input it was computed from (see kept-results.ts). */
  keptResult(caseId: string, name: string): Promise<{ key: string; data: string; sig: string | null } | null> {
    return (this.kept ??= new KeptResults(this.db)).get(caseId, name);
  }
  keepResult(caseId: string, name: string, key: string, data: string, sig: string): Promise<void> {
    return (this.kept ??= new KeptResults(this.db)).put(caseId, name, key, data, sig);
  }
  keptResults(): Promise<KeptRow[]> {
    return (this.kept ??= new KeptResults(this.db)).all();
  }

  dataVersion(caseId?: string): Promise<string> {
    return readVersion(this.db, caseId ?? '*');
  }

  /** Case-insensitive (Unicode-aware on both databases: the SQLite adapter registers ulower()) substring search. */
  async searchReports(caseId: string, query: ReportQuery, offset: number, limit: number): Promise<ReportPage> {
    let base = this.db.selectFrom('reports').where('case_id', '=', caseId);
    if (query.outlet) base = base.where('outlet', '=', query.outlet);
    if (query.q) {
      // LIKE wildcards and the escape character in the query are literal
      const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (ch) => '\\' + ch)}%`;
      const fold = sql.raw(this.dialect === 'sqlite' ? 'ulower' : 'lower');
      base = base.where(sql<boolean>`(${fold}(title) like ${like} escape '\\' or ${fold}(text) like ${like} escape '\\' or ${fold}(outlet) like ${like} escape '\\')`);
    }
    const [{ n }, rows] = await Promise.all([
      base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      base.selectAll().orderBy('published_at').orderBy('id').offset(offset).limit(limit).execute(),
    ]);
    return { total: Number(n), items: rows.map(rowReport) };
  }

  async rawRecords(filter: { kind?: RecordKind; caseId?: string } = {}): Promise<RawRecord[]> {
    let q = this.db.selectFrom('records').select(['case_id', 'kind', 'id', 'data']);
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    if (filter.caseId !== undefined) q = q.where('case_id', '=', filter.caseId);
    return q.orderBy('case_id').orderBy('kind').orderBy('ord').execute();
  }

  async *reportBatches(): AsyncIterable<{ case_id: string; root: string } & StoredBatch> {
    // keyset pages: a million reports are 500 lists of about 90 KB each
    let after: { case_id: string; root: string } | null = null;
    for (;;) {
      let q = this.db.selectFrom('report_batches').selectAll();
      if (after) {
        const a: { case_id: string; root: string } = after;
        q = q.where((eb) => eb.or([eb('case_id', '>', a.case_id), eb.and([eb('case_id', '=', a.case_id), eb('root', '>', a.root)])]));
      }
      const rows = await q.orderBy('case_id').orderBy('root').limit(50).execute();
      yield* rows;
      if (rows.length < 50) return;
      after = rows[rows.length - 1];
    }
  }

  async countRecords(caseId: string): Promise<number> {
    const r = await this.db.selectFrom('records').select((eb) => eb.fn.countAll().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async ratingChanges(caseId: string, filter: { itemId?: string; hypothesisId?: string } = {}): Promise<RatingChange[]> {
    let q = this.db.selectFrom('rating_changes').selectAll().where('case_id', '=', caseId);
    if (filter.itemId) q = q.where('item_id', '=', filter.itemId);
    if (filter.hypothesisId) q = q.where('hypothesis_id', '=', filter.hypothesisId);
    const rows = await q.orderBy('at').orderBy('item_id').orderBy('hypothesis_id').orderBy('seq').execute();
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  async addUser(user: UserRow & { token_sha256: string }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('users').values(user).execute();
      await bumpVersions(trx, []);
    });
  }

  async listUsers(): Promise<UserRow[]> {
    return this.db.selectFrom('users').select(userColumns).orderBy('created_at').orderBy('name').execute();
  }

  async findUser(nameOrId: string): Promise<UserRow | null> {
    const r = await this.db
      .selectFrom('users')
      .select(userColumns)
      .where((eb) => eb.or([eb('name', '=', nameOrId), eb('id', '=', nameOrId)]))
      .orderBy('id')
      .executeTakeFirst();
    return r ?? null;
  }

  async userByTokenHash(tokenSha256: string): Promise<UserRow | null> {
    const r = await this.db.selectFrom('users').select(userColumns).where('token_sha256', '=', tokenSha256).where('revoked_at', 'is', null).executeTakeFirst();
    return r ?? null;
  }

  async revokeUser(id: string, at: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
      await bumpVersions(trx, []);
    });
  }

  async listCases(query?: string): Promise<CaseSummary[]> {
    let q = this.db.selectFrom('cases').select(['id', 'title', 'occurred_at']);
    if (query) {
      const like = `%${query.toLowerCase()}%`;
      q = q.where((eb) => eb.or([eb(eb.fn('lower', ['title']), 'like', like), eb('id', 'like', like)]));
    }
    return q.orderBy('occurred_at').orderBy('id').execute();
  }

  async getCase(id: string): Promise<Case | null> {
    const row = await this.db.selectFrom('cases').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Case) : null;
  }

  async getRecords(caseId: string, kind: RecordKind): Promise<StoredRecord[]> {
    return recordsOf(this.db, caseId, kind);
  }

  async countReports(caseId: string): Promise<number> {
    const row = await this.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async reportPage(caseId: string, offset: number, limit: number): Promise<ReportPage> {
    const [total, rows] = await Promise.all([
      this.countReports(caseId),
      this.db
        .selectFrom('reports')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('published_at')
        .orderBy('id')
        .offset(offset)
        .limit(limit)
        .execute(),
    ]);
    return { total, items: rows.map(rowReport) };
  }

  async *streamReports(caseId: string, pageSize = 5000): AsyncIterable<StoredReport> {
    // keyset pagination on (published_at, id): stable and O(page) per step, unlike OFFSET
    let after: { published_at: string; id: string } | null = null;
    for (;;) {
      let q = this.db.selectFrom('reports').selectAll().where('case_id', '=', caseId);
      if (after) {
        const a: { published_at: string; id: string } = after;
        q = q.where((eb) =>
          eb.or([
            eb('published_at', '>', a.published_at),
            eb.and([eb('published_at', '=', a.published_at), eb('id', '>', a.id)]),
          ]),
        );
      }
      const rows = await q.orderBy('published_at').orderBy('id').limit(pageSize).execute();
      for (const row of rows) yield rowReport(row);
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1];
      after = { published_at: last.published_at, id: last.id };
    }
  }

  async imports(caseId: string): Promise<ImportLogEntry[]> {
    return this.db.selectFrom('imports').selectAll().where('case_id', '=', caseId).orderBy('at').execute();
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
