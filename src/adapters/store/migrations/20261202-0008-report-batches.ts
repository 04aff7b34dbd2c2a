import type { Kysely, Migration } from 'kysely';

/**
 * The lists of reports that `reports-added` entries commit to by Merkle root (docs/custody.md, "Case
 * content"): per batch the ids as a JSON array and the reports' content hashes as base64, under (case, root).
 */
export const m20261202_0008_report_batches: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('report_batches')
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('root', 'text', (c) => c.notNull())
      .addColumn('ids', 'text', (c) => c.notNull())
      .addColumn('digests', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('report_batches_pk', ['case_id', 'root'])
      .execute();
  },
};
