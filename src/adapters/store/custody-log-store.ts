/**
 * Persistence of the custody log in the workspace database (SQLite or PostgreSQL, through Kysely). Appends
 * are one transaction each (entries + head state together), so a crash leaves the log at a whole number of
 * entries: never a half entry. The transaction opens with a write on the head row, taking the write lock
 * first (SQLite: RESERVED at once, so busy_timeout applies; PostgreSQL: the row lock), so concurrent
 * appenders queue instead of forking the tree.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database.js';
import { CompactRange } from '../../core/custody/merkle-tree.js';
import { fromHex, leafHash, toHex, type Hash, type Sha256 } from '../../core/custody/merkle-hash.js';
import { encodeEntry, makeEntry, type CustodyEventInput } from '../../core/custody/log-entry.js';
import type { LogRow } from '../../core/custody/log-audit.js';
import type { Appended, AnchorRow, CheckpointRow, CustodyLog, Head } from '../../ports/custody-log.js';
import type { CaseStoreTx } from '../../ports/case-store.js';
import { bumpVersions } from './data-version.js';
import { storeError } from './store-errors.js';

/** Opens the store's transaction object over a Kysely transaction (the case store's, given by kysely-store.ts). */
export type TxFactory = (trx: Transaction<Database>) => CaseStoreTx & { touched: Set<string> };

const INSERT_BATCH = 150;

export class CustodyLogStore implements CustodyLog {
  private lastRange: { size: number; root: string; peaks: Hash[] } | null = null;
  constructor(
    readonly db: Kysely<Database>,
    private readonly sha: Sha256,
    private readonly txOf: TxFactory,
  ) {}

  /**
   * Appends events in one transaction; `also` runs further writes (e.g. the evidence record) inside the same
   * transaction, so the entry and what it describes land together or not at all.
   */
  async append(events: CustodyEventInput[], also?: (tx: CaseStoreTx, appended: Appended[]) => Promise<void>): Promise<{ appended: Appended[]; head: Head }> {
    return this.appendTx(events, also).catch((e) => {
      throw storeError(e);
    });
  }

  private appendTx(events: CustodyEventInput[], also?: (tx: CaseStoreTx, appended: Appended[]) => Promise<void>): Promise<{ appended: Appended[]; head: Head }> {
    return this.db.transaction().execute(async (trx) => {
      const tx = this.txOf(trx);
      const out = await this.appendIn(trx, events);
      if (also) await also(tx, out.appended);
      for (const a of out.appended) if (a.entry.case_id) tx.touched.add(a.entry.case_id);
      await bumpVersions(trx, tx.touched);
      return out;
    });
  }

  /**
   * Appends inside a transaction the caller holds (an import writes its records and their entries as one
   * unit). The first statement is a write on the head row, so it takes (or already holds) the write lock.
   */
  async appendIn(trx: Transaction<Database>, events: CustodyEventInput[]): Promise<{ appended: Appended[]; head: Head }> {
    // a no-op write that returns the head: takes the write lock and reads in one statement
    const st = await trx
      .updateTable('custody_state')
      .set({ size: sql<number>`size` })
      .where('id', '=', 1)
      .returning(['size', 'root', 'peaks'])
      .executeTakeFirstOrThrow();
    if (!events.length) return { appended: [], head: { size: Number(st.size), root: st.root } };
    // the head's compact range, reused from the last append when nobody else has appended since
    const cached = this.lastRange;
    const cr =
      cached && cached.size === Number(st.size) && cached.root === st.root
        ? CompactRange.from(this.sha, cached.peaks, cached.size)
        : CompactRange.from(this.sha, (JSON.parse(st.peaks) as string[]).map(fromHex), Number(st.size));
    const appended: Appended[] = [];
    const rows: Database['custody_log'][] = [];
    for (const ev of events) {
      const index = cr.size;
      const entry = makeEntry(ev, index, toHex(cr.root()));
      const { text, bytes } = encodeEntry(entry);
      const leaf = leafHash(this.sha, bytes);
      cr.append(leaf);
      const lh = toHex(leaf);
      rows.push({ idx: index, entry: text, leaf_hash: lh, type: entry.type, case_id: entry.case_id ?? null, at: entry.at });
      appended.push({ index, leaf_hash: lh, entry });
    }
    for (let i = 0; i < rows.length; i += INSERT_BATCH) await trx.insertInto('custody_log').values(rows.slice(i, i + INSERT_BATCH)).execute();
    const head = { size: cr.size, root: toHex(cr.root()) };
    await trx
      .updateTable('custody_state')
      .set({ size: head.size, root: head.root, peaks: JSON.stringify(cr.peakHashes().map(toHex)) })
      .where('id', '=', 1)
      .execute();
    this.lastRange = { size: head.size, root: head.root, peaks: cr.peakHashes() };
    return { appended, head };
  }

