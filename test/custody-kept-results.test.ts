/**
 * Kept results under custody (docs/custody.md, "Kept results"): reading them never writes the log, a table
 * from before signatures loses its unsigned rows instead of failing verify, and a workspace whose key cannot
 * be opened computes results without keeping them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openWorkspace } from '../src/app/workspace.js';
import { importBundle } from '../src/app/cases.js';
import { assessTarget } from '../src/app/assess.js';
import { keptCaseNarrative } from '../src/app/kept-results.js';
import { custodyOf, verifyWorkspace } from '../src/app/custody.js';
import { examplesDir } from '../src/app/paths.js';
import { tempDir } from './helpers/workspaces.js';

const CASE = 'aleppo-2018-11-24';
const dir = tempDir('assay-kept-custody-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kept results under custody', () => {
  it('assessing, reading the narrative view and verifying write nothing to the log; every kept row is signed', async () => {
    const ws = await openWorkspace({ db: path.join(dir, 'read.db') });
    try {
      await importBundle(ws, path.join(examplesDir, CASE));
      const log = custodyOf(ws).log;
      const before = { head: await log.head(), checkpoints: (await log.checkpoints()).length };
      await assessTarget(ws, CASE);
      await keptCaseNarrative(ws, CASE);
      await assessTarget(ws, CASE);
      const v = await verifyWorkspace(ws, { blobs: false });
      expect(v.problems).toEqual([]);
      expect({ head: await log.head(), checkpoints: (await log.checkpoints()).length }).toEqual(before);
      const rows = await ws.store.keptResults();
      expect(rows.map((r) => r.name).sort()).toEqual(['engine:agent-differential', 'engine:custody', 'engine:munition-compatibility', 'engine:narrative', 'narrative-report', 'outlet-tally']);
      for (const r of rows) expect(r.sig).toMatch(/^assay-ws-[0-9a-f]{8} [A-Za-z0-9+/]+=*$/);
    } finally {
      await ws.close();
    }
  }, 120_000);

  it('a kept_results table from before signatures gets the column, and its unsigned rows are dropped (recomputed), not reported', async () => {
    const db = path.join(dir, 'old.db');
    const ws0 = await openWorkspace({ db });
    await importBundle(ws0, path.join(examplesDir, CASE));
    await ws0.close();
    const raw = new Database(db);
    raw.exec(`create table kept_results (case_id text not null, name text not null, input_key text not null, data text not null, at text not null, constraint kept_results_pk primary key (case_id, name))`);
    raw.prepare(`insert into kept_results values (?, 'engine:custody', 'k', '{"findings":[]}', '2026-01-01T00:00:00Z')`).run(CASE);
    raw.close();
    const ws = await openWorkspace({ db });
    try {
      expect((await verifyWorkspace(ws, { blobs: false })).problems).toEqual([]);
      expect(await ws.store.keptResults()).toEqual([]);
      await assessTarget(ws, CASE);
      expect((await ws.store.keptResults()).every((r) => r.sig)).toBe(true);
    } finally {
      await ws.close();
    }
  }, 120_000);
});
