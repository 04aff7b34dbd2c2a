/**
 * Agent differential figure (docs/agent-differential.md): accounts per second through extraction + inference (target >= 10,000/s).
 * Accounts are real text: the Syrian Archive incident summaries (English and Arabic, 40-1,500 characters) and
 * the development splits' accounts (never a frozen test split's: eval/agents/load.ts DEVELOPMENT_SPLITS), cycled to N. Three timings: extraction alone; extraction + a one-account
 * differential per account (the `assay agents --text` path); and incidents of 10 accounts each. The one-account
 * figure (the target's) is a first pass: it includes the term pass's first stemming of every distinct word and V8's
 * optimising compiles. The one-account pass is timed once more at the end ("warm"), printed beside it, never instead
 * of it; then the extraction alone once more, as the differential calls it (with the KB's terms), warm: its gap to the
 * warm line is inference and the result building alone (session 26). Then the batch path (`assay agents --batch`, src/app/agents-pool.ts): the same accounts as incidents of one
 * account each, on one worker thread per core (started and warmed, 500 differentials a worker first, as above), and as
 * the CLI runs it (this thread and cores - 1 workers, the workers' start-up counted), with the same workers' second pass
 * ("again (warm)", beside the single thread's warm line). Those are printed beside the
 * single-thread figures, never instead of them: the target's line stays the single-thread one. CPU is the process's,
 * every thread's.
 * Usage: npm run bench -- agents   (BENCH_AGENTS_N=20000 by default)
 */
import { capabilities } from '../src/app/workspace.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadAgentKb } from '../src/app/agents.js';
import { sharedDataDir } from '../src/app/paths.js';
import { extractFeatures } from '../src/core/agents/feature-extraction.js';
import { DEVELOPMENT_SPLITS, loadIncidents, loadParaphrases } from '../eval/agents/load.js';
import { runDifferential, type Account } from '../src/core/agents/agent-differential.js';
import { DifferentialPool, poolThreads } from '../src/app/agents-pool.js';

const N = Number(process.env.BENCH_AGENTS_N ?? 20_000);
const kb = loadAgentKb(capabilities.knowledge);

const texts: string[] = [];
const sa = path.join(sharedDataDir, 'syrian-archive-cw-incidents', 'incidents.json');
if (fs.existsSync(sa)) for (const x of JSON.parse(fs.readFileSync(sa, 'utf8'))) for (const k of ['summary_en', 'summary_ar']) if (x[k]) texts.push(x[k]);
for (const s of DEVELOPMENT_SPLITS.incidents) for (const inc of loadIncidents(s)) for (const a of inc.accounts) texts.push(a.text ?? '');
for (const s of DEVELOPMENT_SPLITS.paraphrases) for (const p of loadParaphrases(s)) texts.push(p.accounts[0].text ?? '');
const meanLen = texts.reduce((s, t) => s + t.length, 0) / texts.length;
const accounts: Account[] = Array.from({ length: N }, (_, i) => ({ text: texts[i % texts.length], role: i % 3 ? 'witness' : 'medic', reliability: 0.7 }));

// warm-up (JIT, regex compilation)
for (let i = 0; i < 500; i++) runDifferential(kb, [accounts[i]]);

/** Wall-clock rate, and the rate on this process's CPU time (user + system): on a shared, busy machine the wall
 * clock also counts the time other processes held the cores, so both are printed; the target is on the wall clock. */
function time(label: string, fn: () => void, count: number): number {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  fn();
  return report(label, t0, c0, count);
}

/** The same for work on worker threads: process.cpuUsage() is the whole process's, every thread's CPU counted. */
async function timeAsync(label: string, fn: () => Promise<void>, count: number): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  await fn();
  return report(label, t0, c0, count);
}

function report(label: string, t0: bigint, c0: NodeJS.CpuUsage, count: number): number {
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const rate = count / s;
  console.log(`${label.padEnd(52)} ${count} accounts in ${s.toFixed(2)} s = ${Math.round(rate).toLocaleString('en')} accounts/s (CPU ${cpu.toFixed(2)} s = ${Math.round(count / cpu).toLocaleString('en')}/s)`);
  return rate;
}

console.log(`texts: ${texts.length} distinct (Syrian Archive EN+AR summaries and eval accounts), mean ${Math.round(meanLen)} chars; N = ${N}`);
let sink = 0;
time('extraction only', () => {
  for (const a of accounts) sink += extractFeatures(a.text!).features.size;
}, N);
const rate = time('extraction + inference, one account per differential', () => {
  for (const a of accounts) sink += runDifferential(kb, [a]).agents.length;
}, N);
time('extraction + inference, incidents of 10 accounts', () => {
  for (let i = 0; i < N; i += 10) sink += runDifferential(kb, accounts.slice(i, i + 10)).agents.length;
}, N);
// last, so the three timings above measure what they always did
time('extraction + inference, one account, again (warm)', () => {
  for (const a of accounts) sink += runDifferential(kb, [a]).agents.length;
}, N);
// (session 26) the extraction as the differential calls it, with the KB's terms (the "extraction only" line above reads
// without them, so its gap to the target's line is the term pass's first use and inference together), on the warm
// engine: its gap to the warm line above is inference and the result alone. Printed after the target's lines, so that
// they measure what they always did (docs/agent-differential.md §7.00052-speedinf).
time('extraction with the KB\'s terms (warm; gap to the warm line: inference)', () => {
  for (const a of accounts) sink += extractFeatures(a.text!, { terms: kb.terms }).features.size;
}, N);
// the batch path (src/app/agents-pool.ts), the same accounts as incidents of one account each. First on one worker per
// core and no work on this thread, the workers started and warmed (500 differentials a worker, as this thread had);
// then as `assay agents --batch` runs it: this thread and cores - 1 workers, the workers' start-up counted (this thread
// is warm from the lines above; the workers start from source through tsx here, dearer than the built CLI's)
const cores = os.availableParallelism();
const threads = poolThreads();
const incidents = accounts.map((a) => ({ accounts: [a] }));
const workers = new DifferentialPool(capabilities.knowledge, threads, { caller: false });
await workers.run(incidents.slice(0, 500 * threads), 'json');
await timeAsync(`extraction + inference, batch on ${threads} workers (${cores} cores; one account per incident)`, async () => {
  sink += (await workers.run(incidents, 'json')).length;
}, N);
// (session 25) the same workers over the same batch again: each worker has now seen every text once, as this thread had
// before its "again (warm)" line; the line to set beside that one (the batch lines also write each result as JSON, the
// single-thread lines do not)
await timeAsync(`extraction + inference, batch on ${threads} workers, again (warm)`, async () => {
  sink += (await workers.run(incidents, 'json')).length;
}, N);
await workers.close();
let share = '';
await timeAsync(`extraction + inference, batch as \`assay agents --batch\` (this thread + ${threads - 1} worker${threads === 2 ? '' : 's'}, ${cores} cores), start-up counted`, async () => {
  const pool = new DifferentialPool(capabilities.knowledge, threads);
  sink += (await pool.run(incidents, 'json')).length;
  share = `(this thread ${pool.lastRun.caller}, workers ${pool.lastRun.workers})`;
  await pool.close();
}, N);
console.log(`  ${share}`);
console.log(`target >= 10,000 accounts/s: ${rate >= 10_000 ? 'met' : 'NOT met'} (${Math.round(rate).toLocaleString('en')}/s)${sink < 0 ? '' : ''}`);
