/**
 * Session 32 (room review2): defects a new user meets first (README commands, import of messy files, verify after a
 * hand edit of the database, export and re-import of an analyst's ratings). Each test states the defect it pins;
 * docs/custody.md 'Session 32 (review2)' lists them with their fixes.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../src/app/cases.js';
import { verifyWorkspace } from '../src/app/custody.js';
import { examplesDir } from '../src/app/paths.js';
import { rawDb, sqliteWorkspace, type TestWorkspace } from './helpers/workspaces.js';

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
