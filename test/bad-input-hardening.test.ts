/**
 * Bad input refused cleanly (exit 2, `file:line: field: message`, the limit named, the workspace unchanged):
 * one test per case that used to be accepted, garbled or crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';
import { FIXTURE } from './store-contract.js';

async function attempt(edit: (dir: string) => void, args = (dir: string, db: string) => ['--db', db, 'import', dir]) {
  const base = tempDir('assay-bad-');
  const db = path.join(base, 'w.db');
  const first = path.join(base, 'ok');
  fs.cpSync(FIXTURE, first, { recursive: true });
  expect((await runCli(['--db', db, 'import', first])).code).toBe(0);
  const before = (await runCli(['--db', db, 'log', 'root', '--json'])).json();
  const dir = path.join(base, 'bundle');
  fs.cpSync(FIXTURE, dir, { recursive: true });
  edit(dir);
  const r = await runCli(args(dir, db));
  const after = (await runCli(["--db", db, "log", "root", "--json"])).json();
  expect(after).toEqual(before); // unchanged
  fs.rmSync(base, { recursive: true, force: true });
  return r;
}

describe('bad input is refused with exit 2 and a named limit; the workspace is unchanged', () => {
  it('case.yaml that is a folder', async () => {
    const r = await attempt((d) => {
      fs.rmSync(path.join(d, 'case.yaml'));
      fs.mkdirSync(path.join(d, 'case.yaml'));
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/case\.yaml: is a folder, not a file/);
  });

  it('case.yaml linked to /dev/zero', async () => {
    const r = await attempt((d) => {
      fs.rmSync(path.join(d, 'case.yaml'));
      fs.symlinkSync('/dev/zero', path.join(d, 'case.yaml'));
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/case\.yaml: is not a regular file/);
  });

  it('a YAML alias bomb', async () => {
    const r = await attempt((d) => {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
      fs.writeFileSync(path.join(d, 'sources.yaml'), lines.join('\n') + '\n');
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sources\.yaml: expands YAML aliases more than 100 times \(limit 100\)/);
  });

  it('deeply nested YAML', async () => {
    const r = await attempt((d) => fs.writeFileSync(path.join(d, 'sources.yaml'), '['.repeat(100_000) + ']'.repeat(100_000) + '\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sources\.yaml: nests lists and maps deeper than 64 levels \(limit 64\)/);
  });

  it('a deeply nested JSONL line', async () => {
    const r = await attempt((d) => fs.writeFileSync(path.join(d, 'more.jsonl'), '{"published_at":"2020-01-03","outlet":"A","text":"ok"}\n' + '{"x":' + '['.repeat(200_000) + ']'.repeat(200_000) + '}\n'), (d, db) => ['--db', db, 'import', path.join(d, 'more.jsonl'), '--case', 'mini-case']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/more\.jsonl:2: nests arrays and objects deeper than 32 levels \(limit 32\)/);
  });

  it('"language": 1e999 is not stored as "Infinity"', async () => {
    const r = await attempt((d) => fs.writeFileSync(path.join(d, 'more.jsonl'), '{"published_at":"2020-01-03","outlet":"A","text":"t","language":1e999}\n'), (d, db) => ['--db', db, 'import', path.join(d, 'more.jsonl'), '--case', 'mini-case']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/more\.jsonl:1: language: is Infinity, a number out of range/);
  });

  it('a UTF-16 CSV', async () => {
    const r = await attempt((d) => fs.writeFileSync(path.join(d, 'more.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('published_at,outlet,text\n2020-01-03,A,t\n', 'utf16le')])), (d, db) => ['--db', db, 'import', path.join(d, 'more.csv'), '--case', 'mini-case']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/more\.csv: is UTF-16 encoded .*save it as UTF-8/);
  });

  it('duplicate report ids with different text', async () => {
    const r = await attempt(
      (d) => fs.writeFileSync(path.join(d, 'more.jsonl'), '{"id":"r1","published_at":"2020-01-03","outlet":"A","text":"one"}\n{"id":"r1","published_at":"2020-01-03","outlet":"A","text":"another"}\n'),
      (d, db) => ['--db', db, 'import', path.join(d, 'more.jsonl'), '--case', 'mini-case'],
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/more\.jsonl(:2)?: id "r1": a different report with this id is already stored or earlier in the file/);
  });
});
