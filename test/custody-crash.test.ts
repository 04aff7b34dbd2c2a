/**
 * Crash safety with a real kill -9: the CLI is spawned on a large `evidence add` and on a bundle import with
 * large files, killed mid-write (the import at random moments, repeated), and `assay verify` passes while
 * only reading: no half entry, no entry without its blob, an import all there or not at all; the next
 * writing command says what it cleaned up. Files are sparse (no disk space until written).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/workspaces.js';
import { cliArgs, writeBundle } from './custody-helpers.js';

const env = { ASSAY_USER: 'analyst-1' };

function sparse(file: string, bytes: number, tag: string): void {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, Buffer.from(tag)); // distinct content per file
  fs.ftruncateSync(fd, bytes);
  fs.closeSync(fd);
}

async function until(cond: () => boolean, ms: number, what: string, child?: { done: boolean; stderr: () => string }): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (child?.done) throw new Error(`the CLI finished before ${what}: ${child.stderr()}`);
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function spawnCli(args: string[]) {
  const child = spawn(process.execPath, cliArgs(args), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d) => (stderr += d));
  const h = { child, done: false, exited: null as unknown as Promise<number | null>, stderr: () => stderr };
  h.exited = new Promise<number | null>((res) => child.on('exit', (code, sig) => ((h.done = true), res(sig ? -1 : code))));
  return h;
}

const partFiles = (dir: string) => {
  const t = path.join(dir, '.assay', 'w.db', 'blobs', '.tmp');
  return fs.existsSync(t) ? fs.readdirSync(t).map((f) => path.join(t, f)) : [];
};

describe('kill -9 leaves blobs and log consistent', () => {
  it('in the middle of `evidence add` of a large file', async () => {
    const dir = tempDir('assay-crash-');
    const db = path.join(dir, 'w.db');
    writeBundle(path.join(dir, 'bundle'));
    expect((await runCli(['--db', db, 'import', path.join(dir, 'bundle'), '--json'], env)).code).toBe(0);
    const before = (await runCli(['--db', db, 'log', 'root', '--json'], env)).json();
    const big = path.join(dir, 'big.bin');
    sparse(big, 3 * 2 ** 30, 'big');
    const p = spawnCli(['--db', db, 'evidence', 'add', big, '--case', 'custody-case', '--json']);
    await until(() => partFiles(dir).some((f) => (fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0) > 64 << 20), 50_000, 'the blob to be half written', p);
    p.child.kill('SIGKILL');
    expect(await p.exited).toBe(-1);
    expect(partFiles(dir)).toHaveLength(1);

    // verify only reads: it says what is pending and leaves it
    const v = await runCli(['--db', db, 'verify', '--json'], env);
    expect(v.code, v.stdout).toBe(0);
    const rep = v.json();
    expect(rep.ok).toBe(true);
    expect(rep.recovered.join('\n')).toMatch(/a partial blob left by an interrupted write/);
    expect(rep.recovered.join('\n')).toMatch(/an interrupted evidence add of process \d+ into case custody-case/);
    expect(partFiles(dir)).toHaveLength(1);
    expect((await runCli(['--db', db, 'log', 'root', '--json'], env)).json()).toEqual(before);
    // the next writing command cleans up and says what was rolled back
    const next = await runCli(['--db', db, 'import', path.join(dir, 'bundle'), '--json'], env);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/removed a partial blob \(\d+ bytes\) left by an interrupted write of process \d+/);
    expect(next.stderr).toMatch(/interrupted evidence add into case custody-case \(process \d+, started .*\): 0 of 1 item\(s\) were stored and logged; not added, run it again for: big\.bin/);
    expect(partFiles(dir)).toHaveLength(0);
    // a re-import that changes nothing logs nothing
    expect((await runCli(['--db', db, 'log', 'root', '--json'], env)).json()).toEqual(before);
    const again = await runCli(['--db', db, 'verify', '--json'], env);
    expect(again.json().recovered).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('at random moments of a bundle import with large evidence files: all or nothing, every time', async () => {
    const dir = tempDir('assay-crash-');
    const bundle = path.join(dir, 'bundle');
    writeBundle(bundle);
    const N = 5;
    for (let i = 0; i < N; i++) sparse(path.join(bundle, 'evidence', `video-${i}.mp4`), 32 << 20, `video ${i}`);
    const total = N + 2; // the bundle's own two files, and the five large ones
    // how long a whole import takes here once its database exists, to spread the kills over it
    const probe = path.join(dir, 'whole.db');
    const whole = spawnCli(['--db', probe, 'import', bundle, '--json']);
    await until(() => fs.existsSync(probe), 50_000, 'the database to be created', whole);
    const t0 = Date.now();
    expect(await whole.exited, whole.stderr()).toBe(0);
    const span = Date.now() - t0;
    // bounded: five kills, each at a random moment of the import (seeded, so a failure can be replayed)
    let seed = Number(process.env.ASSAY_CRASH_SEED ?? 20261202);
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const outcomes: string[] = [];
    for (let k = 0; k < 5; k++) {
      const db = path.join(dir, `w${k}.db`);
      const p = spawnCli(['--db', db, 'import', bundle, '--json']);
      await until(() => fs.existsSync(db) || p.done, 50_000, 'the database to be created');
      const at = Math.round(rand() * span * 1.1);
      await new Promise((r) => setTimeout(r, at));
      if (!p.done) p.child.kill('SIGKILL');
      await p.exited;
      if (!fs.existsSync(db)) {
        outcomes.push(`${at}ms: before the database`);
        continue;
      }
      const v = await runCli(['--db', db, 'verify', '--json'], env);
      expect(v.code, `kill at ${at} ms: ${v.stdout}`).toBe(0);
      const cases = (await runCli(['--db', db, 'cases', 'list', '--json'], env)).json().items;
      const root = (await runCli(['--db', db, 'log', 'root', '--json'], env)).json();
      if (cases.length === 0) {
        // nothing: no case, no record, no entry naming the case (only the keys and the first checkpoint,
        // signed before the import's first entry)
        expect((await runCli(['--db', db, 'log', 'entries', '--json'], env)).json().items.map((e: { leaf: string }) => JSON.parse(Buffer.from(e.leaf, 'base64').toString()).type)).toEqual(root.size ? ['key-added', 'key-added'] : []);
        outcomes.push(`${at}ms: nothing`);
      } else {
        const h = (await runCli(['--db', db, 'log', 'history', '--case', 'custody-case', '--json'], env)).json().items;
        expect(h.filter((e: { entry: { type: string } }) => e.entry.type === 'evidence-added'), `kill at ${at} ms`).toHaveLength(total);
        expect(h.filter((e: { entry: { type: string } }) => e.entry.type === 'import')).toHaveLength(1);
        expect(v.json().checked.blobs).toBeGreaterThanOrEqual(total);
        outcomes.push(`${at}ms: all`);
      }
      // running it again completes it, and verifies (checked once: each run costs a whole import)
      if (k > 0) continue;
      const r = await runCli(['--db', db, 'import', bundle, '--json'], env);
      expect(r.code, r.stderr).toBe(0);
      const after = await runCli(['--db', db, 'verify', '--json'], env);
      expect(after.code, after.stdout).toBe(0);
      const h = (await runCli(['--db', db, 'log', 'history', '--case', 'custody-case', '--json'], env)).json().items;
      expect(h.filter((e: { entry: { type: string } }) => e.entry.type === 'evidence-added')).toHaveLength(total);
    }
    process.stderr.write(`kill outcomes: ${outcomes.join("; ")}\n`);
    expect(outcomes).toHaveLength(5);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 150_000);
});
