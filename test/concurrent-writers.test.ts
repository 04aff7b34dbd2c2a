/**
 * Concurrent writers wait instead of failing (docs/custody.md, "Crash safety"): two CLI imports at once into
 * one SQLite workspace, and CLI imports beside a serving workbench taking writes, all succeed and verify; a
 * PostgreSQL connection terminated under a workspace is reported cleanly or recovered, never a crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PG_URL, postgresAvailable, postgresWorkspace, tempDir } from './helpers/workspaces.js';
import { cliArgs } from './custody-helpers.js';
import { examplesDir } from '../src/app/paths.js';
import { openWorkspace } from '../src/app/workspace.js';
import { importBundle } from '../src/app/cases.js';
import { addUser } from '../src/app/users.js';
import { createApp } from '../src/http/app.js';
import { verifyWorkspace } from '../src/app/custody.js';
import { AssayError } from '../src/core/errors.js';

function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, cliArgs(args), { env: { ...process.env, ASSAY_USER: 'analyst-1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => res({ code, stderr }));
  });
}

const EXAMPLES = fs.readdirSync(examplesDir).map((d) => path.join(examplesDir, d));

describe('concurrent writers', () => {
  it('two CLI imports at once into one SQLite workspace both succeed, and it verifies', async () => {
    const dir = tempDir('assay-conc-');
    const db = path.join(dir, 'w.db');
    expect((await cli(['--db', db, 'init'])).code).toBe(0);
    const runs = await Promise.all([cli(['--db', db, 'import', EXAMPLES[0]]), cli(['--db', db, 'import', EXAMPLES[1]])]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const ws = await openWorkspace({ db });
    try {
      expect((await ws.store.listCases()).length).toBe(2);
      expect((await verifyWorkspace(ws)).problems).toEqual([]);
    } finally {
      await ws.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('CLI imports beside a serving workbench taking writes: every import and every write succeeds', async () => {
    const dir = tempDir('assay-conc-');
    const db = path.join(dir, 'w.db');
    const ws = await openWorkspace({ db });
    try {
      await importBundle(ws, EXAMPLES[0]);
      const caseId = (await ws.store.listCases())[0].id;
      const { token } = await addUser(ws, { name: 'ann', role: 'analyst' });
      const app = createApp(ws, { anonymousRead: true, webDir: null });
      let writes = 0;
      let stop = false;
      const writer = (async () => {
        const failures: string[] = [];
        for (let i = 0; !stop || i < 3; i++) {
          const r = await app.request(`/api/cases/${caseId}/testimonies?why=concurrency`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ id: `t-conc-${i}`, who: 'witness', role: 'witness', text: `statement ${i}` }),
          });
          if (r.status !== 201) failures.push(`${r.status} ${await r.text()}`);
          else writes++;
          // requests arrive as I/O: let the event loop see the imports' exits between them
          await new Promise((res) => setTimeout(res, 50));
        }
        return failures;
      })();
      const imports = await Promise.all(EXAMPLES.slice(1).map((b) => cli(['--db', db, 'import', b])));
      stop = true;
      expect(await writer).toEqual([]);
      for (const r of imports) expect(r.code, r.stderr).toBe(0);
      expect(writes).toBeGreaterThanOrEqual(3);
      expect((await ws.store.listCases()).length).toBe(EXAMPLES.length);
      expect((await verifyWorkspace(ws)).problems).toEqual([]);
    } finally {
      await ws.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a PostgreSQL connection terminated under the workspace: the next call reconnects or fails cleanly, the process lives', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    const t = await postgresWorkspace();
    try {
      await importBundle(t.ws, EXAMPLES[0]);
      const schema = (t.ws.store as unknown as { schema: string }).schema;
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      const killed = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [`assay:${schema}`]);
      await admin.end();
      expect(killed.rowCount).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      // reads and writes go on: the pool replaced the dropped connections
      let outcome: string;
      try {
        const id = (await t.ws.store.listCases())[0].id;
        await t.ws.store.transaction(async (tx) => tx.upsertCase({ ...(await tx.getCase(id))!, title: 'renamed' }));
        outcome = 'recovered';
      } catch (e) {
        expect(e).toBeInstanceOf(AssayError);
        expect((e as AssayError).code).toBe('unavailable');
        outcome = 'reported';
      }
      expect(['recovered', 'reported']).toContain(outcome);
      expect((await t.ws.store.listCases()).length).toBe(1);
    } finally {
      await t.dispose();
    }
  });

  it('a PostgreSQL read whose connection is terminated mid-query answers 503 with Retry-After; the next request is served', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    const t = await postgresWorkspace();
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      await importBundle(t.ws, EXAMPLES[0]);
      const schema = (t.ws.store as unknown as { schema: string }).schema;
      const app = createApp(t.ws, { anonymousRead: true, webDir: null });
      const get = () => app.request('/api/cases', { headers: { host: 'localhost' } });
      expect((await get()).status).toBe(200);
      // hold the read in flight: it waits on a lock, and is terminated while it waits
      await admin.query('begin');
      await admin.query(`lock table ${schema}.cases, ${schema}.data_version, ${schema}.records in access exclusive mode`);
      const pending = get();
      let pids: number[] = [];
      for (let i = 0; i < 100 && !pids.length; i++) {
        await new Promise((r) => setTimeout(r, 50));
        pids = (await admin.query(`select pid from pg_stat_activity where application_name = $1 and wait_event_type = 'Lock'`, [`assay:${schema}`])).rows.map((r) => r.pid);
      }
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.query('rollback');
      const r = await pending;
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('2');
      const body = await r.json();
      expect(body.error).toMatchObject({ code: 'unavailable', path: 'ASSAY_DATABASE_URL' });
      expect(body.error.message).toMatch(/the PostgreSQL connection was lost \(terminating connection due to administrator command\); nothing of this operation was committed, try again/);
      // the server lives and the pool replaced the connection
      const next = await get();
      expect(next.status, await next.clone().text()).toBe(200);
    } finally {
      await admin.end().catch(() => {});
      await t.dispose();
    }
  });
});
