/**
 * The server's one cache, keyed by the store's dataVersion(): serialized read responses (the whole-case
 * document) and computed analyses of a case (assessment, timeline, narrative view), each valid while what it
 * read has not changed. dataVersion() changes with every write through the store port in any process (this
 * server, a CLI import beside it), on SQLite and PostgreSQL alike; this server's own requests also bump a
 * generation counter, so a write is seen at once even before its transaction is visible to a later read.
 */
import { createHash } from 'node:crypto';
import type { Workspace } from '../app/workspace.js';

/** computed analyses are kept at most this long, whatever the version (the UI's tab switches, not a store) */
const ANALYSIS_MS = 60_000;

export class ReadCache {
  private gen = 0;
  private readonly entries = new Map<string, { version: string; body: string; etag: string }>();
  private readonly analyses = new Map<string, { version: string; at: number; value: Promise<unknown> }>();
  constructor(private readonly ws: Workspace) {}

  /** call after any request that may have written */
  bump(): void {
    this.gen++;
    this.analyses.clear();
  }

  /** The version of what an analysis of the case reads (its records, reports, ratings, the case itself). */
  async caseVersion(caseId: string): Promise<string> {
    return `${await this.ws.store.dataVersion(caseId)}:${this.gen}`;
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

  /**
   * A computed analysis of a case (`kind`: assessment, timeline ...), shared by the requests that ask for it
   * while the case's version holds, so the UI's panes do not recompute it on every tab switch.
   */
  async analysis<T>(kind: string, caseId: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.caseVersion(caseId);
    const k = `${kind}\u0000${caseId}`;
    const hit = this.analyses.get(k);
    if (hit && hit.version === version && Date.now() - hit.at < ANALYSIS_MS) return hit.value as Promise<T>;
    const value = compute();
    this.analyses.set(k, { version, at: Date.now(), value });
    value.catch(() => {
      if (this.analyses.get(k)?.value === value) this.analyses.delete(k);
    });
    return value;
  }
}
