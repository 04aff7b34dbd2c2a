/**
 * Session 32 (room review2): defects a new user meets first (README commands, import of messy files, verify after a
 * hand edit of the database, export and re-import of an analyst's ratings). Each test states the defect it pins;
 * docs/custody.md 'Session 32 (review2)' lists them with their fixes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle, importReports } from '../src/app/cases.js';
import { verifyWorkspace } from '../src/app/custody.js';
import { examplesDir } from '../src/app/paths.js';
import { rawDb, sqliteWorkspace, tempDir, type TestWorkspace } from './helpers/workspaces.js';

const CASE = 'aleppo-2018-11-24';

describe('verify: the cases table columns that the case list shows (title, occurred_at) are checked too', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await sqliteWorkspace();
    await importBundle(t.ws, path.join(examplesDir, CASE));
    expect((await verifyWorkspace(t.ws, { blobs: false })).problems).toEqual([]);
  }, 120_000);
  afterAll(async () => t?.dispose());

  const tampered = async (set: { title?: string; occurred_at?: string }) => {
    const db = rawDb(t.ws);
    const before = await db.selectFrom('cases').selectAll().where('id', '=', CASE).executeTakeFirstOrThrow();
    await db.updateTable('cases').set(set).where('id', '=', CASE).execute();
    try {
      const v = await verifyWorkspace(t.ws, { blobs: false });
      return { ok: v.ok, text: v.problems.map((p) => `${p.where}: ${p.message}`).join('\n') };
    } finally {
      await db.updateTable('cases').set({ title: before.title, occurred_at: before.occurred_at }).where('id', '=', CASE).execute();
    }
  };

  it('a title edited in the cases table (what `assay cases list` prints) fails verify and names the column', async () => {
    const r = await tampered({ title: 'Tampered title' });
    expect(r.ok).toBe(false);
    expect(r.text).toContain(`case record "${CASE}": its title column reads "Tampered title"`);
  });
  it('an occurred_at edited in the cases table fails verify', async () => {
    const r = await tampered({ occurred_at: '2019-01-01T00:00:00Z' });
    expect(r.ok).toBe(false);
    expect(r.text).toContain(`case record "${CASE}": its occurred_at column reads "2019-01-01T00:00:00Z"`);
  });
  it('the untouched workspace still verifies', async () => {
    expect((await verifyWorkspace(t.ws, { blobs: false })).problems).toEqual([]);
  });
});

describe('import: a repeated id carrying a different report names the line of the repeat', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await sqliteWorkspace();
    await importBundle(t.ws, path.join(examplesDir, CASE));
  }, 120_000);
  afterAll(async () => t?.dispose());
  const rec = (id: string, text: string) => JSON.stringify({ id, outlet: 'Outlet A', published_at: '2018-11-25T10:00:00Z', text });

  it('JSONL: the error path is file:line: id, and nothing of the file is stored', async () => {
    const file = path.join(tempDir('review2-'), 'dup.jsonl');
    fs.writeFileSync(file, [rec('r2-a', 'first text'), rec('r2-b', 'second text'), rec('r2-a', 'a different text')].join('\n') + '\n');
    const err = await importReports(t.ws, file, CASE, { why: 'test' }).then(() => null, (e) => e);
    expect(err?.code).toBe('bad_input');
    expect(String(err?.path)).toMatch(/dup\.jsonl:3: id "r2-a"$/);
    const stored = await rawDb(t.ws).selectFrom('reports').select('id').where('case_id', '=', CASE).where('id', 'in', ['r2-a', 'r2-b']).execute();
    expect(stored).toEqual([]);
  });
  it('CSV: the line of the repeat (header is line 1)', async () => {
    const file = path.join(tempDir('review2-'), 'dup.csv');
    fs.writeFileSync(file, 'id,outlet,published_at,text\r\nr2-c,Outlet A,2018-11-25,one\r\nr2-d,Outlet A,2018-11-25,two\r\nr2-c,Outlet A,2018-11-25,three\r\n');
    const err = await importReports(t.ws, file, CASE, { why: 'test' }).then(() => null, (e) => e);
    expect(String(err?.path)).toMatch(/dup\.csv:4: id "r2-c"$/);
  });
  it('the same report repeated is still accepted (nothing new)', async () => {
    const file = path.join(tempDir('review2-'), 'same.jsonl');
    fs.writeFileSync(file, [rec('r2-e', 'same'), rec('r2-e', 'same')].join('\n') + '\n');
    const r = await importReports(t.ws, file, CASE, { why: 'test' });
    expect(r.reports.added).toBe(1);
  });
});
