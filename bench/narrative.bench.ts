/**
 * Narrative engine benchmark: MinHash throughput on short texts (one core), and 1,000,000 generated items end
 * to end (parse JSONL, resolve outlets, tokenise, sketch, claims, LSH clustering, narratives, coordination
 * with null-model p-values), with peak memory and planted-group recall. The end-to-end run goes through
 * the app's path (analyseReports, featurising on worker threads as `assay narrative` does), then once more on
 * the calling thread alone for the single-thread figure (skip with ASSAY_BENCH_SINGLE=0; ASSAY_BENCH_SINGLE=first
 * runs it first, to check order effects).
 *
 *   npm run bench -- narrative                 (ASSAY_BENCH_ITEMS=1000000 by default)
 *
 * The stream is generated once into $TMPDIR/assay-stream-<n>.jsonl by bench/gen-stream.ts (not timed).
 */
import { capabilities } from '../src/app/workspace.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateStream, scoreGroups, type Truth } from './gen-stream.js';
import { readReports } from '../src/adapters/readers/report-reader.js';
import { MinHasher } from '../src/core/narrative/minhash-sketch.js';
import { tokenHashes } from '../src/core/narrative/text-tokenise.js';
import { analyseReports, outletResolver, threadsFor } from '../src/app/narrative.js';

const N = Number(process.env.ASSAY_BENCH_ITEMS ?? 1_000_000);
const file = path.join(os.tmpdir(), `assay-stream-${N}.jsonl`);
const truthFile = file.replace(/\.jsonl$/, '.truth.json');

// 1. MinHash on short texts (tweet length), one core
{
  const texts: string[] = [];
  generateStream({ items: 60_000, seed: 5 }, (it) => texts.push(it.title));
  const mh = new MinHasher(64);
  const buf = new Uint32Array(4096);
  const sig = new Uint32Array(64);
  for (const t of texts.slice(0, 5000)) mh.sketch(buf, tokenHashes(t, buf), sig, 0); // warm-up
  const t0 = performance.now();
  let chars = 0;
  for (const t of texts) {
    chars += t.length;
    mh.sketch(buf, tokenHashes(t, buf), sig, 0);
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`minhash (64 perms, word bigrams, tokenise included): ${texts.length} short texts (mean ${Math.round(chars / texts.length)} chars) in ${s.toFixed(3)} s = ${Math.round(texts.length / s).toLocaleString('en')} texts/s on one core`);
}

// 2. end to end
if (!fs.existsSync(file) || !fs.existsSync(truthFile)) {
  console.log(`generating ${N} items into ${file} (not timed) ...`);
  const fd = fs.openSync(file, 'w');
  let buf: string[] = [];
  const truth = generateStream({ items: N, seed: 7 }, (it) => {
    buf.push(JSON.stringify(it) + '\n');
    if (buf.length >= 10000) {
      fs.writeSync(fd, buf.join(''));
      buf = [];
    }
  });
  fs.writeSync(fd, buf.join(''));
  fs.closeSync(fd);
  fs.writeFileSync(truthFile, JSON.stringify(truth));
}
const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8')) as Truth;
const opts = {
  eventTime: truth.event_time,
  coordination: { permutations: 99 },
  sensitivityMs: [60e3, 600e3, 3600e3, 86400e3],
};

/**
 * One end-to-end run through the path `assay narrative FILE` takes (src/app/narrative.ts, analyseReports):
 * the app picks the featurising threads from the expected item count (threadsFor: one per core from 50,000
 * items), or `threads` when given (0: the calling thread does all the work, the single-thread figure).
 * Wall time and the process's CPU (all threads) are printed; planted-group precision/recall must be 1.000.
 */
async function run(label: string, threads: number) {
  (globalThis as { gc?: () => void }).gc?.();
  const rss0 = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const res = await analyseReports(capabilities, readReports(file, { batchSize: 5000 }), opts, outletResolver(capabilities.knowledge), N, threads);
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const peak = process.resourceUsage().maxRSS * 1024;
  const det = res.coordination.groups.filter((g) => g.p_value <= 0.05).map((g) => g.members);
  const score = scoreGroups(truth, det);
  console.log(`end to end, ${label}: ${res.items.toLocaleString('en')} items (${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB JSONL) in ${wall.toFixed(1)} s` +
    ` (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, all threads); peak RSS so far ${(peak / 2 ** 30).toFixed(2)} GiB (start ${(rss0 / 2 ** 20).toFixed(0)} MiB)`);
  console.log(`  ${res.narratives.length} narratives, ${res.detail.duplicates.clusters.toLocaleString('en')} near-duplicate clusters, ${res.detail.cross_lingual_links.toLocaleString('en')} cross-lingual links, LSH candidates ${res.detail.lsh.candidates.toLocaleString('en')}, ${res.coordination.pairs.length} edges, ${res.coordination.groups.length} groups (${det.length} at p <= 0.05)`);
  console.log(`  sensitivity: ${res.detail.sensitivity.map((x) => `${x.window_seconds} s: ${x.edges} edges / ${x.groups} groups`).join('; ')}`);
  console.log(`  narratives: ${res.narratives.map((n) => `${n.id} ${n.items} items, ${n.outlets.length} outlets`).join('; ')}`);
  let perfect = true;
  for (const [v, s] of Object.entries(score)) {
    console.log(`  planted ${v.padEnd(10)} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (${s.true_pairs} true pairs, ${s.predicted_pairs} predicted)`);
    if (s.precision < 1 || s.recall < 1) perfect = false;
  }
  if (!perfect) {
    console.error(`planted groups not recovered exactly (${label})`);
    process.exitCode = 1;
  }
}

// the figure users get: the app's choice of threads (one per core here); then the single-thread figure, comparable
// with earlier runs (ASSAY_BENCH_SINGLE=0 skips it, ASSAY_BENCH_SINGLE=first runs it first, to check order effects)
const appThreads = threadsFor(capabilities, N);
const single = appThreads > 0 && process.env.ASSAY_BENCH_SINGLE !== '0';
if (single && process.env.ASSAY_BENCH_SINGLE === 'first') await run('single thread (threads 0)', 0);
await run(`as the app runs it (${appThreads ? `${appThreads} featurising threads, featuriseThreads()` : 'one thread: too few items or one core'})`, appThreads);
if (single && process.env.ASSAY_BENCH_SINGLE !== 'first') await run('single thread (threads 0)', 0);
