import type { Kysely, Migration } from 'kysely';

/**
 * The custody log (append-only RFC 9162 Merkle log of canonical JSON entries), its head state (size, root and
 * the compact-range peaks, so appending is O(log n)), signed checkpoints, and anchoring receipts.
 */
export const m20261125_0002_custody: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('custody_log')
      .addColumn('idx', 'integer', (c) => c.primaryKey())
      .addColumn('entry', 'text', (c) => c.notNull())
      .addColumn('leaf_hash', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('custody_log_case').on('custody_log').columns(['case_id', 'idx']).execute();
    await db.schema
      .createTable('custody_state')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('root', 'text', (c) => c.notNull())
      .addColumn('peaks', 'text', (c) => c.notNull())
      .execute();
    // the head of the empty log: size 0, root SHA-256("") (RFC 9162 section 2.1.1)
    await db
      .insertInto('custody_state')
      .values({ id: 1, size: 0, root: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', peaks: '[]' })
      .execute();
    await db.schema
      .createTable('custody_checkpoints')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('root', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('custody_anchors')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('checkpoint_id', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('receipt', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
  },
};
