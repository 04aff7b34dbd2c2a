/**
 * PostgreSQL side of distributed work (docs/scale-out.md): the workspace's identity, run and chunk
 * bookkeeping, the staging table workers write an import into, and the one transaction that publishes it.
 *
 * Idempotence: a chunk is done when its row in assay_dist_chunks exists with its content hash. A worker
 * writes the chunk row and the chunk's staged rows in ONE transaction, inserting the chunk row first: a second
 * delivery of the same job blocks on that row until the first commits (then finds it done and only acks) or
 * rolls back (then does the work itself). A killed worker's transaction never commits, so nothing half-written
 * stays; its job is redelivered by the queue. Staging tables are UNLOGGED: they are scratch space, rebuilt
 * from the queue if the server crashes, and twice as fast to fill.
 */
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import type { StoredReport } from '../../core/case/schemas.js';

export type { ChunkState } from '../../ports/distributed.js';
import type { ChunkStaging, ChunkState, ReportKey } from '../../ports/distributed.js';

const DDL = `
CREATE TABLE IF NOT EXISTS assay_workspace (singleton boolean PRIMARY KEY DEFAULT true, id text NOT NULL);
CREATE TABLE IF NOT EXISTS assay_dist_runs (run text PRIMARY KEY, kind text NOT NULL, case_id text, status text NOT NULL, chunks integer, created_at text NOT NULL);
CREATE TABLE IF NOT EXISTS assay_dist_chunks (run text NOT NULL, chunk integer NOT NULL, hash text NOT NULL, status text NOT NULL, rows integer NOT NULL, info text NOT NULL, worker text NOT NULL, PRIMARY KEY (run, chunk));
CREATE UNLOGGED TABLE IF NOT EXISTS assay_dist_reports (run text NOT NULL, chunk integer NOT NULL, seq integer NOT NULL, id text NOT NULL, published_at text NOT NULL, outlet text NOT NULL, title text NOT NULL, text text NOT NULL, url text, language text, account text, PRIMARY KEY (run, chunk, seq));
ALTER TABLE assay_dist_reports ADD COLUMN IF NOT EXISTS available_at text;
ALTER TABLE assay_dist_reports ADD COLUMN IF NOT EXISTS paraphrase boolean;
CREATE UNLOGGED TABLE IF NOT EXISTS assay_dist_parts (run text NOT NULL, chunk integer NOT NULL, meta text NOT NULL, sigs bytea NOT NULL, PRIMARY KEY (run, chunk));
`;

export class PgStaging implements ChunkStaging {
  readonly pool: pg.Pool;
  private ready: Promise<void> | null = null;

  constructor(url: string, schema?: string, max = 4) {
    const safe = schema?.replace(/[^a-z0-9_]/gi, '');
    this.pool = new pg.Pool({ connectionString: url, max, ...(safe ? { options: `-c search_path=${safe}` } : {}) });
  }

  private async init(): Promise<void> {
    this.ready ??= (async () => {
      const c = await this.pool.connect();
      try {
        // one creator at a time: several workers start together
        await c.query('SELECT pg_advisory_lock(20261202)');
        await c.query(DDL);
        await c.query('INSERT INTO assay_workspace (id) VALUES ($1) ON CONFLICT DO NOTHING', [randomUUID().replace(/-/g, '').slice(0, 16)]);
      } finally {
        await c.query('SELECT pg_advisory_unlock(20261202)').catch(() => {});
        c.release();
      }
    })();
    return this.ready;
  }

  /** The workspace's stable id (the queue subject its jobs go to), the same for every process on this database. */
  async workspaceId(): Promise<string> {
    await this.init();
    const r = await this.pool.query<{ id: string }>('SELECT id FROM assay_workspace');
    return r.rows[0].id;
  }

  async createRun(kind: string, caseId: string | null): Promise<string> {
    await this.init();
    const run = `${kind}-${randomUUID().slice(0, 8)}`;
    await this.pool.query('INSERT INTO assay_dist_runs (run, kind, case_id, status, created_at) VALUES ($1, $2, $3, $4, $5)', [run, kind, caseId, 'running', new Date().toISOString()]);
    return run;
  }

  async setRunChunks(run: string, chunks: number): Promise<void> {
    await this.pool.query('UPDATE assay_dist_runs SET chunks = $2 WHERE run = $1', [run, chunks]);
  }

