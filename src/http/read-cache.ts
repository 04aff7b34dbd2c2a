/**
 * A cache of serialized read responses (the whole-case document), valid while the stored data has not
 * changed. The store's dataVersion() changes with every write through the store port in any process (this
 * server, a CLI import beside it), on SQLite and PostgreSQL alike; this server's own requests also bump a
 * generation counter, so a write is seen at once even before its transaction is visible to a later read.
 */
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

  /** The cached body for `key`, or a fresh one from `make`. */
  async get(key: string, make: () => Promise<unknown>): Promise<{ body: string; etag: string }> {
    const v = `${this.gen}:${await this.ws.store.dataVersion()}`;
    const hit = this.entries.get(key);
    if (hit && hit.version === v) return hit;
    const body = JSON.stringify(await make());
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    if (this.entries.size > 200) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { version: v, body, etag });
    return { body, etag };
  }
}
