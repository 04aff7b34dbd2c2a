/**
 * Crash safety with a real kill -9: the CLI is spawned on a large `evidence add` and on a bundle import with
 * many large files, killed mid-write, and the next run must say what it rolled back while `assay verify`
 * passes: no half entry, no entry without its blob. Files are sparse (no disk space until written).
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
  const t = path.join(dir, '.assay', 'blobs', '.tmp');
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

    const v = await runCli(['--db', db, 'verify', '--json'], env);
    expect(v.code, v.stdout).toBe(0);
    const rep = v.json();
    expect(rep.ok).toBe(true);
    expect(rep.recovered.join('\n')).toMatch(/removed a partial blob \(\d+ bytes\) left by an interrupted write of process \d+/);
    expect(rep.recovered.join('\n')).toMatch(/interrupted evidence add into case custody-case \(process \d+, started .*\): 0 of 1 item\(s\) were stored and logged; not added, run it again for: big\.bin/);
    expect(partFiles(dir)).toHaveLength(0);
    expect((await runCli(['--db', db, 'log', 'root', '--json'], env)).json()).toEqual(before);
    const again = await runCli(['--db', db, 'verify', '--json'], env);
    expect(again.json().recovered).toEqual([]); // reported once
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('in the middle of a bundle import with many large evidence files; re-running the import completes it', async () => {
    const dir = tempDir('assay-crash-');
    const db = path.join(dir, 'w.db');
    const bundle = path.join(dir, 'bundle');
    writeBundle(bundle);
    const N = 10;
    for (let i = 0; i < N; i++) sparse(path.join(bundle, 'evidence', `video-${String(i).padStart(2, '0')}.mp4`), 96 << 20, `video ${i}`);
    const p = spawnCli(['--db', db, 'import', bundle, '--json']);
    const journal = () => {
      const j = path.join(dir, '.assay', 'custody', 'journal');
      return fs.existsSync(j) ? fs.readdirSync(j).map((f) => path.join(j, f)) : [];
    };
    await until(() => journal().some((f) => fs.readFileSync(f, 'utf8').trim().split('\n').length >= 4), 50_000, 'three files to be logged', p);
    p.child.kill('SIGKILL');
    expect(await p.exited).toBe(-1);

    const v = await runCli(['--db', db, 'verify', '--json'], env);
    expect(v.code, v.stdout).toBe(0);
    const rep = v.json();
    const note = rep.recovered.find((n: string) => n.startsWith('interrupted import'));
    expect(note).toMatch(/interrupted import into case custody-case .*: (\d+) of 12 item\(s\) were stored and logged \(entries [\d, ]+\); not added, run it again for: .*video-09\.mp4/);
    const logged = Number(/: (\d+) of 12/.exec(note)![1]);
    expect(logged).toBeGreaterThanOrEqual(3);
    expect(logged).toBeLessThan(12);
    // every evidence entry has its blob (verify re-hashed them all)
    expect(rep.checked.blobs).toBeGreaterThanOrEqual(logged);

    const r = await runCli(['--db', db, 'import', bundle, '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const after = await runCli(['--db', db, 'verify', '--json'], env);
    expect(after.code).toBe(0);
    const entries = (await runCli(['--db', db, 'log', 'history', '--case', 'custody-case', '--json'], env)).json();
    expect(entries.filter((e: { entry: { type: string } }) => e.entry.type === 'evidence-added')).toHaveLength(12);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
