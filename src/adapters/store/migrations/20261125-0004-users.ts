import type { Kysely, Migration } from 'kysely';

/**
 * API users (docs/http-api.md "Security"): a name, a role (viewer < analyst < admin) and the SHA-256 of the token; the token
 * itself is never stored. Also the per-cell history of ACH matrix ratings edited through the HTTP API
 * (who, when, why, old and new value), so the UI can show each cell's change history.
 */
export const m20261125_0004_users: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('token_sha256', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createTable('rating_changes')
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('hypothesis_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('old_rating', 'text')
      .addColumn('new_rating', 'text')
      .addColumn('by', 'text', (c) => c.notNull())
      .addColumn('why', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('rating_changes_pk', ['case_id', 'item_id', 'hypothesis_id', 'seq'])
      .execute();
  },
};
