/**
 * Analysis results kept in the store (docs/scale-out.md): one row per case and result name, holding the
 * key of the input it was computed from, the result as JSON, and the signature that binds the two (docs/custody.md,
 * "Kept results"). Derived data: writing it does not raise the data version (that would invalidate what it
 * keeps), and the table is created on first use, on SQLite and PostgreSQL alike, so a workspace from before
 * it needs no migration. A table from before signatures gets the column, and its unsigned rows are dropped
 * (they are recomputed on the next read).
 */
import { sql, type Kysely } from 'kysely';

interface KeptTable {
  case_id: string;
  name: string;
  input_key: string;
  data: string;
  at: string;
  sig: string | null;
}
type Db = { kept_results: KeptTable };

export interface KeptRow {
  case_id: string;
  name: string;
  key: string;
  data: string;
  /** "<key name> <base64 Ed25519 signature>" (null: a row written outside assay) */
  sig: string | null;
}

export class KeptResults {
  private ready: Promise<void> | null = null;
  constructor(private readonly db: Kysely<any>) {}

  private get k(): Kysely<Db> {
    return this.db as Kysely<Db>;
  }

  private init(): Promise<void> {
    this.ready ??= (async () => {
      await this.k.schema
        .createTable('kept_results')
        .ifNotExists()
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('input_key', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('sig', 'text')
        .addPrimaryKeyConstraint('kept_results_pk', ['case_id', 'name'])
        .execute();
      if (await this.hasSig()) return;
      // a table from before signatures: add the column (another process may have just done it)
      try {
        await sql`alter table kept_results add column sig text`.execute(this.k);
      } catch (e) {
        if (!(await this.hasSig())) throw e;
      }
      await this.k.deleteFrom('kept_results').where('sig', 'is', null).execute();
    })().catch((e) => {
      this.ready = null;
      throw e;
    });
    return this.ready;
  }

  private async hasSig(): Promise<boolean> {
    try {
      await sql`select sig from kept_results where 1 = 0`.execute(this.k);
      return true;
    } catch {
      return false;
    }
  }

  async get(caseId: string, name: string): Promise<{ key: string; data: string; sig: string | null } | null> {
    await this.init();
    const r = await this.k.selectFrom('kept_results').select(['input_key', 'data', 'sig']).where('case_id', '=', caseId).where('name', '=', name).executeTakeFirst();
    return r ? { key: r.input_key, data: r.data, sig: r.sig } : null;
  }

  async put(caseId: string, name: string, key: string, data: string, sig: string): Promise<void> {
    await this.init();
    await this.k
      .insertInto('kept_results')
      .values({ case_id: caseId, name, input_key: key, data, at: new Date().toISOString(), sig })
      .onConflict((oc) => oc.columns(['case_id', 'name']).doUpdateSet({ input_key: sql.ref('excluded.input_key'), data: sql.ref('excluded.data'), at: sql.ref('excluded.at'), sig: sql.ref('excluded.sig') }))
      .execute();
  }

  /** Every kept row, for verify. */
  async all(): Promise<KeptRow[]> {
    await this.init();
    const rows = await this.k.selectFrom('kept_results').select(['case_id', 'name', 'input_key', 'data', 'sig']).orderBy('case_id').orderBy('name').execute();
    return rows.map((r) => ({ case_id: r.case_id, name: r.name, key: r.input_key, data: r.data, sig: r.sig }));
  }
}
