/**
 * Test workspaces on both store adapters: a temp SQLite file, and a fresh schema in the machine's real
 * PostgreSQL (ASSAY_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test). Under CI the
 * PostgreSQL run is required; elsewhere it is skipped with a message when the server is down.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openWorkspace, type Workspace } from '../../src/app/workspace.js';
import type { KyselyCaseStore } from '../../src/adapters/store/kysely-store.js';

/** The database under a workspace's store, for tests that edit it directly (as an attacker or a crash would). */
export const rawDb = (ws: Workspace) => (ws.store as unknown as KyselyCaseStore).db;

export const PG_URL = process.env.ASSAY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function tempDir(prefix = 'assay-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

let pgUp: boolean | null = null;
export async function postgresAvailable(): Promise<boolean> {
  if (pgUp !== null) return pgUp;
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('select 1');
    pgUp = true;
  } catch {
    pgUp = false;
    if (process.env.CI) throw new Error(`PostgreSQL is required under CI and is not reachable at ${PG_URL}`);
    console.warn(`skipping PostgreSQL tests: no server at ${PG_URL}`);
  } finally {
    await c.end().catch(() => {});
  }
  return pgUp;
}

export interface TestWorkspace {
  ws: Workspace;
  dispose(): Promise<void>;
}

export async function sqliteWorkspace(): Promise<TestWorkspace> {
  const dir = tempDir();
  const ws = await openWorkspace({ db: path.join(dir, 'assay.db') });
  return {
    ws,
    async dispose() {
      await ws.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresWorkspace(): Promise<TestWorkspace> {
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const dir = tempDir();
  const ws = await openWorkspace({ databaseUrl: PG_URL, pgSchema: schema, workspaceDir: dir });
  return {
    ws,
    async dispose() {
      await ws.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
