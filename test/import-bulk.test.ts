/**
 * The SQLite bulk load (src/adapters/store/sqlite.ts, docs/scale-out.md "Import"): both report indexes are
 * dropped inside the import's transaction and rebuilt before it commits, the ids stored meanwhile kept in
 * memory. Same outcome as the indexed path: a repeated id with the same report is skipped, a different
 * report under a stored id is refused naming file, line and id, reports already in the case count, and a
 * failed or dry-run load leaves both indexes as they were.
 */
import { capabilities } from '../src/app/workspace.js';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { importBundle } from '../src/app/cases.js';
import { addReportsLogged } from '../src/app/case-content.js';
import { verifyWorkspace } from '../src/app/custody.js';
import { ReportKeySet } from '../src/adapters/store/report-key-set.js';
import type { StoredReport } from '../src/core/case/schemas.js';
import { rawDb, sqliteWorkspace, type TestWorkspace } from './helpers/workspaces.js';

const CASE = 'mini-case';
const report = (i: number, text = `report ${i}`): StoredReport => ({ id: `r${i}`, published_at: `2018-11-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`, outlet: i % 2 ? 'SANA' : 'RT', title: '', text });

describe('bulk load of reports (SQLite)', () => {
  let t: TestWorkspace;
  const indexes = async () => (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reports' ORDER BY name`.execute(rawDb(t.ws))).rows.map((r) => r.name);
  const who = { caseId: CASE, actor: 'test', at: '2026-12-02T00:00:00.000Z', via: 'import', file: 'reports.jsonl' };

  beforeAll(async () => {
    t = await sqliteWorkspace();
    await importBundle(t.ws, path.resolve(import.meta.dirname, 'fixtures/mini-bundle'));
  });
  afterAll(async () => t?.dispose());

  it('keeps the key as a droppable unique index (migration 0007)', async () => {
    expect(await indexes()).toEqual(['reports_case_time', 'reports_pk']);
  });

  it('adds each id once, skips a repeated identical report, counts the case\'s earlier reports, and rebuilds both indexes', async () => {
    const before = (await rawDb(t.ws).selectFrom('reports').select('id').where('case_id', '=', CASE).execute()).map((r) => r.id);
    expect(before.length).toBeGreaterThan(0);
    const [earlier] = await t.ws.store.transaction((tx) => tx.storedReports(CASE, [before[0]]));
    const added = await t.ws.store.transaction(async (tx) => {
      const finish = await tx.bulkReports!(100_000, CASE);
      expect(finish).not.toBeNull();
      const ids: string[] = [];
      // 3 batches; the second repeats 10 of the first and one report stored before the load
      ids.push(...(await addReportsLogged(capabilities, tx, who, Array.from({ length: 300 }, (_, i) => report(i)))));
      ids.push(...(await addReportsLogged(capabilities, tx, who, [...Array.from({ length: 10 }, (_, i) => report(i * 7)), earlier, ...Array.from({ length: 200 }, (_, i) => report(300 + i)), report(301)])));
      ids.push(...(await addReportsLogged(capabilities, tx, who, Array.from({ length: 65 }, (_, i) => report(500 + i)))));
      await finish!();
      return ids;
    });
    expect(added.length).toBe(565);
    expect(new Set(added).size).toBe(565);
    expect(await indexes()).toEqual(['reports_case_time', 'reports_pk']);
    expect(await t.ws.store.countReports(CASE)).toBe(before.length + 565);
    const [r7] = await t.ws.store.transaction((tx) => tx.storedReports(CASE, ['r7']));
    expect(r7).toEqual(report(7));
    expect((await verifyWorkspace(t.ws, { blobs: false })).problems).toEqual([]);
  });

  it('refuses a different report under an id stored earlier in the load, and the rollback restores both indexes', async () => {
    const n = await t.ws.store.countReports(CASE);
    const err = await t.ws.store
      .transaction(async (tx) => {
        const finish = await tx.bulkReports!(100_000, CASE);
        await addReportsLogged(capabilities, tx, who, Array.from({ length: 100 }, (_, i) => report(1000 + i)));
        await addReportsLogged(capabilities, tx, who, [{ ...report(1042, 'something else'), line: 77 } as StoredReport]);
        await finish!();
      })
      .catch((e) => e);
    expect(String(err.message)).toMatch(/a different report with this id is already stored or earlier in the file/);
    expect(err.path).toBe('reports.jsonl:77: id "r1042"');
    expect(await indexes()).toEqual(['reports_case_time', 'reports_pk']);
    expect(await t.ws.store.countReports(CASE)).toBe(n);
    // and a different report under an id stored before the load
    const err2 = await t.ws.store
      .transaction(async (tx) => {
        const finish = await tx.bulkReports!(100_000, CASE);
        await addReportsLogged(capabilities, tx, who, [report(5, 'changed')]);
        await finish!();
      })
      .catch((e) => e);
    expect(err2.path).toBe('reports.jsonl: id "r5"');
    // a failed load is over with its transaction: the next large load starts its own; one left open is
    // finished (its indexes rebuilt) before its transaction commits
    await t.ws.store.transaction(async (tx) => {
      expect(await tx.bulkReports!(100_000, CASE)).not.toBeNull();
    });
    expect(await indexes()).toEqual(['reports_case_time', 'reports_pk']);
    // after a failed load the next writes take the indexed path again (the rollback restored the key)
    const after = await t.ws.store.transaction((tx) => addReportsLogged(capabilities, tx, who, [report(5), report(2000)]));
    expect(after).toEqual(['r2000']);
    expect(await t.ws.store.countReports(CASE)).toBe(n + 1);
    expect((await verifyWorkspace(t.ws, { blobs: false })).problems).toEqual([]);
  });

  it('is not used for a load small against the table', async () => {
    await t.ws.store.transaction(async (tx) => {
      expect(await tx.bulkReports!(1_000, CASE)).toBeNull();
    });
  });
});

describe('ReportKeySet', () => {
  it('finds every id added, through growth, and gives candidates only for ids added', () => {
    const s = new ReportKeySet(4);
    for (let i = 1; i <= 50_000; i++) s.add(`id-${i}`, i);
    expect(s.size).toBe(50_000);
    for (let i = 1; i <= 50_000; i += 997) expect(s.candidates(`id-${i}`)).toContain(i);
    let stray = 0;
    for (let i = 50_001; i <= 60_000; i++) stray += s.candidates(`id-${i}`).length;
    expect(stray).toBe(0);
  });
});
