/**
 * The 10M-item state and global step without 10M items' text work: featurise a generated pool once
 * (ASSAY_BENCH_POOL, default 100,000 items), then replay it as ASSAY_BENCH_ITEMS / pool disjoint copies into
 * one analyser through addFeatured (the distributed coordinator's merge path): each copy gets its own ids,
 * its own actors, its sketches XOR-ed with a per-copy constant and its cross-lingual keys mixed with the copy
 * number, so copies never join each other and every copy has the pool's clusters, narratives and planted
 * groups. Measures what the text work does not change: the memory held per item, and the LSH, clustering,
 * narrative and coordination step at full size, with peak RSS. The per-item text work is measured on the pool.
 *
 *   TZ=UTC node --import tsx bench/narrative10m-replay.ts     (ASSAY_BENCH_ITEMS, ASSAY_BENCH_POOL; not part of `npm run bench`)
 */
import { capabilities } from '../src/app/workspace.js';
import os from 'node:os';
import { generateStream } from './gen-stream.js';
import { NarrativeAnalyser, type Featurised } from '../src/core/narrative/narrative-analyser.js';
import { SpilledSketches } from '../src/adapters/narrative/spilled-sketches.js';
import { outletResolver } from '../src/app/narrative.js';
import type { StoredReport } from '../src/core/case/schemas.js';

const N = Number(process.env.ASSAY_BENCH_ITEMS ?? 10_000_000);
const POOL = Number(process.env.ASSAY_BENCH_POOL ?? 100_000);
const gib = (b: number) => (b / 2 ** 30).toFixed(2);
const peak = () => process.resourceUsage().maxRSS * 1024;
const opts = { eventTime: '2018-11-24T19:00:00.000Z', coordination: { permutations: 99 }, sensitivityMs: [60e3, 600e3, 3600e3, 86400e3] };

const featurer = new NarrativeAnalyser(outletResolver(capabilities.knowledge), opts);
const pool: { id: string; f: Featurised }[] = [];
const sigs = new Uint32Array(POOL * 64);
let c0 = process.cpuUsage();
let t = performance.now();
generateStream({ items: POOL, seed: 7 }, (it) => pool.push({ id: it.id, f: featurer.featurise(it as StoredReport, sigs, pool.length * 64) }));
let cpu = process.cpuUsage(c0);
console.log(`pool: ${POOL.toLocaleString('en')} items generated and featurised in ${((performance.now() - t) / 1000).toFixed(1)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s = ${((cpu.user + cpu.system) / POOL).toFixed(0)} µs an item (load ${os.loadavg()[0].toFixed(1)})`);

const store = new SpilledSketches(64, os.tmpdir());
const a = new NarrativeAnalyser(outletResolver(capabilities.knowledge), opts, store);
const one = new Uint32Array(64);
c0 = process.cpuUsage();
t = performance.now();
const copies = Math.ceil(N / POOL);
let n = 0;
for (let c = 0; c < copies && n < N; c++) {
  const x = (Math.imul(c + 1, 0x9e3779b1) >>> 0) || 1;
  for (let j = 0; j < POOL && n < N; j++, n++) {
    const { id, f } = pool[j];
    if ('skip' in f) {
      a.addFeatured(`${id}-${c}`, f, null, 0);
      continue;
    }
    for (let q = 0; q < 64; q++) one[q] = (sigs[j * 64 + q] ^ x) >>> 0;
    // an empty text's sketch stays empty (it never joins anything)
    if (sigs[j * 64] === 0xffffffff) one.fill(0xffffffff);
    a.addFeatured(`${id}-${c}`, { ...f, actor: `${f.actor}-${c}`, xkey: f.xkey ? ((Math.imul(f.xkey, 31) ^ x) >>> 0) || 1 : 0 }, one, 0);
  }
  if ((c + 1) % 10 === 0) console.log(`  ${n.toLocaleString('en')} items merged: ${((performance.now() - t) / 1000).toFixed(0)} s, RSS ${gib(process.memoryUsage().rss)} GiB, peak ${gib(peak())} GiB`);
}
const t1 = performance.now();
const res = a.finish();
const t2 = performance.now();
store.close();
cpu = process.cpuUsage(c0);
console.log(`replay: ${n.toLocaleString('en')} items merged in ${((t1 - t) / 1000).toFixed(1)} s; LSH + clusters + narratives + coordination ${((t2 - t1) / 1000).toFixed(1)} s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s; peak RSS ${gib(peak())} GiB (target < 4 GiB); load ${os.loadavg()[0].toFixed(1)}`);
console.log(`  ${res.items.toLocaleString('en')} items kept, ${res.narratives.length} narratives, ${res.detail.duplicates.clusters.toLocaleString('en')} near-duplicate clusters, LSH candidates ${res.detail.lsh.candidates.toLocaleString('en')}, ${res.coordination.pairs.length} edges, ${res.coordination.groups.length} groups (${res.coordination.groups.filter((g) => g.p_value <= 0.05).length} at p <= 0.05)`);
console.log(JSON.stringify({ bench: 'narrative-10m-replay', items: n, pool: POOL, merge_seconds: +((t1 - t) / 1000).toFixed(1), finish_seconds: +((t2 - t1) / 1000).toFixed(1), peak_rss_gib: +gib(peak()) }));