  async runStatus(run: string): Promise<string | null> {
    await this.init();
    const r = await this.pool.query<{ status: string }>('SELECT status FROM assay_dist_runs WHERE run = $1', [run]);
    return r.rows[0]?.status ?? null;
  }

  async chunks(run: string): Promise<ChunkState[]> {
    const r = await this.pool.query<{ chunk: number; status: 'done' | 'error'; rows: number; info: string; worker: string }>('SELECT chunk, status, rows, info, worker FROM assay_dist_chunks WHERE run = $1 ORDER BY chunk', [run]);
    return r.rows.map((x) => ({ ...x, info: JSON.parse(x.info) }));
  }

  /**
   * Runs `write` and records the chunk as done, in one transaction, unless it is done already (then returns
   * false and writes nothing). See the file comment for why the chunk row goes first.
   */
  private async once(run: string, chunk: number, hash: string, worker: string, write: (c: pg.PoolClient) => Promise<{ status: 'done' | 'error'; rows: number; info: unknown }>): Promise<boolean> {
    await this.init();
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const ins = await c.query("INSERT INTO assay_dist_chunks (run, chunk, hash, status, rows, info, worker) VALUES ($1, $2, $3, 'working', 0, '{}', $4) ON CONFLICT DO NOTHING", [run, chunk, hash, worker]);
      if (ins.rowCount === 0) {
        await c.query('ROLLBACK');
        return false;
      }
      const res = await write(c);
      await c.query('UPDATE assay_dist_chunks SET status = $3, rows = $4, info = $5 WHERE run = $1 AND chunk = $2', [run, chunk, res.status, res.rows, JSON.stringify(res.info)]);
      await c.query('COMMIT');
      return true;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  /** Stages an import chunk's validated reports (or records its bad-input error) exactly once. */
  async stageReports(run: string, chunk: number, hash: string, worker: string, reports: StoredReport[], info: unknown): Promise<boolean> {
    return this.once(run, chunk, hash, worker, async (c) => {
      for (let i = 0; i < reports.length; i += 5000) {
        const part = reports.slice(i, i + 5000);
        const col = <K extends keyof StoredReport>(k: K, dflt: string | null = null) => part.map((r) => (r[k] ?? dflt) as string | null);
        await c.query(
          `INSERT INTO assay_dist_reports (run, chunk, seq, id, published_at, outlet, title, text, url, language, account, available_at, paraphrase)
           SELECT $1, $2, * FROM unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::bool[])`,
          [run, chunk, part.map((_, k) => i + k), col('id'), col('published_at'), col('outlet'), col('title', ''), col('text', ''), col('url'), col('language'), col('account'), col('available_at'), part.map((r) => (r.paraphrase ? true : null))],
        );
      }
      return { status: 'done', rows: reports.length, info };
    });
  }

  async chunkFailed(run: string, chunk: number, hash: string, worker: string, info: unknown): Promise<boolean> {
    return this.once(run, chunk, hash, worker, async () => ({ status: 'error', rows: 0, info }));
  }

  /** Keeps a narrative chunk's per-item features exactly once. */
  async stageFeatures(run: string, chunk: number, hash: string, worker: string, meta: string, sigs: Buffer, items: number): Promise<boolean> {
    return this.once(run, chunk, hash, worker, async (c) => {
      await c.query('INSERT INTO assay_dist_parts (run, chunk, meta, sigs) VALUES ($1, $2, $3, $4)', [run, chunk, meta, sigs]);
      return { status: 'done', rows: items, info: {} };
    });
  }

  /** A narrative run's parts, one at a time in chunk order (the order the single-process engine reads). */
  async *parts(run: string, chunks: number): AsyncGenerator<{ chunk: number; meta: string; sigs: Buffer }> {
    for (let i = 0; i < chunks; i++) {
      const r = await this.pool.query<{ meta: string; sigs: Buffer }>('SELECT meta, sigs FROM assay_dist_parts WHERE run = $1 AND chunk = $2', [run, i]);
      if (!r.rows[0]) throw new Error(`part ${i} of ${run} is missing`);
      yield { chunk: i, ...r.rows[0] };
    }
  }

  /**
   * Claims a staged import for publishing (running -> publishing), so an abandoned or failed run, or a second
   * coordinator, never publishes it; late jobs of the run are skipped from here on.
   */
  async claimPublish(run: string): Promise<void> {
    const r = await this.pool.query<{ status: string }>("UPDATE assay_dist_runs SET status = 'publishing' WHERE run = $1 AND status = 'running' RETURNING status", [run]);
    if (!r.rowCount) throw new Error(`run ${run} is ${(await this.runStatus(run)) ?? 'unknown'}, not running`);
  }

  /**
   * A run's staged reports in file order (chunk, then line within it), `size` at a time: the batches a
   * single-process read of the same file yields, so the publish logs the same reports-added entries.
   */
  async *stagedReports(run: string, size: number): AsyncGenerator<StoredReport[]> {
    let after: [number, number] = [-1, -1];
    for (;;) {
      const r = await this.pool.query<{ chunk: number; seq: number; id: string; published_at: string; outlet: string; title: string; text: string; url: string | null; language: string | null; account: string | null; available_at: string | null; paraphrase: boolean | null }>(
        `SELECT chunk, seq, id, published_at, outlet, title, text, url, language, account, available_at, paraphrase FROM assay_dist_reports
         WHERE run = $1 AND (chunk, seq) > ($2::int, $3::int) ORDER BY chunk, seq LIMIT $4`,
        [run, after[0], after[1], size],
      );
      if (!r.rows.length) return;
      yield r.rows.map((row) => {
        const x: StoredReport = { id: row.id, published_at: row.published_at, outlet: row.outlet, title: row.title, text: row.text };
        if (row.url !== null) x.url = row.url;
        if (row.language !== null) x.language = row.language;
        if (row.account !== null) x.account = row.account;
        if (row.available_at !== null) x.available_at = row.available_at;
        if (row.paraphrase === true) x.paraphrase = true;
        return x;
      });
      const last = r.rows[r.rows.length - 1];
      after = [last.chunk, last.seq];
      if (r.rows.length < size) return;
    }
  }

  /** Ends a run whose reports the store committed (with their custody entries): its staged rows go. */
  async published(run: string): Promise<void> {
    await this.pool.query("UPDATE assay_dist_runs SET status = 'published' WHERE run = $1", [run]);
    await this.clear(run);
  }

  /** Ends a run that will not publish: its staged rows go, late jobs of it are skipped. */
  async abandon(run: string, status = 'abandoned'): Promise<void> {
    await this.pool.query('UPDATE assay_dist_runs SET status = $2 WHERE run = $1', [run, status]);
    await this.clear(run);
  }

  async finish(run: string): Promise<void> {
    await this.pool.query("UPDATE assay_dist_runs SET status = 'finished' WHERE run = $1", [run]);
    await this.clear(run);
  }

  private async clear(run: string): Promise<void> {
    await this.pool.query('DELETE FROM assay_dist_reports WHERE run = $1', [run]);
    await this.pool.query('DELETE FROM assay_dist_parts WHERE run = $1', [run]);
  }

  /** every `every`-th (published_at, id) of a case's reports in the order the store streams them */
  async partitionBounds(caseId: string, every: number): Promise<[string, string][]> {
    const r = await this.pool.query<{ published_at: string; id: string }>(
      `SELECT published_at, id FROM (SELECT published_at, id, row_number() OVER (ORDER BY published_at, id) AS rn FROM reports WHERE case_id = $1) s WHERE rn % $2 = 0 ORDER BY published_at, id`,
      [caseId, every],
    );
    return r.rows.map((x) => [x.published_at, x.id]);
  }

  /** a case's reports after `after` up to and including `until` (null: open end), in stream order */
  async reportRange(caseId: string, after: ReportKey, until: ReportKey): Promise<StoredReport[]> {
    const r = await this.pool.query<{ id: string; published_at: string; outlet: string; title: string; text: string; url: string | null; language: string | null; account: string | null }>(
      `SELECT id, published_at, outlet, title, text, url, language, account FROM reports
     WHERE case_id = $1 AND ($2::text IS NULL OR (published_at, id) > ($2::text, $3::text)) AND ($4::text IS NULL OR (published_at, id) <= ($4::text, $5::text))
     ORDER BY published_at, id`,
      [caseId, after?.[0] ?? null, after?.[1] ?? null, until?.[0] ?? null, until?.[1] ?? null],
    );
    return r.rows.map((row) => {
      const x: StoredReport = { id: row.id, published_at: row.published_at, outlet: row.outlet, title: row.title, text: row.text };
      if (row.url !== null) x.url = row.url;
      if (row.language !== null) x.language = row.language;
      if (row.account !== null) x.account = row.account;
      return x;
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
