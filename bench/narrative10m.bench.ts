/**
 * 10,000,000 items through the narrative engine in one process (target: within 10 minutes and under 4 GiB;
 * docs/scale-out.md, "10 million items in one process"). The generator (bench/gen-stream.ts) streams items
 * straight into the analyser, never holding them; the analyser keeps its compact per-item features in memory
 * and spills the 64-number sketches to a temporary file (SpilledSketches), so memory is about 100 bytes an
 * item instead of 400. Prints progress every million items (elapsed, items/s, RSS), then the clustering and
 * coordination step, the total, peak RSS and the planted groups' recall. The per-item work runs on one worker
 * thread per core (ParallelFeaturiser); the main thread generates the items and merges the threads' batches.
 *
 *   npm run bench -- narrative10m          (ASSAY_BENCH_ITEMS=2000000 for a shorter run;
 *                                           ASSAY_BENCH_THREADS=0 featurises on the main thread)
 */
import { capabilities } from '../src/app/workspace.js';
import os from 'node:os';
import { streamItems, scoreGroups, type Truth } from './gen-stream.js';
import { NarrativeAnalyser } from '../src/core/narrative/narrative-analyser.js';
import { SpilledSketches } from '../src/adapters/narrative/spilled-sketches.js';
import { ParallelFeaturiser, featuriseThreads } from '../src/adapters/narrative/parallel-featuriser.js';
import { outletResolver } from '../src/app/narrative.js';
import type { StoredReport } from '../src/core/case/schemas.js';

const N = Number(process.env.ASSAY_BENCH_ITEMS ?? 10_000_000);
// worker threads that featurise (0: all on the main thread, as before the threads)
const THREADS = Number(process.env.ASSAY_BENCH_THREADS ?? featuriseThreads());
const gib = (b: number) => (b / 2 ** 30).toFixed(2);
const peak = () => process.resourceUsage().maxRSS * 1024;

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const store = new SpilledSketches(64, os.tmpdir());
// the event time and options the 1M benchmark uses (bench/narrative.bench.ts)
const opts = { eventTime: '2018-11-24T19:00:00.000Z', coordination: { permutations: 99 }, sensitivityMs: [60e3, 600e3, 3600e3, 86400e3] };
const resolver = outletResolver(capabilities.knowledge);
const a = new NarrativeAnalyser(resolver, opts, store);
const par = THREADS > 0 ? new ParallelFeaturiser(a, opts, resolver.entries, { threads: THREADS }) : null;
let engineMs = 0;
let count = 0;
let truth: Truth;
const items = streamItems({ items: N, seed: 7 });
let batch: StoredReport[] = [];
const feed = async () => {
  const s = performance.now();
  if (par) await par.add(batch);
  else for (const r of batch) a.add(r);
  engineMs += performance.now() - s;
  batch = [];
};
for (;;) {
  const r = items.next();
  if (r.done) {
    truth = r.value;
    break;
  }
  batch.push(r.value as StoredReport);
  if (batch.length < 1000) continue;
  count += batch.length;
  await feed();
  if (count % 1_000_000 === 0) {
    const el = (performance.now() - t0) / 1000;
    console.log(`  ${count.toLocaleString('en')} items: ${el.toFixed(0)} s (${Math.round(count / el).toLocaleString('en')} items/s; engine ${(engineMs / 1000).toFixed(0)} s), RSS ${gib(process.memoryUsage().rss)} GiB, peak ${gib(peak())} GiB, load ${os.loadavg()[0].toFixed(1)}`);
  }
}
count += batch.length;
await feed();
if (par) {
  const s = performance.now();
  await par.drain();
  await par.close();
  engineMs += performance.now() - s;
}
if (truth.event_time !== '2018-11-24T19:00:00.000Z') throw new Error(`generator event time ${truth.event_time}`);
const t1 = performance.now();
const res = a.finish();
const t2 = performance.now();
store.close();
const cpu = process.cpuUsage(cpu0);
const det = res.coordination.groups.filter((g) => g.p_value <= 0.05).map((g) => g.members);
const score = scoreGroups(truth, det);
console.log(
  `10M narrative: ${count.toLocaleString('en')} items end to end in ${((t2 - t0) / 1000).toFixed(1)} s (target 600 s) ` +
    `[generate + featurise ${((t1 - t0) / 1000).toFixed(1)} s, of which the main thread fed the engine (or waited for its ${THREADS} featurising thread(s)) ${(engineMs / 1000).toFixed(1)} s; LSH + clusters + narratives + coordination ${((t2 - t1) / 1000).toFixed(1)} s]; ` +
    `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s; peak RSS ${gib(peak())} GiB (target < 4 GiB); load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
);
console.log(`  ${res.narratives.length} narratives, ${res.detail.duplicates.clusters.toLocaleString('en')} near-duplicate clusters, ${res.detail.cross_lingual_links.toLocaleString('en')} cross-lingual links, LSH candidates ${res.detail.lsh.candidates.toLocaleString('en')}, ${res.coordination.pairs.length} edges, ${res.coordination.groups.length} groups (${det.length} at p <= 0.05)`);
for (const [v, s] of Object.entries(score)) console.log(`  planted ${v.padEnd(10)} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`);
console.log(JSON.stringify({ bench: 'narrative-10m', items: count, threads: THREADS, seconds: +((t2 - t0) / 1000).toFixed(1), finish_seconds: +((t2 - t1) / 1000).toFixed(1), peak_rss_gib: +gib(peak()) }));
