import type { Kysely, Migration } from 'kysely';

/**
 * Data versions: one counter for the whole store (scope '*') and one per case (scope = case id), raised in
 * the same transaction as every write through the store port, so any process can tell whether what it
 * computed from the data is still current (the HTTP read cache, analysis results kept per data version).
 */
export const m20261202_0005_data_version: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('data_version')
      .addColumn('scope', 'text', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.insertInto('data_version').values({ scope: '*', version: 1 }).execute();
  },
};
