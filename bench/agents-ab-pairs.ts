/**
 * A/B of two builds of the agent engine with both measurements of a round running AT THE SAME TIME (session 26,
 * speedalloc; docs/agent-differential.md §7.00052-speedalloc). bench/agents-ab-procs.ts runs its processes one after the
 * other, so on a shared machine each measurement sees a different load: at load 13-22 (8 rooms on 2 cores) its per-round
 * ratios spread 0.87-1.24 for a change of under 1%. Here each round starts one fresh process per tree together (the same
 * bundles and the same single-thread sequence, bench/agents-ab-proc.mjs: 500 warm-up differentials, extraction only over
 * N accounts, the one-account pass, the target's line, and it again warm), so both see the same load over the same
 * minutes; an A/A run (the start tree against a copy of its bundle, 3 rounds at load 18-22) read 0.970-1.024 per round.
 * Per line: CPU us per account by round, the head/base ratio per round and their geometric mean (below 1: head faster).
 * The two processes compete for the same cores and caches, so the absolute figures are not the bench's; the ratios are
 * what this measures. Usage: node --import tsx bench/agents-ab-pairs.ts BASE_TREE HEAD_TREE [N=20000] [ROUNDS=4]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentBenchTexts, bundleAgentEngine } from './agents-ab-engine.js';

const [baseTree, headTree, nArg, roundsArg] = process.argv.slice(2);
if (!baseTree || !headTree) {
  console.error('usage: agents-ab-pairs.ts BASE_TREE HEAD_TREE [N] [ROUNDS]');
  process.exit(2);
}
const N = Number(nArg ?? 20000);
const ROUNDS = Math.max(1, Number(roundsArg ?? 4));
const here = path.dirname(fileURLToPath(import.meta.url));
const texts = agentBenchTexts();
const textsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'agents-ab-pairs-')), 'texts.json');
fs.writeFileSync(textsFile, JSON.stringify(texts));
const files = { base: bundleAgentEngine(baseTree, 'agents-engine-pairs'), head: bundleAgentEngine(headTree, 'agents-engine-pairs') };
const LINES = ['extraction only', 'one account, first pass (target)', 'one account, warm'] as const;

/** one fresh process on one engine, started now: CPU us per account of each line */
function measure(engine: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--expose-gc', path.join(here, 'agents-ab-proc.mjs'), engine, textsFile, String(N)], { env: { ...process.env, TZ: 'UTC' } });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`measurement failed (${engine}): ${err}`))));
  });
}
const f = (x: number) => x.toFixed(1);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const geo = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const runs: Record<'base' | 'head', number[][]> = { base: [], head: [] };
for (let round = 0; round < ROUNDS; round++) {
  const [b, h] = await Promise.all([measure(files.base), measure(files.head)]);
  runs.base.push(b);
  runs.head.push(h);
  console.log(`round ${round + 1}/${ROUNDS} (both at once, load ${os.loadavg()[0].toFixed(1)}): ` + LINES.map((l, i) => `${l} ${(h[i] / b[i]).toFixed(3)}`).join(', '));
}
console.log(`bench sequence, base and head processes run together, N = ${N}, ${texts.length} texts, ${ROUNDS} rounds; CPU us per account (accounts/s by CPU, while the pair competes), medians over rounds`);
LINES.forEach((label, i) => {
  const b = runs.base.map((r) => r[i]);
  const h = runs.head.map((r) => r[i]);
  const ratios = h.map((x, k) => x / b[k]);
  console.log(`${label.padEnd(34)} base ${f(med(b))} (${Math.round(1e6 / med(b))}/s) head ${f(med(h))} (${Math.round(1e6 / med(h))}/s) head/base geometric mean ${geo(ratios).toFixed(3)} (rounds ${ratios.map((x) => x.toFixed(3)).join(' ')}; spread ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)})`);
});
