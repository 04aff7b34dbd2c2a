/**
 * The fleet on loopback: PostgreSQL-backed `assay worker` processes and NATS JetStream. A distributed import
 * and distributed narratives of a generated stream with planted coordinated groups, with a worker killed
 * (SIGKILL) mid-run each time, give exactly the single-process rows and results. Also: a bad line fails the
 * whole import naming the file's own line, and a coordinator without workers says so and gives up.
 */
import { capabilities } from '../src/app/workspace.js';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../src/app/workspace.js';
import { importBundle, importReports } from '../src/app/cases.js';
import { importReportsDistributed } from '../src/app/distributed-import.js';
import { custodyOf, verifyWorkspace } from '../src/app/custody.js';
import { decodeEntry } from '../src/core/custody/log-entry.js';
import { analyseCaseDistributed, analyseFilesDistributed } from '../src/app/distributed-narrative.js';
import { analyseCase, analyseFiles, contractJson } from '../src/app/narrative.js';
import { NatsQueue } from '../src/adapters/queue/nats-queue.js';
import { generateStream } from '../bench/gen-stream.js';
import { PG_URL, postgresAvailable, tempDir } from './helpers/workspaces.js';
import { FIXTURE } from './store-contract.js';

const QUEUE = process.env.ASSAY_QUEUE_URL ?? 'nats://127.0.0.1:4222';
const ACK_WAIT = 2000;

async function natsAvailable(): Promise<boolean> {
  try {
    await (await NatsQueue.open(QUEUE)).close();
    return true;
  } catch (e) {
    if (process.env.CI) throw new Error(`NATS JetStream is required under CI and is not reachable at ${QUEUE}: ${(e as Error).message}`);
    console.warn(`skipping distributed tests: no NATS JetStream at ${QUEUE}`);
    return false;
  }
}

const up = (await postgresAvailable()) && (await natsAvailable());
const dbName = `assay_dist_${process.pid}_${Date.now().toString(36)}`;
const dbUrl = PG_URL.replace(/\/[^/]*$/, `/${dbName}`);
const dir = tempDir('assay-dist-');
const file = path.join(dir, 'stream.jsonl');
let eventTime = '';
const workers: { p: ChildProcess; log: string }[] = [];
let pgWs: Workspace;
let sqWs: Workspace;

function startWorker() {
  const w = { p: spawn(process.execPath, ['--import', 'tsx', path.resolve(__dirname, 'helpers/assay-process.ts'), 'worker', '--queue', QUEUE], {
    env: { ...process.env, ASSAY_DATABASE_URL: dbUrl, ASSAY_QUEUE_ACK_WAIT_MS: String(ACK_WAIT) },
    stdio: ['ignore', 'ignore', 'pipe'],
  }), log: '' };
  w.p.stderr!.on('data', (d) => (w.log += String(d)));
  workers.push(w);
  return w;
}
const waitFor = async (cond: () => boolean, ms: number) => {
  for (const t = Date.now(); Date.now() - t < ms; ) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out waiting');
};
const jobsDone = (w: { log: string }) => (w.log.match(/ (staged|featurised) in /g) ?? []).length;

