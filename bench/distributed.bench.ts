/**
 * Distributed throughput: `assay import --distributed` and `assay narrative --distributed` of a generated
 * stream with 1 and with 2 worker processes (PostgreSQL + NATS JetStream on this machine), beside the
 * single-process narrative of the same file. Per-worker rates feed docs/scale-out.md.
 *
 *   npm run bench -- distributed        (ASSAY_BENCH_DIST_ITEMS=100000 by default)
 *
 * Needs PostgreSQL (ASSAY_TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test) and NATS (ASSAY_QUEUE_URL).
 */
import { capabilities } from '../src/app/workspace.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { generateStream } from './gen-stream.js';
import { openWorkspace } from '../src/app/workspace.js';
import { importBundle } from '../src/app/cases.js';
import { importReportsDistributed } from '../src/app/distributed-import.js';
import { analyseFilesDistributed } from '../src/app/distributed-narrative.js';
import { analyseFiles } from '../src/app/narrative.js';
import { NatsQueue } from '../src/adapters/queue/nats-queue.js';

const N = Number(process.env.ASSAY_BENCH_DIST_ITEMS ?? 100_000);
const PG = process.env.ASSAY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const QUEUE = process.env.ASSAY_QUEUE_URL ?? 'nats://127.0.0.1:4222';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-dist-'));
const file = path.join(dir, 'stream.jsonl');
const root = path.resolve(import.meta.dirname, '..');

