/**
 * One workspace, one folder; analysts' work survives re-imports (docs/custody.md, "Workspace folder" and
 * "Case content"). Two SQLite databases in one folder and a PostgreSQL database used from two directories
 * each verify; an older shared `.assay/` is migrated; a re-import keeps analysts' ratings and edits,
 * reports conflicts, and history and value agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { PG_URL, postgresAvailable, postgresWorkspace, sqliteWorkspace, tempDir } from './helpers/workspaces.js';
import { writeBundle } from './custody-helpers.js';
import { importBundle, loadCase } from '../src/app/cases.js';
import { ratingHistory, setRating } from '../src/app/ratings.js';
import { writeRecord } from '../src/app/case-content.js';
import { caseHistory, verifyWorkspace } from '../src/app/custody.js';
import { examplesDir } from '../src/app/paths.js';
import { openWorkspace, sqliteWorkspaceDir } from '../src/app/workspace.js';

const env = { ASSAY_USER: 'analyst-1' };
const CASE = 'aleppo-2018-11-24';

describe('one workspace, one folder', () => {
  it('two SQLite databases in one folder keep separate folders and each verifies', async () => {
    const dir = tempDir('assay-two-');
    const bundle = path.join(dir, 'bundle');
    writeBundle(bundle);
    for (const db of ['a.db', 'b.db']) expect((await runCli(['--db', path.join(dir, db), 'import', bundle, '--json'], env)).code).toBe(0);
    expect(fs.existsSync(path.join(dir, '.assay', 'a.db', 'custody', 'witness.json'))).toBe(true);
    expect(fs.existsSync(path.join(dir, '.assay', 'b.db', 'custody', 'witness.json'))).toBe(true);
    // more work in one of them, then both verify
    fs.writeFileSync(path.join(dir, 'x.bin'), 'x');
    expect((await runCli(['--db', path.join(dir, 'a.db'), 'evidence', 'add', path.join(dir, 'x.bin'), '--case', 'custody-case'], env)).code).toBe(0);
    for (const db of ['a.db', 'b.db']) {
      const v = await runCli(['--db', path.join(dir, db), 'verify', '--json'], env);
      expect(v.code, `${db}: ${v.stdout}`).toBe(0);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a PostgreSQL workspace used from two directories is one workspace, never the current directory', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    const t = await postgresWorkspace();
    const schema = (t.ws.store as unknown as { schema: string }).schema;
    await t.ws.close();
    const cwd = process.cwd();
    const dirs = [tempDir('assay-cwd1-'), tempDir('assay-cwd2-')];
    const opened: string[] = [];
    try {
      for (const [i, d] of dirs.entries()) {
        process.chdir(d);
        const ws = await openWorkspace({ databaseUrl: PG_URL, pgSchema: schema });
        opened.push(ws.dir);
        if (i === 0) await importBundle(ws, path.join(examplesDir, CASE));
        const v = await verifyWorkspace(ws);
        expect(v.problems).toEqual([]);
        expect(fs.existsSync(path.join(d, '.assay'))).toBe(false);
        await ws.close();
      }
    } finally {
      process.chdir(cwd);
      await t.dispose();
    }
    expect(opened[0]).toBe(opened[1]);
    expect(opened[0]).toContain(schema);
  });

  it("an older workspace's shared .assay/ is migrated: blobs linked, its witness kept, verify OK", async () => {
    const dir = tempDir('assay-legacy-');
    const bundle = path.join(dir, 'bundle');
    writeBundle(bundle);
    const db = path.join(dir, 'w.db');
    expect((await runCli(['--db', db, 'import', bundle], env)).code).toBe(0);
    // put it in the old layout: everything directly under .assay/
    const now = sqliteWorkspaceDir(db);
    const legacy = path.join(dir, '.assay');
    const moved = path.join(dir, 'moved');
    fs.renameSync(now, moved);
    for (const f of fs.readdirSync(moved)) fs.renameSync(path.join(moved, f), path.join(legacy, f));
    const v = await runCli(['--db', db, 'verify', '--json'], env);
    expect(v.code, v.stdout).toBe(0);
    expect(v.stderr).toMatch(/this workspace now has its own folder .*\.assay\/w\.db .*blob\(s\) linked, its witness and keys moved/);
    expect(fs.existsSync(path.join(now, 'custody', 'witness.json'))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("analysts' work survives re-import", () => {
  it('keeps rated cells and edited records, reports where the bundle now disagrees, and history matches the value', async () => {
    const t = await sqliteWorkspace();
    try {
      const ws = t.ws;
      await importBundle(ws, path.join(examplesDir, CASE));
      const before = await loadCase(ws, CASE);
      const item = before.matrix[0];
      const h = before.hypotheses[0].id;
      const next = item.ratings[h] === 'II' ? 'CC' : 'II';
      await setRating(ws, CASE, item.id, h, next, { actor: 'ann', why: 'new imagery' });
      const tm = before.testimonies[0];
      await writeRecord(ws, { caseId: CASE, kind: 'testimony', id: tm.id, data: { ...tm, credibility: 2 }, old: tm, actor: 'bob', why: 'second source found', via: 'api' });

      // the same bundle again: nothing changes, nothing is logged, no conflict
      const size = (await caseHistory(ws, CASE)).length;
      const again = await importBundle(ws, path.join(examplesDir, CASE));
      expect(again.conflicts).toEqual([]);
      const after = await loadCase(ws, CASE);
      expect(after.matrix.find((m) => m.id === item.id)!.ratings[h]).toBe(next);
      expect(after.testimonies.find((x) => x.id === tm.id)!.credibility).toBe(2);
      expect((await caseHistory(ws, CASE)).length).toBe(size);
      const hist = await ratingHistory(ws, CASE, item.id, h);
      expect(hist[hist.length - 1].new_rating).toBe(next);

      // a bundle that now says something else for the testimony: conflict reported, analyst's value kept
      const changed = tempDir('assay-bundle-');
      fs.cpSync(path.join(examplesDir, CASE), changed, { recursive: true });
      const tf = path.join(changed, 'testimonies.yaml');
      const text = fs.readFileSync(tf, 'utf8');
      fs.writeFileSync(tf, text.replace(/credibility: \d/, 'credibility: 5'));
      const r = await importBundle(ws, changed);
      expect(r.conflicts!.map((c) => [c.kind, c.id, c.by, c.kept])).toContainEqual(['testimony', tm.id, 'bob', 'analyst']);
      expect(r.warnings.join('\n')).toMatch(new RegExp(`conflict: testimony "${tm.id}": bob changed it \\(entry \\d+\\) and the bundle now says something else; kept bob's version`));
      expect((await loadCase(ws, CASE)).testimonies.find((x) => x.id === tm.id)!.credibility).toBe(2);
      // told to prefer the bundle, it takes the bundle's value and logs the change
      const p = await importBundle(ws, changed, { preferBundle: true });
      expect(p.conflicts!.find((c) => c.id === tm.id)?.kept).toBe('bundle');
      expect((await loadCase(ws, CASE)).testimonies.find((x) => x.id === tm.id)!.credibility).toBe(5);
      expect((await verifyWorkspace(ws)).problems).toEqual([]);
    } finally {
      await t.dispose();
    }
  });
});
