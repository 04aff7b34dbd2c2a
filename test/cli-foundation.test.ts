/**
 * The foundation's CLI as a user meets it: exit codes (0 ok, 2 bad input, 1 other), --json on stdout,
 * errors on stderr without stack traces, --help everywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';
import { FIXTURE } from './store-contract.js';

describe('assay CLI (foundation)', () => {
  const dir = tempDir();
  const db = path.join(dir, 'w.db');

  it('init creates the workspace; cases list is empty JSON', async () => {
    const init = await runCli(['--db', db, 'init', '--json']);
    expect(init.code).toBe(0);
    expect(init.json()).toMatchObject({ database: 'sqlite', cases: 0 });
    expect(fs.existsSync(db)).toBe(true);
    const list = await runCli(['--db', db, 'cases', 'list', '--json']);
    expect(list.json()).toEqual({ items: [], total: 0, limit: 0, offset: 0, next_offset: null });
  });

  it('imports a bundle and lists and shows it', async () => {
    const imp = await runCli(['--db', db, 'import', FIXTURE, '--json']);
    expect(imp.code).toBe(0);
    expect(imp.json()).toMatchObject({ case_id: 'mini-case', created: true, reports: { read: 2, added: 2 } });
    const list = await runCli(['--db', db, 'cases', 'list', '--json']);
    expect(list.json().items).toEqual([{ id: 'mini-case', title: 'Mini test case', occurred_at: '2020-01-02T10:00:00Z' }]);
    const human = await runCli(['--db', db, 'cases', 'list']);
    expect(human.stdout).toContain('mini-case');
    const show = await runCli(['--db', db, 'cases', 'show', 'mini-case', '--json']);
    expect(show.json()).toMatchObject({ case: { id: 'mini-case' }, testimonies: [{ id: 't1' }, { id: 't2' }], reports: { total: 2 } });
    const again = await runCli(['--db', db, 'import', FIXTURE, '--json']);
    expect(again.json().reports.added).toBe(0);
    const whole = await runCli(['--db', db, 'cases', 'show', 'mini-case', '--reports', '--json']);
    expect(whole.json().reports.items.map((r: { outlet: string }) => r.outlet)).toEqual(['NGO B', 'Outlet A']);
  });

  it('exit 2 with file:line: field for bad input, and the store unchanged', async () => {
    const bad = path.join(dir, 'bad');
    fs.cpSync(FIXTURE, bad, { recursive: true });
    fs.appendFileSync(path.join(bad, 'site-control.yaml'), '- party: ""\n  from: "2020-01-01"\n');
    const r = await runCli(['--db', db, 'import', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: .*site-control\.yaml:4: 1\.party: .*\n$/);
    expect(r.stderr).not.toMatch(/\s+at .*\.ts:\d+/);
    const j = await runCli(['--db', db, 'import', bad, '--json']);
    expect(JSON.parse(j.stderr).error).toMatchObject({ code: 'bad_input' });
  });

  it('read-only commands refuse a missing workspace instead of creating one', async () => {
    const typo = path.join(dir, 'typo.db');
    for (const args of [['cases', 'list'], ['verify'], ['log', 'root'], ['cases', 'show', 'x']]) {
      const r = await runCli(['--db', typo, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('no workspace database here');
    }
    expect(fs.existsSync(typo)).toBe(false);
  });

  it('exit 2 for a missing case, a missing file, a bad flag, a reports file without --case', async () => {
    expect((await runCli(['--db', db, 'cases', 'show', 'nope'])).code).toBe(2);
    expect((await runCli(['--db', db, 'import', path.join(dir, 'nope.csv'), '--case', 'mini-case'])).code).toBe(2);
    expect((await runCli(['--db', db, 'import', FIXTURE, '--date-order', 'YMD'])).code).toBe(2);
    const f = path.join(dir, 'r.jsonl');
    fs.writeFileSync(f, '{"published_at":"2020-01-05","outlet":"Z","text":"z"}\n');
    const r = await runCli(['--db', db, 'import', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs --case');
    expect((await runCli(['--db', db, 'import', f, '--case', 'mini-case'])).code).toBe(0);
    expect((await runCli(['--db', db, 'no-such-command'])).code).toBe(2);
  });

  it('--help works on every command', async () => {
    for (const args of [[], ['import'], ['cases'], ['cases', 'list'], ['cases', 'show'], ['export'], ['init'], ['schema']]) {
      const r = await runCli([...args, '--help']);
      expect(r.code, args.join(' ')).toBe(0);
    }
  });

  it('exports and re-imports to the same case', async () => {
    const out = path.join(dir, 'export');
    expect((await runCli(['--db', db, 'export', 'mini-case', '--out', out])).code).toBe(0);
    const db2 = path.join(dir, 'w2.db');
    expect((await runCli(['--db', db2, 'import', out])).code).toBe(0);
    const a = (await runCli(['--db', db, 'cases', 'show', 'mini-case', '--json'])).json();
    const b = (await runCli(['--db', db2, 'cases', 'show', 'mini-case', '--json'])).json();
    expect(b).toEqual(a);
  });

  // under CI, dist/ is fresh from `npm ci` (prepare builds it); locally it may be stale, so only CI runs this
  it.runIf(!!process.env.CI)('the installed bin runs', () => {
    const bin = path.resolve(__dirname, '../bin/assay.js');
    const r = spawnSync(process.execPath, [bin, '--db', db, 'cases', 'list', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).items[0].id).toBe('mini-case');
  });
});

describe('assay demo (npm start without serving)', () => {
  it('imports every bundled example and prints their key judgments', async () => {
    const db = path.join(tempDir(), 'demo.db');
    const r = await runCli(['--db', db, 'demo', '--no-serve', '--json']);
    expect(r.code).toBe(0);
    const out = r.json();
    const ids = out.cases.map((c: { id: string }) => c.id);
    expect(ids).toContain('aleppo-2018-11-24');
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const aleppo = out.assessments.find((a: { case_id: string }) => a.case_id === 'aleppo-2018-11-24');
    expect(aleppo.key_judgments.length).toBeGreaterThan(2);
    // the main case must not come out as a confident opposition chlorine attack
    expect(aleppo.leading).not.toMatch(/opposition-chlorine/);
  }, 120_000);
});
