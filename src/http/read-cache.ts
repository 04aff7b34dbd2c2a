/**
 * A cache of serialized read responses (the whole-case document), valid while the database has not changed.
 * "Changed" is known exactly on SQLite: this server's own writes bump a generation counter (every non-GET
 * API request), and `PRAGMA data_version` changes whenever another connection (a CLI import, another
 * process) commits. On PostgreSQL there is no such cheap signal, so nothing is cached there.
 */
import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import type { Workspace } from '../app/workspace.js';

export class ReadCache {
  private gen = 0;
  private readonly entries = new Map<string, { version: string; body: string; etag: string }>();
  constructor(private readonly ws: Workspace) {}

  /** call after any request that may have written */
  bump(): void {
    this.gen++;
  }

  private async version(): Promise<string | null> {
    if (this.ws.store.dialect !== 'sqlite') return null;
    const r = await sql<{ data_version: number }>`PRAGMA data_version`.execute(this.ws.store.db);
    return `${this.gen}:${r.rows[0]?.data_version}`;
  }

  /** The cached body for `key`, or a fresh one from `make` (cached when the store allows). */
  async get(key: string, make: () => Promise<unknown>): Promise<{ body: string; etag: string }> {
    const v = await this.version();
    const hit = v !== null ? this.entries.get(key) : undefined;
    if (hit && hit.version === v) return hit;
    const body = JSON.stringify(await make());
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    if (v !== null) {
      if (this.entries.size > 200) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { version: v, body, etag });
    }
    return { body, etag };
  }
}
