/**
 * Narrative engine benchmark: MinHash throughput on short texts (one core), and 1,000,000 generated items end
 * to end (parse JSONL, resolve outlets, tokenise, sketch, claims, LSH clustering, narratives, coordination
 * with null-model p-values), with peak memory and planted-group recall.
 *
 *   npm run bench -- narrative                 (ASSAY_BENCH_ITEMS=1000000 by default)
 *
 * The stream is generated once into $TMPDIR/assay-stream-<n>.jsonl by bench/gen-stream.ts (not timed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateStream, scoreGroups, type Truth } from './gen-stream.js';
import { readReports } from '../src/adapters/readers/report-reader.js';
import { NarrativeAnalyser } from '../src/core/narrative/narrative-analyser.js';
import { MinHasher } from '../src/core/narrative/minhash-sketch.js';
import { tokenHashes } from '../src/core/narrative/text-tokenise.js';
import { outletResolver } from '../src/app/narrative.js';

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
(globalThis as { gc?: () => void }).gc?.();
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const a = new NarrativeAnalyser(outletResolver(), {
  eventTime: truth.event_time,
  coordination: { permutations: 99 },
  sensitivityMs: [60e3, 600e3, 3600e3, 86400e3],
});
let parsed = 0;
for await (const batch of readReports(file, { batchSize: 5000 })) {
  for (const r of batch) a.add(r);
  parsed += batch.length;
}
const t1 = performance.now();
const res = a.finish();
const t2 = performance.now();
const peak = process.resourceUsage().maxRSS * 1024;
const det = res.coordination.groups.filter((g) => g.p_value <= 0.05).map((g) => g.members);
const score = scoreGroups(truth, det);
console.log(`end to end: ${parsed.toLocaleString('en')} items (${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB JSONL) in ${((t2 - t0) / 1000).toFixed(1)} s` +
  ` [read+resolve+tokenise+sketch+claims ${((t1 - t0) / 1000).toFixed(1)} s, LSH+clusters+narratives+coordination ${((t2 - t1) / 1000).toFixed(1)} s];` +
  ` peak RSS ${(peak / 2 ** 30).toFixed(2)} GiB (start ${(rss0 / 2 ** 20).toFixed(0)} MiB)`);
console.log(`  ${res.narratives.length} narratives, ${res.detail.duplicates.clusters.toLocaleString('en')} near-duplicate clusters, ${res.detail.cross_lingual_links.toLocaleString('en')} cross-lingual links, LSH candidates ${res.detail.lsh.candidates.toLocaleString('en')}, ${res.coordination.pairs.length} edges, ${res.coordination.groups.length} groups (${det.length} at p <= 0.05)`);
console.log(`  sensitivity: ${res.detail.sensitivity.map((x) => `${x.window_seconds} s: ${x.edges} edges / ${x.groups} groups`).join('; ')}`);
console.log(`  narratives: ${res.narratives.map((n) => `${n.id} ${n.items} items, ${n.outlets.length} outlets`).join('; ')}`);
for (const [v, s] of Object.entries(score))
  console.log(`  planted ${v.padEnd(10)} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (${s.true_pairs} true pairs, ${s.predicted_pairs} predicted)`);
