/**
 * Session 32 (room review2): defects a new user meets first (README commands, import of messy files, verify after a
 * hand edit of the database, export and re-import of an analyst's ratings). Each test states the defect it pins;
 * docs/case-bundle.md 'Session 32 (review2)' lists them with their fixes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCase, importBundle, importReports } from '../src/app/cases.js';
import { assessTarget } from '../src/app/assess.js';
import { ratingHistory, setRating } from '../src/app/ratings.js';
import { verifyWorkspace } from '../src/app/custody.js';
import { openWorkspace } from '../src/app/workspace.js';
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

describe("export and re-import keep an analyst's ratings: the engine-cell overrides and every cell's history", () => {
  let a: TestWorkspace;
  let b: TestWorkspace;
  const dir = path.join(tempDir('review2-export-'), 'bundle');
  beforeAll(async () => {
    a = await sqliteWorkspace();
    b = await sqliteWorkspace();
    await importBundle(a.ws, path.join(examplesDir, CASE));
  }, 120_000);
  afterAll(async () => {
    await a?.dispose();
    await b?.dispose();
  });

  it('the re-imported case scores as the rated one, with the same overrides and history, and verifies', async () => {
    const first = await assessTarget(a.ws, CASE);
    const engineRow = first.assessment.evidence.find((e) => e.id.startsWith('agent-differential:'))!.id;
    await setRating(a.ws, CASE, 'e-us-media-narrative', 'h-other-unknown', 'II', { actor: 'alice', why: 'the speed alone says little' });
    await setRating(a.ws, CASE, engineRow, 'h-staged-no-chemical', 'I', { actor: 'bob', why: 'the engine missed the odour accounts' });
    const rated = await assessTarget(a.ws, CASE);
    const historyA = await ratingHistory(a.ws, CASE);
    expect(historyA.length).toBe(2);
    await exportCase(a.ws, CASE, dir);
    expect(fs.existsSync(path.join(dir, 'ratings.yaml'))).toBe(true);

    await importBundle(b.ws, dir);
    const again = await assessTarget(b.ws, CASE);
    const post = (r: typeof rated) => Object.fromEntries(r.assessment.hypotheses.map((h) => [h.id, h.posterior]));
    expect(post(again)).toEqual(post(rated));
    const cells = (r: typeof rated) => r.assessment.overrides.map((o) => [o.item_id, o.hypothesis_id, o.rating, o.actor, o.why, o.at]);
    expect(cells(again)).toEqual([[engineRow, 'h-staged-no-chemical', 'I', 'bob', 'the engine missed the odour accounts', historyA[1].at]]);
    const strip = (h: typeof historyA) => h.map(({ item_id, hypothesis_id, old_rating, new_rating, by, why, at, cell }) => ({ item_id, hypothesis_id, old_rating, new_rating, by, why, at, cell }));
    expect(strip(await ratingHistory(b.ws, CASE))).toEqual(strip(historyA));
    expect((await verifyWorkspace(b.ws, { blobs: false })).problems).toEqual([]);
    // importing the same bundle again adds no rating change, into either workspace
    await importBundle(b.ws, dir);
    await importBundle(a.ws, dir);
    expect((await ratingHistory(b.ws, CASE)).length).toBe(2);
    expect((await ratingHistory(a.ws, CASE)).length).toBe(2);
    expect((await verifyWorkspace(a.ws, { blobs: false })).problems).toEqual([]);
  }, 120_000);

  it('a ratings.yaml row naming no hypothesis of the case is a bad input naming the file, line and field', async () => {
    const bad = path.join(tempDir('review2-bad-'), 'bundle');
    fs.cpSync(dir, bad, { recursive: true });
    const text = fs.readFileSync(path.join(bad, 'ratings.yaml'), 'utf8').replace('hypothesis_id: h-staged-no-chemical', 'hypothesis_id: h-nonexistent');
    fs.writeFileSync(path.join(bad, 'ratings.yaml'), text);
    const err = await importBundle(b.ws, bad).then(() => null, (e) => e);
    expect(err?.code).toBe('bad_input');
    expect(String(err?.path)).toMatch(/ratings\.yaml:\d+: \d+\.hypothesis_id$/);
  });
});

describe('a JSON reports file: errors name the line of the record in the file, not its position in the array', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await sqliteWorkspace();
    await importBundle(t.ws, path.join(examplesDir, CASE));
  }, 120_000);
  afterAll(async () => t?.dispose());
  const recs = () => Array.from({ length: 5 }, (_, i) => ({ id: `j-${i}`, outlet: 'Outlet A', published_at: '2018-11-25', text: `text {${i}} "quoted" [x]` }));
  const fail = async (name: string, value: unknown) => {
    const file = path.join(tempDir('review2-'), name);
    fs.writeFileSync(file, JSON.stringify(value, null, 2));
    return importReports(t.ws, file, CASE, { why: 'test' }).then(() => null, (e) => e);
  };

  it('a pretty-printed array: the fourth record opens on line 20 (six lines a record after the "[")', async () => {
    const r = recs();
    r[3].published_at = '2018-02-30';
    const err = await fail('pretty.json', r);
    expect(err?.code).toBe('bad_input');
    expect(String(err?.path)).toMatch(/pretty\.json:20: published_at$/);
  });
  it('{"reports": [...]} after another key holding an array: the record is still found by its line', async () => {
    const r = recs();
    r[1].published_at = 'yesterday';
    const err = await fail('obj.json', { source: ['a', { b: [1, 2] }], reports: r });
    // "{", "source": [ ... ] on lines 2-10, "reports": [ on line 11, first record lines 12-17, second at 18
    expect(String(err?.path)).toMatch(/obj\.json:18: published_at$/);
  });
  it('a one-line array: every record is on line 1', async () => {
    const r = recs();
    r[4].published_at = '2018-13-01';
    const file = path.join(tempDir('review2-'), 'one.json');
    fs.writeFileSync(file, JSON.stringify(r));
    const err = await importReports(t.ws, file, CASE, { why: 'test' }).then(() => null, (e) => e);
    expect(String(err?.path)).toMatch(/one\.json:1: published_at$/);
  });
});

describe('a reports file lacking both the date and the outlet column: the hint names both', () => {
  it('--map published_at=COLUMN,outlet=COLUMN, with the file and its header line', async () => {
    const t = await sqliteWorkspace();
    try {
      await importBundle(t.ws, path.join(examplesDir, CASE));
      const file = path.join(tempDir('review2-'), 'wrong.csv');
      fs.writeFileSync(file, '\uFEFFfoo,bar,body\r\n1,2,some text\r\n');
      const err = await importReports(t.ws, file, CASE, { why: 'test' }).then(() => null, (e) => e);
      expect(err?.code).toBe('bad_input');
      expect(err?.message).toMatch(/wrong\.csv: no column for published_at and outlet \(columns: foo, bar, body\); name them with --map published_at=COLUMN,outlet=COLUMN$/);
      expect(String(err?.path)).toMatch(/wrong\.csv$/);
    } finally {
      await t.dispose();
    }
  }, 60_000);
});

describe('export --out naming a file, not a folder', () => {
  it('is a bad input naming --out (it was an ENOTDIR system error, exit 1), and the file is left as it was', async () => {
    const t = await sqliteWorkspace();
    try {
      await importBundle(t.ws, path.join(examplesDir, CASE));
      const file = path.join(tempDir('review2-'), 'notes.txt');
      fs.writeFileSync(file, 'my notes');
      const err = await exportCase(t.ws, CASE, file).then(() => null, (e) => e);
      expect(err?.code).toBe('bad_input');
      expect(err?.path).toBe(file);
      expect(err?.message).toBe(`${file}: is a file, not a folder; name a new or empty folder, or a bundle folder to overwrite`);
      expect(fs.readFileSync(file, 'utf8')).toBe('my notes');
    } finally {
      await t.dispose();
    }
  }, 60_000);
});

describe('files that are not what their name says', () => {
  it('an empty .json reports file is read like an empty .csv or .jsonl: no records, a warning, nothing added', async () => {
    const t = await sqliteWorkspace();
    try {
      await importBundle(t.ws, path.join(examplesDir, CASE));
      const dir = tempDir('review2-');
      for (const name of ['empty.json', 'blank.json', 'empty.csv', 'empty.jsonl']) {
        const file = path.join(dir, name);
        fs.writeFileSync(file, name.startsWith('blank') ? ' \n\n' : '');
        const r = await importReports(t.ws, file, CASE, { why: 'test' });
        expect([name, r.reports.read, r.reports.added, r.warnings.some((w) => /no records/.test(w))]).toEqual([name, 0, 0, true]);
      }
    } finally {
      await t.dispose();
    }
  }, 60_000);
  it('--db naming a file that is not a database is a bad input (exit 2), not a failure of the tool', async () => {
    const file = path.join(tempDir('review2-'), 'notes.md');
    fs.writeFileSync(file, '# my notes\n'.repeat(200));
    const err = await openWorkspace({ db: file }).then(
      async (ws) => {
        await ws.close();
        return null;
      },
      (e) => e,
    );
    expect(err?.code).toBe('bad_input');
    expect(err?.path).toBe(file);
    expect(err?.message).toMatch(/notes\.md: is not an assay workspace \(not a SQLite database\)/);
    expect(fs.readFileSync(file, 'utf8')).toBe('# my notes\n'.repeat(200));
  });
});
