/**
 * Analysis results kept in the store (docs/scale-out.md): one row per case and result name, holding the
 * key of the input it was computed from and the result as JSON. Derived data: writing it does not raise the
 * data version (that would invalidate what it keeps), and the table is created on first use, on SQLite and
 * PostgreSQL alike, so a workspace from before it needs no migration.
 */
import { sql, type Kysely } from 'kysely';

interface KeptTable {
  case_id: string;
  name: string;
  input_key: string;
  data: string;
  at: string;
}
type Db = { kept_results: KeptTable };

export class KeptResults {
  private ready: Promise<void> | null = null;
  constructor(private readonly db: Kysely<any>) {}

  private get k(): Kysely<Db> {
    return this.db as Kysely<Db>;
  }

  private init(): Promise<void> {
    this.ready ??= this.k.schema
      .createTable('kept_results')
      .ifNotExists()
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('input_key', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('kept_results_pk', ['case_id', 'name'])
      .execute()
      .then(() => undefined);
    return this.ready;
  }

  async get(caseId: string, name: string): Promise<{ key: string; data: string } | null> {
    await this.init();
    const r = await this.k.selectFrom('kept_results').select(['input_key', 'data']).where('case_id', '=', caseId).where('name', '=', name).executeTakeFirst();
    return r ? { key: r.input_key, data: r.data } : null;
  }

  async put(caseId: string, name: string, key: string, data: string): Promise<void> {
    await this.init();
    await this.k
      .insertInto('kept_results')
      .values({ case_id: caseId, name, input_key: key, data, at: new Date().toISOString() })
      .onConflict((oc) => oc.columns(['case_id', 'name']).doUpdateSet({ input_key: sql.ref('excluded.input_key'), data: sql.ref('excluded.data'), at: sql.ref('excluded.at') }))
      .execute();
  }
}
