/**
 * A/B of two builds of the munition reader (readDelivery) in one process (docs/agent-differential.md §7.00037-mun), as
 * bench/agents-ab.ts does for the agent engine: each tree's reader is bundled with esbuild into
 * TREE/bench/out/munitions-reader.mjs and loaded in its own worker thread (its own V8 isolate); both read the same chunks
 * of the same descriptions in turn, who goes first alternating, one running at a time, and the CPU time of each chunk is
 * summed per build. A third isolate runs the head build with the KB's senses left out (what the sense checks cost).
 * Descriptions: the munitions development split (munitions-dev-v1, 77 short descriptions) and, as longer texts, the
 * Syrian Archive incident summaries (EN and AR, shared data; skipped when absent).
 * Usage: node --expose-gc --import tsx bench/munitions-ab.ts BASE_TREE HEAD_TREE [ROUNDS=7]
 * (a base tree made with `git archive REV | tar x -C DIR` needs node_modules, e.g. a symlink to this checkout's)
 */
import { Worker } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataDir } from '../src/app/paths.js';
import { parse } from 'yaml';
import { MUNITIONS_EVAL_DIR } from '../eval/munitions/load.js';

const [baseTree, headTree, roundsArg] = process.argv.slice(2);
if (!baseTree || !headTree) {
  console.error('usage: munitions-ab.ts BASE_TREE HEAD_TREE [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 7);
const here = path.dirname(fileURLToPath(import.meta.url));
function bundle(tree: string): string {
  const out = path.resolve(tree, 'bench', 'out');
  fs.mkdirSync(out, { recursive: true });
  const entry = path.join(out, 'munitions-reader-entry.ts');
  fs.writeFileSync(
    entry,
    ["export { readDelivery } from '../../src/core/munitions/munition-compatibility.js';", "export { loadMunitionKb } from '../../src/app/agents.js';", "export { capabilities } from '../../src/app/workspace.js';", ''].join('\n'),
  );
  const file = path.join(out, 'munitions-reader.mjs');
  const r = spawnSync(path.resolve(here, '..', 'node_modules', '.bin', 'esbuild'), [entry, '--bundle', '--platform=node', '--format=esm', '--keep-names', '--external:better-sqlite3', '--external:pg', '--log-level=warning', `--outfile=${file}`, "--banner:js=import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);"], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`esbuild failed for ${tree}`);
  return file;
}

const dev: string[] = (parse(fs.readFileSync(path.join(MUNITIONS_EVAL_DIR, 'munitions-dev-v1.yaml'), 'utf8')).items as { text: string }[]).map((x) => x.text);
const long: string[] = [];
const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) long.push(x[k]);
const texts = [...dev, ...long];

type Eng = { name: string; run: (op: string, from: number, to: number, reps?: number) => Promise<number> };
const start = (name: string, engine: string, noSenses = false) =>
  new Promise<Eng>((res) => {
    const w = new Worker(new URL('./munitions-ab-worker.mjs', import.meta.url), { workerData: { engine, texts, noSenses } });
    let pending: ((x: number) => void) | null = null;
    w.on('message', (m) => (m.ready ? res({ name, run: (op, from, to, reps = 1) => new Promise((r) => ((pending = r), w.postMessage({ op, from, to, reps }))) }) : pending!(m.cpu)));
    w.on('error', (e) => {
      console.error(e);
      process.exit(1);
    });
  });
const headFile = bundle(headTree);
const engines = [await start('base', bundle(baseTree)), await start('head', headFile), await start('head-nosense', headFile, true)];
/** one pass over texts [from, to) in chunks, the engines in turn (the order rotating); CPU us per description */
async function pass(from: number, to: number, ch: number, reps: number, k0: number): Promise<Record<string, number>> {
  const tot: Record<string, number> = {};
  for (let c = from, k = k0; c < to; c += ch, k++) {
    const order = engines.map((_, i) => engines[(i + k) % engines.length]);
    for (const e of order) tot[e.name] = (tot[e.name] ?? 0) + (await e.run('r', c, Math.min(to, c + ch), reps));
  }
  for (const n of Object.keys(tot)) tot[n] = (tot[n] * 1000) / ((to - from) * reps);
  return tot;
}
for (const e of engines) await e.run('r', 0, texts.length, 3); // warm-up
for (const e of engines) await e.run('gc', 0, 0);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x: number) => x.toFixed(2);
for (const [label, from, to, reps] of [
  ['munitions-dev-v1 (77 descriptions)', 0, dev.length, 20],
  [`Syrian Archive summaries (${long.length} texts)`, dev.length, texts.length, 3],
] as const) {
  if (to <= from) continue;
  const runs: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    const t = await pass(from, to, 11, reps, r);
    for (const [n, x] of Object.entries(t)) (runs[n] ??= []).push(x);
  }
  const ratios = (a: string) => runs[a].map((x, i) => x / runs.base[i]);
  const min = (xs: number[]) => Math.min(...xs);
  console.log(`${label}: CPU us per description, median of ${rounds} passes: base ${f(med(runs.base))}, head ${f(med(runs.head))}, head without senses ${f(med(runs['head-nosense']))} (fastest pass: ${f(min(runs.base))}, ${f(min(runs.head))}, ${f(min(runs['head-nosense']))})`);
  console.log(`  head/base median ${med(ratios('head')).toFixed(3)} (passes ${ratios('head').map((x) => x.toFixed(2)).join(' ')}); head-nosense/base ${med(ratios('head-nosense')).toFixed(3)}; head/head-nosense ${(med(runs.head) / med(runs['head-nosense'])).toFixed(3)}; fastest passes head/base ${(min(runs.head) / min(runs.base)).toFixed(3)}, head/head-nosense ${(min(runs.head) / min(runs['head-nosense'])).toFixed(3)}`);
}
process.exit(0);
