import type { Kysely, Migration } from 'kysely';

/** When a report became known, where its file says so apart from its publication time (docs/case-bundle.md). */
export const m20261202_0006_report_available_at: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('reports').addColumn('available_at', 'text').execute();
  },
};
