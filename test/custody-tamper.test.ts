/**
 * Tampering: each of these makes `assay verify` exit 3 and name the problem precisely: one byte flipped in a
 * stored blob, an entry edited in the database (with and without its leaf hash recomputed), an entry
 * dropped, two entries reordered, the newest entries truncated, a checkpoint's signature altered.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';
import { sha256, workspaceCopier, writeBundle } from './custody-helpers.js';

const base = tempDir('assay-tamper-');
const env = { ASSAY_USER: 'analyst-1' };

beforeAll(async () => {
  writeBundle(path.join(base, 'bundle'));
  expect((await runCli(['--db', path.join(base, 'w.db'), 'import', path.join(base, 'bundle'), '--json'], env)).code).toBe(0);
  fs.writeFileSync(path.join(base, 'clip.bin'), Buffer.alloc(300_000, 7));
  const r = await runCli(['--db', path.join(base, 'w.db'), 'evidence', 'add', path.join(base, 'clip.bin'), '--case', 'custody-case', '--json'], env);
  expect(r.code, r.stderr).toBe(0);
  expect((await runCli(['--db', path.join(base, 'w.db'), 'verify', '--json'], env)).code).toBe(0);
});

const copier = workspaceCopier(base, 'assay-tamper-copy-');
afterAll(() => copier.cleanup());
const copy = () => copier.copy();
async function verify(d: string) {
  const r = await runCli(['--db', path.join(d, 'w.db'), 'verify', '--json'], env);
  const human = await runCli(['--db', path.join(d, 'w.db'), 'verify'], env);
  return { code: r.code, report: r.json(), text: human.stdout, humanCode: human.code };
}
function sql(d: string, fn: (db: Database.Database) => void) {
  const db = new Database(path.join(d, 'w.db'));
  try {
    fn(db);
  } finally {
    db.close();
  }
}
const messages = (rep: { problems: { where: string; message: string }[] }) => rep.problems.map((p) => `${p.where}: ${p.message}`).join('\n');

describe('assay verify catches tampering and names it', () => {
  it('one byte flipped in a stored blob', async () => {
    const d = copy();
    const clip = sha256(Buffer.alloc(300_000, 7));
    const p = path.join(d, '.assay', 'w.db', 'blobs', clip.slice(0, 2), clip);
    fs.chmodSync(p, 0o644);
    const b = fs.readFileSync(p);
    b[123_456] ^= 0x01;
    fs.writeFileSync(p, b);
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(v.humanCode).toBe(3);
    expect(v.report.problems).toHaveLength(1);
    expect(v.report.problems[0]).toMatchObject({ kind: 'blob', where: `blob ${clip}` });
    expect(v.report.problems[0].message).toMatch(/evidence "clip\.bin" logged at entry \d+: .* now hashes to [0-9a-f]{64}: the stored file was altered/);
    expect(v.text).toContain('FAILED');
  });

  it('an entry edited in the database', async () => {
    const d = copy();
    let idx = -1;
    sql(d, (db) => {
      const row = db.prepare("select idx, entry from custody_log where type = 'sample-transfer' order by idx limit 1").get() as { idx: number; entry: string };
      idx = row.idx;
      db.prepare('update custody_log set entry = ? where idx = ?').run(row.entry.replace('"sealed":true', '"sealed":false'), idx);
    });
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(messages(v.report)).toContain(`entry ${idx}: stored leaf hash`);
    expect(messages(v.report)).toContain('the entry was changed after it was logged');
  });

  it('an entry edited with its leaf hash recomputed is caught by the next entry and the signed checkpoints', async () => {
    const d = copy();
    let idx = -1;
    sql(d, (db) => {
      const row = db.prepare("select idx, entry from custody_log where type = 'evidence-added' and entry like '%A. Witness%' order by idx limit 1").get() as { idx: number; entry: string };
      idx = row.idx;
      const edited = row.entry.replace('"A. Witness"', '"Someone Else"');
      expect(edited).not.toBe(row.entry);
      const lh = sha256(Buffer.concat([Buffer.from([0]), Buffer.from(edited)]));
      db.prepare('update custody_log set entry = ?, leaf_hash = ? where idx = ?').run(edited, lh, idx);
    });
    const v = await verify(d);
    expect(v.code).toBe(3);
    const m = messages(v.report);
    expect(m).toContain(`entry ${idx + 1}: records the log root before it as`);
    expect(m).toContain('first divergence');
    expect(m).toMatch(/checkpoint \d+ \(size \d+, .*\): root for size \d+ is/);
  });

  it('an entry dropped', async () => {
    const d = copy();
    sql(d, (db) => db.prepare('delete from custody_log where idx = 3').run());
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(messages(v.report)).toContain('entry 3: entry 3 is missing (indices jump from 2 to 4)');
  });

  it('two entries reordered', async () => {
    const d = copy();
    sql(d, (db) => {
      const a = db.prepare('select entry, leaf_hash from custody_log where idx = 1').get() as { entry: string; leaf_hash: string };
      const b = db.prepare('select entry, leaf_hash from custody_log where idx = 2').get() as { entry: string; leaf_hash: string };
      db.prepare('update custody_log set entry = ?, leaf_hash = ? where idx = 1').run(b.entry, b.leaf_hash);
      db.prepare('update custody_log set entry = ?, leaf_hash = ? where idx = 2').run(a.entry, a.leaf_hash);
    });
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(messages(v.report)).toContain('entries 1 and 2 are swapped');
  });

  it('the newest entries and checkpoints truncated (a rollback): the last checkpoint seen outside the database says so', async () => {
    const d = copy();
    sql(d, (db) => {
      const n = (db.prepare('select count(*) n from custody_log').get() as { n: number }).n;
      db.prepare('delete from custody_log where idx >= ?').run(n - 2);
      db.prepare('delete from custody_checkpoints where size > ?').run(n - 2);
      // make the head row agree, as a careful forger would
      db.prepare('update custody_state set size = ? where id = 1').run(n - 2);
    });
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(messages(v.report)).toMatch(/last checkpoint seen .*witness\.json.*: covers \d+ entries but only \d+ are stored: entries \d+\.\.\d+ were removed/);
  });

  it('a checkpoint signature altered', async () => {
    const d = copy();
    sql(d, (db) => {
      const c = db.prepare('select id, note from custody_checkpoints order by id desc limit 1').get() as { id: number; note: string };
      const lines = c.note.split('\n');
      const i = lines.findIndex((l) => l.startsWith('\u2014 '));
      const parts = lines[i].split(' ');
      const sig = Buffer.from(parts[2], 'base64');
      sig[10] ^= 0xff;
      parts[2] = sig.toString('base64');
      lines[i] = parts.join(' ');
      db.prepare('update custody_checkpoints set note = ? where id = ?').run(lines.join('\n'), c.id);
    });
    const v = await verify(d);
    expect(v.code).toBe(3);
    expect(messages(v.report)).toMatch(/checkpoint \d+: signature by "assay-ws-[0-9a-f]{8}" does not verify/);
  });
});
