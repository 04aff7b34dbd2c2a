/**
 * A/B of two builds of the agent engine, each in its own PROCESS (session 23; docs/agent-differential.md §7.00046-speed).
 * bench/agents-ab.ts runs both engines in worker threads of one process, which share the process's V8 flags: a change
 * that sets one (e.g. --no-regexp-tier-up, tried in session 23 and not landed) reaches the base engine too, and that harness cannot see it. Here each
 * measurement is a fresh `node` process that loads one tree's bundled engine (bundled as bench/agents-ab.ts does, with
 * the composition root first, as the bench imports it: TREE/bench/out/agents-engine-procs.mjs) and runs bench/agents.bench.ts's single-thread sequence on it: 500 warm-up
 * differentials, the extraction-only pass over N accounts, the one-account pass (the target's line), and it again warm.
 * One process runs at a time; in each round base and head run one after the other, base first in even rounds and head
 * first in odd ones. Per line: CPU us per account by round, the head/base ratio per round, their geometric mean and
 * spread (ratio > 1: head slower). Processes, unlike isolates, share nothing, so this also measures what the flags do.
 * Usage: node --import tsx bench/agents-ab-procs.ts BASE_TREE HEAD_TREE [N=20000] [ROUNDS=4]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentBenchTexts, bundleAgentEngine } from './agents-ab-engine.js';

const [baseTree, headTree, nArg, roundsArg] = process.argv.slice(2);
if (!baseTree || !headTree) {
  console.error('usage: agents-ab-procs.ts BASE_TREE HEAD_TREE [N] [ROUNDS]');
  process.exit(2);
}
const N = Number(nArg ?? 20000);
const ROUNDS = Math.max(1, Number(roundsArg ?? 4));
const here = path.dirname(fileURLToPath(import.meta.url));

// the bench's texts, written once for the child processes
const texts = agentBenchTexts();
const textsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'agents-ab-procs-')), 'texts.json');
fs.writeFileSync(textsFile, JSON.stringify(texts));

const files = { base: bundleAgentEngine(baseTree, 'agents-engine-procs'), head: bundleAgentEngine(headTree, 'agents-engine-procs') };
const LINES = ['extraction only', 'one account, first pass (target)', 'one account, warm'] as const;
/** one fresh process on one engine: CPU us per account of each line */
function measure(engine: string): number[] {
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(here, 'agents-ab-proc.mjs'), engine, textsFile, String(N)], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  if (r.status !== 0) throw new Error(`measurement failed (${engine}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}
const f = (x: number) => x.toFixed(1);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const geo = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const runs: Record<'base' | 'head', number[][]> = { base: [], head: [] };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? (['head', 'base'] as const) : (['base', 'head'] as const);
  for (const name of order) runs[name].push(measure(files[name]));
  console.log(`round ${round + 1}/${ROUNDS} (${order[0]} first): ` + LINES.map((l, i) => `${l} ${(runs.head[round][i] / runs.base[round][i]).toFixed(3)}`).join(', '));
}
console.log(`bench sequence, one process per measurement, N = ${N}, ${texts.length} texts, ${ROUNDS} rounds (orders alternating); CPU us per account (accounts/s by CPU), medians over rounds`);
LINES.forEach((label, i) => {
  const b = runs.base.map((r) => r[i]);
  const h = runs.head.map((r) => r[i]);
  const ratios = h.map((x, k) => x / b[k]);
  console.log(`${label.padEnd(34)} base ${f(med(b))} (${Math.round(1e6 / med(b))}/s) head ${f(med(h))} (${Math.round(1e6 / med(h))}/s) head/base geometric mean ${geo(ratios).toFixed(3)} (rounds ${ratios.map((x) => x.toFixed(3)).join(' ')}; spread ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)})`);
});
if (ROUNDS % 2) console.log('(an odd number of rounds: the order bias is not cancelled)');
