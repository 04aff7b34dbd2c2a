/**
 * The server's one cache (reads and computed analyses) is keyed by the store's dataVersion(): a write by
 * another process (a second workspace handle on the same database, as a CLI import beside the server) is seen
 * at once, on SQLite and PostgreSQL; a write through the server itself (bump) too.
 */
import { describe, expect, it } from 'vitest';
import { ReadCache } from '../src/http/read-cache.js';
import { openWorkspace } from '../src/app/workspace.js';
import fs from 'node:fs';
import path from 'node:path';
import { postgresAvailable, postgresWorkspace, tempDir, PG_URL } from './helpers/workspaces.js';
import type { Workspace } from '../src/app/workspace.js';
import type { Case } from '../src/core/case/schemas.js';

const aCase = (id: string, title: string): Case => ({ id, title, when: { at: '2020-01-01T00:00:00Z' }, place: { name: 'X' }, claims: [], conclusions: [], tags: [], citations: [] });

interface Pair { a: Workspace; b: Workspace; dispose(): Promise<void> }

async function sqlitePair(): Promise<Pair> {
  const dir = tempDir();
  const db = path.join(dir, 'assay.db');
  const a = await openWorkspace({ db });
  const b = await openWorkspace({ db });
  return { a, b, dispose: async () => { await a.close(); await b.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

async function postgresPair(): Promise<Pair | null> {
  if (!(await postgresAvailable())) return null;
  const t = await postgresWorkspace();
  const b = await openWorkspace({ databaseUrl: PG_URL, pgSchema: (t.ws.store as unknown as { schema: string }).schema, workspaceDir: t.ws.dir });
  return { a: t.ws, b, dispose: async () => { await b.close(); await t.dispose(); } };
}

for (const [name, open] of [
  ['SQLite', sqlitePair],
  ['PostgreSQL', postgresPair],
] as [string, () => Promise<Pair | null>][]) {
  describe(`read cache: ${name}`, () => {
    it('serves from cache until another connection writes, then recomputes', async (ctx) => {
      const p = await open();
      if (!p) return ctx.skip();
      try {
        await p.a.store.transaction((tx) => tx.upsertCase(aCase('c', 'one')));
        const cache = new ReadCache(p.a);
        let computed = 0;
        const make = async () => {
          computed++;
          return (await p.a.store.getCase('c'))?.title;
        };
        expect(JSON.parse((await cache.get('k', make)).body)).toBe('one');
        expect(JSON.parse((await cache.get('k', make)).body)).toBe('one');
        expect(computed).toBe(1);
        // the other handle (another process in real use: a CLI import beside the server) writes
        await p.b.store.transaction((tx) => tx.upsertCase(aCase('c', 'two')));
        expect(JSON.parse((await cache.get('k', make)).body)).toBe('two');
        expect(computed).toBe(2);
      } finally {
        await p.dispose();
      }
    });

    it("keeps a case's computed analysis until the case changes in any process, and only that case's", async (ctx) => {
      const p = await open();
      if (!p) return ctx.skip();
      try {
        await p.a.store.transaction(async (tx) => {
          await tx.upsertCase(aCase('c', 'one'));
          await tx.upsertCase(aCase('d', 'other'));
        });
        const cache = new ReadCache(p.a);
        let computed = 0;
        const assess = (id: string) => () => p.a.store.getCase(id).then((c) => `${++computed}:${c?.title}`);
        expect(await cache.analysis('assessment', 'c', assess('c'))).toBe('1:one');
        expect(await cache.analysis('assessment', 'c', assess('c'))).toBe('1:one');
        expect(await cache.analysis('assessment', 'd', assess('d'))).toBe('2:other');
        // another handle writes case c: c is computed again, d is still served from the cache
        await p.b.store.transaction((tx) => tx.upsertCase(aCase('c', 'two')));
        expect(await cache.analysis('assessment', 'c', assess('c'))).toBe('3:two');
        expect(await cache.analysis('assessment', 'd', assess('d'))).toBe('2:other');
        // a write through this server (bump) forgets every analysis
        cache.bump();
        expect(await cache.analysis('assessment', 'd', assess('d'))).toBe('4:other');
      } finally {
        await p.dispose();
      }
    });
  });
}
