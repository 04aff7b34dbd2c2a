/**
 * A/B of two builds of the agent engine in one process (docs/agent-differential.md §7.00026): each tree's engine is
 * bundled with esbuild (`--keep-names`, as tsx runs it) into TREE/bench/out/agents-engine.mjs and loaded in its own
 * worker thread (its own V8 isolate: two engines in one isolate disturb each other's optimised code, and whichever ran
 * first was 1.4x faster). Both get the same chunks of the same accounts in turn, who goes first alternating, one running
 * at a time; the CPU time of each chunk is summed per engine, so both see the same machine load.
 * Mode "bench": bench/agents.bench.ts's sequence in each isolate (500 warm-up differentials, the extraction-only pass
 * over N accounts, the one-account pass, the target's figure, and it again warm), chunks of 1,000.
 * Mode "steady": passes over the bench texts (the first cold, then ROUNDS more), chunks of 100.
 * Usage: node --expose-gc --import tsx bench/agents-ab.ts BASE_TREE HEAD_TREE [bench [N=20000] | steady [ROUNDS=10]]
 * (a base tree made with `git archive REV | tar x -C DIR` needs node_modules, e.g. a symlink to this checkout's, and
 * ../shared beside it for the Syrian Archive texts the engine does not read)
 */
import { Worker } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataDir } from '../src/app/paths.js';
import { DEVELOPMENT_SPLITS, loadIncidents, loadParaphrases } from '../eval/agents/load.js';

const [baseTree, headTree, mode = 'bench', arg] = process.argv.slice(2);
if (!baseTree || !headTree) {
  console.error('usage: agents-ab.ts BASE_TREE HEAD_TREE [bench [N] | steady [ROUNDS]]');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
/** bundles TREE's engine into TREE/bench/out/agents-engine.mjs (inside the tree, so it finds its package root) */
function bundle(tree: string): string {
  const out = path.resolve(tree, 'bench', 'out');
  fs.mkdirSync(out, { recursive: true });
  const entry = path.join(out, 'agents-engine-entry.ts');
  fs.writeFileSync(
    entry,
    ["export { runDifferential } from '../../src/core/agents/agent-differential.js';", "export { extractFeatures } from '../../src/core/agents/feature-extraction.js';", "export { loadAgentKb } from '../../src/app/agents.js';", "export { capabilities } from '../../src/app/workspace.js';", ''].join('\n'),
  );
  const file = path.join(out, 'agents-engine.mjs');
  const r = spawnSync(path.resolve(here, '..', 'node_modules', '.bin', 'esbuild'), [entry, '--bundle', '--platform=node', '--format=esm', '--keep-names', '--external:better-sqlite3', '--external:pg', '--log-level=warning', `--outfile=${file}`, "--banner:js=import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);"], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`esbuild failed for ${tree}`);
  return file;
}

const texts: string[] = [];
const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) texts.push(x[k]);
for (const s of DEVELOPMENT_SPLITS.incidents) for (const inc of loadIncidents(s)) for (const a of inc.accounts) texts.push(a.text ?? '');
for (const s of DEVELOPMENT_SPLITS.paraphrases) for (const p of loadParaphrases(s)) texts.push(p.accounts[0].text ?? '');
const N = mode === 'bench' ? Number(arg ?? 20000) : texts.length;

type Eng = { name: string; run: (op: string, from: number, to: number) => Promise<number> };
const start = (name: string, engine: string) =>
  new Promise<Eng>((res) => {
    const w = new Worker(new URL('./agents-ab-worker.mjs', import.meta.url), { workerData: { engine, texts, n: N } });
    let pending: ((x: number) => void) | null = null;
    w.on('message', (m) => (m.ready ? res({ name, run: (op, from, to) => new Promise((r) => ((pending = r), w.postMessage({ op, from, to }))) }) : pending!(m.cpu)));
    w.on('error', (e) => {
      console.error(e);
      process.exit(1);
    });
  });
const engines = [await start('base', bundle(baseTree)), await start('head', bundle(headTree))];
const f = (x: number) => x.toFixed(1);
/** one pass of op over accounts [0, n) in chunks, the engines alternating; CPU us per account per engine */
async function pass(op: string, n: number, ch: number, flip: number): Promise<Record<string, number>> {
  const tot: Record<string, number> = { base: 0, head: 0 };
  for (let c = 0, k = 0; c < n; c += ch, k++) for (const e of (k + flip) % 2 ? [engines[1], engines[0]] : engines) tot[e.name] += await e.run(op, c, Math.min(n, c + ch));
  return { base: (tot.base * 1000) / n, head: (tot.head * 1000) / n };
}
if (mode === 'bench') {
  for (const e of engines) await e.run('d', 0, 500);
  const gc = async () => {
    for (const e of engines) await e.run('gc', 0, 0);
  };
  await gc();
  const x = await pass('x', N, 1000, 0);
  await gc();
  const d = await pass('d', N, 1000, 1);
  await gc();
  const w = await pass('d', N, 1000, 0);
  console.log(`bench sequence in two isolates, N = ${N}, ${texts.length} texts; CPU us per account (accounts/s by CPU)`);
  for (const [label, r] of [['extraction only', x], ['one account, first pass (target)', d], ['one account, warm', w]] as const)
    console.log(`${label.padEnd(34)} base ${f(r.base)} (${Math.round(1e6 / r.base)}/s) head ${f(r.head)} (${Math.round(1e6 / r.head)}/s) head/base ${(r.head / r.base).toFixed(3)}`);
} else {
  const rounds = Number(arg ?? 10);
  const first = await pass('d', N, 100, 0);
  const steady: Record<string, number[]> = { base: [], head: [] };
  for (let r = 0; r < rounds; r++) {
    const t = await pass('d', N, 100, r + 1);
    steady.base.push(t.base);
    steady.head.push(t.head);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const ratios = steady.head.map((h, i) => h / steady.base[i]);
  console.log(`${N} texts, chunks of 100, CPU us per account (one-account differential)`);
  console.log(`first pass (cold): base ${f(first.base)} head ${f(first.head)} head/base ${(first.head / first.base).toFixed(3)}`);
  console.log(`steady: median base ${f(med(steady.base))} head ${f(med(steady.head))}; head/base total ${(sum(steady.head) / sum(steady.base)).toFixed(3)}, median of the passes' ratios ${med(ratios).toFixed(3)}`);
}
process.exit(0);