  async head(): Promise<Head> {
    const st = await this.db.selectFrom('custody_state').select(['size', 'root']).where('id', '=', 1).executeTakeFirst();
    return st ? { size: Number(st.size), root: st.root } : { size: 0, root: toHex(this.sha()) };
  }

  /** The head state's stored peaks (JSON array of hex), as the next append will read them. */
  async headPeaks(): Promise<string | null> {
    const st = await this.db.selectFrom('custody_state').select(['peaks']).where('id', '=', 1).executeTakeFirst();
    return st ? st.peaks : null;
  }

  /** Every row in index order, read in pages (keyset on idx) so memory stays bounded. */
  async *rows(opts: { from?: number; to?: number; caseId?: string; page?: number } = {}): AsyncIterable<LogRow> {
    const page = opts.page ?? 5000;
    let after = (opts.from ?? 0) - 1;
    for (;;) {
      let q = this.db.selectFrom('custody_log').select(['idx', 'entry', 'leaf_hash']).where('idx', '>', after);
      if (opts.to !== undefined) q = q.where('idx', '<', opts.to);
      if (opts.caseId !== undefined) q = q.where('case_id', '=', opts.caseId);
      const rows = await q.orderBy('idx').limit(page).execute();
      for (const r of rows) yield { index: Number(r.idx), entry: r.entry, leaf_hash: r.leaf_hash };
      if (rows.length < page) return;
      after = Number(rows[rows.length - 1].idx);
    }
  }

  /** Leaf hashes of entries 0..size-1, from the stored column (as the log serves them; verify recomputes). */
  async leafHashes(size: number): Promise<Hash[]> {
    const out: Hash[] = [];
    for await (const r of this.rows({ to: size, page: 20000 })) out.push(fromHex(r.leaf_hash));
    return out;
  }

  async entryTypes(type: string): Promise<LogRow[]> {
    const rows = await this.db.selectFrom('custody_log').select(['idx', 'entry', 'leaf_hash']).where('type', '=', type).orderBy('idx').execute();
    return rows.map((r) => ({ index: Number(r.idx), entry: r.entry, leaf_hash: r.leaf_hash }));
  }

  async findCaseEntries(caseId: string, types: string[]): Promise<LogRow[]> {
    const rows = await this.db
      .selectFrom('custody_log')
      .select(['idx', 'entry', 'leaf_hash'])
      .where('case_id', '=', caseId)
      .where('type', 'in', types)
      .orderBy('idx')
      .execute();
    return rows.map((r) => ({ index: Number(r.idx), entry: r.entry, leaf_hash: r.leaf_hash }));
  }

  /**
   * Signs and stores a checkpoint over the head while holding the head's write lock, so checkpoints are
   * numbered and sized in order even with concurrent writers. `sign` returns null to keep the latest one.
   */
  async checkpoint(sign: (head: Head, last: CheckpointRow | null) => { note: string; at: string } | null): Promise<CheckpointRow> {
    return this.db.transaction().execute(async (trx) => {
      const st = await trx.updateTable('custody_state').set({ size: sql<number>`size` }).where('id', '=', 1).returning(['size', 'root']).executeTakeFirstOrThrow();
      const head = { size: Number(st.size), root: st.root };
      const r = await trx.selectFrom('custody_checkpoints').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
      const last = r ? { ...r, id: Number(r.id), size: Number(r.size) } : null;
      const signed = sign(head, last);
      if (!signed) return last!;
      const row = { id: (last?.id ?? 0) + 1, size: head.size, root: head.root, note: signed.note, at: signed.at };
      await trx.insertInto('custody_checkpoints').values(row).execute();
      return row;
    });
  }

  async checkpoints(): Promise<CheckpointRow[]> {
    const rows = await this.db.selectFrom('custody_checkpoints').selectAll().orderBy('id').execute();
    return rows.map((r) => ({ ...r, id: Number(r.id), size: Number(r.size) }));
  }

  async latestCheckpoint(): Promise<CheckpointRow | null> {
    const r = await this.db.selectFrom('custody_checkpoints').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
    return r ? { ...r, id: Number(r.id), size: Number(r.size) } : null;
  }

  async addAnchor(a: { checkpoint_id: number; kind: string; receipt: string; sha256: string; at: string }): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await trx.updateTable('custody_state').set({ size: sql<number>`size` }).where('id', '=', 1).execute(); // serialise ids
      const last = await trx.selectFrom('custody_anchors').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
      const id = Number(last?.m ?? 0) + 1;
      await trx.insertInto('custody_anchors').values({ id, ...a }).execute();
      return id;
    });
  }

  async anchors(): Promise<AnchorRow[]> {
    const rows = await this.db.selectFrom('custody_anchors').selectAll().orderBy('id').execute();
    return rows.map((r) => ({ ...r, id: Number(r.id), checkpoint_id: Number(r.checkpoint_id) }));
  }
}