const out: string[] = [];
const truth = generateStream({ items: N, seed: 7 }, (it) => out.push(JSON.stringify(it)));
fs.writeFileSync(file, out.join('\n') + '\n');
out.length = 0;
const mb = fs.statSync(file).size / 1e6;
console.log(`${N.toLocaleString('en')} items (${mb.toFixed(0)} MB JSONL); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
const opts = { eventTime: truth.event_time, coordination: { permutations: 99 } };

let t = performance.now();
const sc0 = process.cpuUsage();
await analyseFiles(capabilities, [file], opts);
const single = (performance.now() - t) / 1000;
const scu = process.cpuUsage(sc0);
const singleCpu = (scu.user + scu.system) / 1e6;
console.log(`single-process narrative: ${single.toFixed(1)} s = ${Math.round(N / single).toLocaleString('en')} items/s, CPU ${singleCpu.toFixed(1)} s (featurising threads included)`);

for (const workers of [1, 2]) {
  const db = `assay_bench_${process.pid}_${workers}`;
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  const url = PG.replace(/\/[^/]*$/, `/${db}`);
  const ws = await openWorkspace({ databaseUrl: url, workspaceDir: dir });
  await importBundle(ws, path.join(root, 'test/fixtures/mini-bundle'));
  const procs: ChildProcess[] = [];
  let ready = 0;
  // each worker's job log ("<run> #<chunk>: <what> in <ms> ms"): the time its jobs took, summed by kind
  const jobMs = { staged: 0, featurised: 0 };
  for (let i = 0; i < workers; i++) {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test/helpers/assay-process.ts'), 'worker', '--queue', QUEUE], { env: { ...process.env, ASSAY_DATABASE_URL: url }, stdio: ['ignore', 'ignore', 'pipe'] });
    p.stderr!.on('data', (d) => {
      const text = String(d);
      if (text.includes(' on queue ')) ready++;
      for (const m of text.matchAll(/ (staged|featurised) in (\d+) ms/g)) jobMs[m[1] as 'staged' | 'featurised'] += Number(m[2]);
    });
    procs.push(p);
  }
  while (ready < workers) await new Promise((r) => setTimeout(r, 100));
  // CPU seconds of the worker processes so far (Linux /proc; 0 elsewhere)
  const tick = 100;
  const workerCpu = () =>
    procs.reduce((sum, p) => {
      try {
        const f = fs.readFileSync(`/proc/${p.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return sum + (Number(f[11]) + Number(f[12])) / tick;
      } catch {
        return sum;
      }
    }, 0);
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const notes: { at: number; m: string }[] = [];
  let lastChunkAt = 0;
  const o = { queueUrl: QUEUE, databaseUrl: url, onNotice: (m: string) => notes.push({ at: performance.now(), m }), onProgress: (done: number, total: number) => done === total && (lastChunkAt = performance.now()) };
  let w0 = workerCpu();
  let c0 = cpuNow();
  t = performance.now();
  const imp = await importReportsDistributed(ws, file, 'mini-case', {}, o);
  const ti = (performance.now() - t) / 1000;
  const importCpu = { workers: workerCpu() - w0, coordinator: cpuNow() - c0, jobs: jobMs.staged / 1000 };
  notes.length = 0;
  w0 = workerCpu();
  c0 = cpuNow();
  t = performance.now();
  await analyseFilesDistributed(capabilities, [file], opts, {}, o);
  const end = performance.now();
  const tn = (end - t) / 1000;
  const narrCpu = { workers: workerCpu() - w0, coordinator: cpuNow() - c0, jobs: jobMs.featurised / 1000 };
  console.log(`${workers} worker(s): import --distributed ${imp.reports.added.toLocaleString('en')} reports in ${ti.toFixed(1)} s = ${Math.round(N / ti).toLocaleString('en')} reports/s; narrative --distributed ${tn.toFixed(1)} s = ${Math.round(N / tn).toLocaleString('en')} items/s`);
  console.log(`  import CPU: workers ${importCpu.workers.toFixed(1)} s (their jobs took ${importCpu.jobs.toFixed(1)} s wall, summed), coordinator ${importCpu.coordinator.toFixed(1)} s`);
  // where the narrative's time went: queueing the partitions, waiting for the workers, merging, the global step
  const queued = notes.find((n) => n.m.includes('queued as'));
  const merged = notes.find((n) => n.m.startsWith('merged'))?.m ?? '';
  const mm = /in ([\d.]+) s; clusters, narratives and coordination in ([\d.]+) s/.exec(merged);
  const queuedS = queued ? (queued.at - t) / 1000 : NaN;
  const waitS = lastChunkAt && queued ? (lastChunkAt - queued.at) / 1000 : NaN;
  console.log(
    `  narrative: partitions read and queued ${queuedS.toFixed(1)} s, then workers finishing ${waitS.toFixed(1)} s, merge ${mm?.[1] ?? '?'} s, clusters + narratives + coordination ${mm?.[2] ?? '?'} s, the rest (reading the parts back, baseline) ${(tn - queuedS - waitS - Number(mm?.[1] ?? 0) - Number(mm?.[2] ?? 0)).toFixed(1)} s; ` +
      `CPU: workers ${narrCpu.workers.toFixed(1)} s (their jobs took ${narrCpu.jobs.toFixed(1)} s wall, summed), coordinator ${narrCpu.coordinator.toFixed(1)} s`,
  );
  console.log(`  coordinator: ${notes.filter((n) => n.m.startsWith('merged') || n.m.startsWith('published')).map((n) => n.m).join('; ')}`);
  console.log(JSON.stringify({ bench: 'distributed', workers, n: N, import_s: +ti.toFixed(2), narrative_s: +tn.toFixed(2), single_narrative_s: +single.toFixed(2), single_cpu_s: +singleCpu.toFixed(1), narrative_cpu: narrCpu, load: +os.loadavg()[0].toFixed(1) }));
  for (const p of procs) p.kill('SIGTERM');
  // leave no consumer of this throw-away workspace behind on the broker
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const id = (await c.query('SELECT id FROM assay_workspace')).rows[0]?.id as string | undefined;
  await c.end();
  if (id) {
    const q = await NatsQueue.open(QUEUE);
    await q.purge(id);
    await q.dropConsumer(id);
    await q.close();
  }
  await ws.close();
  await admin.query(`DROP DATABASE ${db} WITH (FORCE)`);
  await admin.end();
}
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