describe.skipIf(!up)('distributed import and narrative on loopback (PostgreSQL + NATS JetStream, worker processes)', () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    // 12,000 items with planted coordinated groups (one-word edits, reorders, translations)
    const out: string[] = [];
    const truth = generateStream({ items: 12_000, seed: 11, groupsPerVariant: 3 }, (it) => out.push(JSON.stringify(it)));
    eventTime = truth.event_time;
    // one report says when it became known (carried through staging into the store)
    out[20] = JSON.stringify({ ...JSON.parse(out[20]), available_at: '2024-05-01T00:00:00Z' });
    // two reports marked as the bundle author's paraphrase, in different read batches: kept out of the stored
    // reports on both paths (docs/case-bundle.md "Paraphrases")
    for (const k of [30, 2500]) out[k] = JSON.stringify({ ...JSON.parse(out[k]), paraphrase: true });
    // the same report twice, in different chunks: kept once, as a single-process import keeps it
    out.push(out[10]);
    fs.writeFileSync(file, out.join('\n') + '\n');
    pgWs = await openWorkspace({ databaseUrl: dbUrl, workspaceDir: dir });
    sqWs = await openWorkspace({ db: path.join(dir, 'single.db') });
    await importBundle(pgWs, FIXTURE);
    await importBundle(sqWs, FIXTURE);
    for (let i = 0; i < 3; i++) startWorker();
    // three worker processes compile the sources with tsx as they start: slow on a loaded machine
    await waitFor(() => workers.every((w) => w.log.includes(' on queue ')), 90_000);
  }, 150_000);

  afterAll(async () => {
    for (const w of workers) w.p.kill('SIGKILL');
    await pgWs?.close();
    await sqWs?.close();
    const q = await NatsQueue.open(QUEUE).catch(() => null);
    if (q) {
      const c = new pg.Client({ connectionString: dbUrl });
      const id = await c.connect().then(() => c.query('SELECT id FROM assay_workspace')).then((r) => r.rows[0]?.id).catch(() => null);
      await c.end().catch(() => {});
      if (id) {
        await q.purge(id);
        await q.dropConsumer(id);
      }
      await q.close();
    }
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('imports with a worker killed mid-run: exactly the single-process rows, counts and import log', async () => {
    const single = await importReports(sqWs, file, 'mini-case');
    let killed: ChildProcess | null = null;
    const dist = await importReportsDistributed(pgWs, file, 'mini-case', {}, {
      queueUrl: QUEUE,
      databaseUrl: dbUrl,
      chunkBytes: 64 * 1024,
      onProgress: (done) => {
        // kill a worker that is working once a third of the chunks are in
        if (!killed && done >= 25) {
          const victim = workers.find((w) => jobsDone(w) > 0 && w.p.exitCode === null)!;
          victim.p.kill('SIGKILL');
          killed = victim.p;
        }
      },
    });
    expect(killed).not.toBeNull();
    expect((dist as any).distributed.chunks).toBeGreaterThan(60);
    expect(dist.reports).toMatchObject({ read: single.reports.read, added: single.reports.added });
    expect(dist.reports.read).toBe(12_001);
    expect(dist.reports.added).toBe(11_998);
    // the two paraphrases are said aloud on both paths, in the same words
    expect(dist.warnings.filter((w) => w.includes('paraphrase'))).toEqual(single.warnings.filter((w) => w.includes('paraphrase')));
    expect(dist.warnings).toContainEqual(expect.stringMatching(/^2 report\(s\) marked "paraphrase": true kept out/));
    expect(await pgWs.store.countReports('mini-case')).toBe(await sqWs.store.countReports('mini-case'));
    // row for row: the same reports with the same fields
    const rows = async (ws: Workspace) => {
      const all: string[] = [];
      for await (const r of ws.store.streamReports('mini-case')) all.push(JSON.stringify(r));
      return all.sort();
    };
    expect(await rows(pgWs)).toEqual(await rows(sqWs));
    const log = (await pgWs.store.imports('mini-case')).at(-1)!;
    const slog = (await sqWs.store.imports('mini-case')).at(-1)!;
    expect({ ...log, at: '' }).toEqual({ ...slog, at: '' });
    // staging is empty once published
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    expect((await c.query('SELECT count(*)::int AS n FROM assay_dist_reports')).rows[0].n).toBe(0);
    await c.end();
  }, 180_000);

  it('the distributed publish logs the reports as a single-process import does: the same reports-added roots, verify passes, an edited report is named', async () => {
    // imported by the test above, in both workspaces from the same file
    const roots = async (ws: Workspace) =>
      (await custodyOf(ws).log.findCaseEntries('mini-case', ['reports-added'])).map((r) => {
        const d = decodeEntry(r.entry);
        if (!d.ok) throw new Error(`entry ${r.index} does not decode`);
        const e = d.entry as unknown as { count: number; reports_root: string; via: string };
        return [e.count, e.reports_root, e.via];
      });
    const dist = await roots(pgWs);
    // 11,998 new reports (12,000 less two paraphrases, one in each of the first two read batches): six entries
    // (the bundle's own reports come first, in both)
    expect(dist.filter(([, , via]) => via === 'import').map(([n]) => n).slice(-6)).toEqual([1999, 1999, 2000, 2000, 2000, 2000]);
    expect(dist).toEqual(await roots(sqWs));
    const ok = await verifyWorkspace(pgWs, { blobs: false });
    expect(ok.problems).toEqual([]);
    expect(ok.ok).toBe(true);
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    try {
      // available_at is carried through the staging table
      expect((await c.query("SELECT count(*)::int AS n FROM reports WHERE case_id = 'mini-case' AND available_at = '2024-05-01T00:00:00Z'")).rows[0].n).toBe(1);
      const id = (await c.query("SELECT id FROM reports WHERE case_id = 'mini-case' ORDER BY id OFFSET 5000 LIMIT 1")).rows[0].id as string;
      await c.query("UPDATE reports SET text = text || ' (edited)' WHERE case_id = 'mini-case' AND id = $1", [id]);
      const bad = await verifyWorkspace(pgWs, { blobs: false });
      expect(bad.ok).toBe(false);
      expect(bad.problems.map((p) => `${p.where}: ${p.message}`).join('\n')).toContain(id);
      await c.query("UPDATE reports SET text = left(text, length(text) - length(' (edited)')) WHERE case_id = 'mini-case' AND id = $1", [id]);
    } finally {
      await c.end();
    }
    expect((await verifyWorkspace(pgWs, { blobs: false })).ok).toBe(true);
  }, 120_000);

  it('a distributed narrative (files, and the stored case) with a worker killed mid-run equals the single-process one item for item', async () => {
    const opts = { eventTime, coordination: { windowMs: 600_000, permutations: 49 }, sensitivityMs: [60_000, 3_600_000] };
    const single = contractJson(await analyseFiles(capabilities, [file], opts), true);
    startWorker();
    let killed = false;
    const dist = contractJson(
      await analyseFilesDistributed(capabilities, [file], opts, {}, {
        queueUrl: QUEUE,
        databaseUrl: dbUrl,
        chunkBytes: 64 * 1024,
        onProgress: (done) => {
          if (!killed && done >= 20) {
            workers.find((w) => w.p.exitCode === null && w.p.signalCode === null && jobsDone(w) > 0)!.p.kill('SIGKILL');
            killed = true;
          }
        },
      }),
      true,
    );
    expect(killed).toBe(true);
    expect((single.coordination as any).groups.length).toBeGreaterThan(3);
    expect(dist).toEqual(single);
    const { eventTime: _e, ...caseOpts } = opts;
    const singleCase = contractJson(await analyseCase(pgWs, 'mini-case', { ...caseOpts, eventTime }), true);
    const distCase = contractJson(await analyseCaseDistributed(pgWs, 'mini-case', { ...caseOpts, eventTime }, { queueUrl: QUEUE, databaseUrl: dbUrl }), true);
    expect(distCase).toEqual(singleCase);
    expect((distCase as any).items).toBeGreaterThan(10_000);
  }, 180_000);

  it('a bad line anywhere fails the whole distributed import, naming the file and its own line; nothing is published', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    const lines = fs.readFileSync(file, 'utf8').split('\n').slice(0, 3000);
    lines[2499] = '{"published_at": "2018-11-25T10:00:00Z", "outlet": "x", "text": ';
    fs.writeFileSync(bad, lines.join('\n'));
    const before = await pgWs.store.countReports('mini-case');
    await expect(importReportsDistributed(pgWs, bad, 'mini-case', {}, { queueUrl: QUEUE, databaseUrl: dbUrl, chunkBytes: 64 * 1024 })).rejects.toThrow(/bad\.jsonl:2500.*invalid JSON/);
    expect(await pgWs.store.countReports('mini-case')).toBe(before);
  });

  it('a coordinator with no worker listening says what is pending and gives up instead of hanging', async () => {
    for (const w of workers) w.p.kill('SIGKILL');
    await waitFor(() => workers.every((w) => w.p.exitCode !== null || w.p.signalCode !== null), 10_000);
    const notices: string[] = [];
    const small = path.join(dir, 'small.jsonl');
    fs.writeFileSync(small, fs.readFileSync(file, 'utf8').split('\n').slice(0, 50).join('\n') + '\n');
    await expect(importReportsDistributed(pgWs, small, 'mini-case', {}, { queueUrl: QUEUE, databaseUrl: dbUrl, noticeMs: 300, timeoutMs: 1500, onNotice: (m) => notices.push(m) })).rejects.toThrow(
      /gave up: 1 of 1 chunk\(s\) pending.*Nothing was published/,
    );
    expect(notices.join('\n')).toMatch(/pending/);
  });
});
