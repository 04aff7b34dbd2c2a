/**
 * Where the agent bench's CPU goes, by line and by thread (session 32, agspeed; docs/agent-differential.md §7.00059-agspeed).
 * Runs bench/agents.bench.ts's single-thread sequence on one tree's bundled engine (500 warm-up differentials, extraction only,
 * the one-account pass (the target's line), it again warm, the extraction with the KB's terms warm) and prints, for each
 * line, the process's CPU per account split into the main thread's (the engine's own code, its first stemming of every
 * word, the interpreter before a function is optimised) and the other threads' (V8's optimising compiler and the garbage
 * collector's helpers, which process.cpuUsage() counts too). Then inference alone: each distinct text's extraction (with
 * the KB's terms) given back as coded features (the same ids and polarity, no text), one account a differential, warm:
 * the differential without extraction. The bench's "gap to the warm line" (warm minus extraction with terms) is not that
 * cost: it also holds what each part loses to the other's memory traffic when they alternate.
 * Linux only for the split (/proc/self/task/<tid>/stat; the main thread's id is the process's); elsewhere the process's
 * CPU alone. Usage: node --import tsx bench/agents-attribution.ts TREE [N=20000]
 */
import fs from 'node:fs';
import { agentBenchTexts, bundleAgentEngine } from './agents-ab-engine.js';

const [tree, nArg] = process.argv.slice(2);
if (!tree) {
  console.error('usage: agents-attribution.ts TREE [N]');
  process.exit(2);
}
const N = Number(nArg ?? 20000);
const m = await import(bundleAgentEngine(tree, 'agents-engine-attribution'));
const kb = m.loadAgentKb(m.capabilities.knowledge);
const texts = agentBenchTexts();
const accounts = Array.from({ length: N }, (_, i) => ({ text: texts[i % texts.length], role: i % 3 ? 'witness' : 'medic', reliability: 0.7 }));

/** the main thread's CPU so far, in microseconds (utime + stime of /proc/self/task/<pid>/stat, in 10 ms ticks), or null */
function mainThreadUs(): number | null {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // the fields after the command name (which may hold spaces) closed by ')': utime and stime are the 12th and 13th
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10_000;
  } catch {
    return null;
  }
}
let sink = 0;
/** CPU per account of fn over `count` accounts: the process's, the main thread's and the rest's */
function measure(label: string, fn: () => void, count = N): { all: number; main: number | null } {
  const m0 = mainThreadUs();
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  const m1 = mainThreadUs();
  const all = (c.user + c.system) / count;
  const main = m0 === null || m1 === null ? null : (m1 - m0) / count;
  const split = main === null ? '' : `  main thread ${main.toFixed(1)}, other threads ${(all - main).toFixed(1)}`;
  console.log(`${label.padEnd(44)} ${all.toFixed(1).padStart(7)} us/account (${Math.round(1e6 / all).toLocaleString('en')}/s)${split}`);
  return { all, main };
}

for (let i = 0; i < 500; i++) sink += m.runDifferential(kb, [accounts[i]]).agents.length;
console.log(`${texts.length} texts, N = ${N}; CPU per account (process = main thread + other threads)`);
measure('extraction only', () => {
  for (const a of accounts) sink += m.extractFeatures(a.text).features.size;
});
const target = measure('one account per differential (target)', () => {
  for (const a of accounts) sink += m.runDifferential(kb, [a]).agents.length;
});
const warm = measure('the same, again (warm)', () => {
  for (const a of accounts) sink += m.runDifferential(kb, [a]).agents.length;
});
const withTerms = measure("extraction with the KB's terms (warm)", () => {
  for (const a of accounts) sink += m.extractFeatures(a.text, { terms: kb.terms }).features.size;
});
// inference alone: the extraction's features as coded ones (an account's coded features are read as the text's would be, but
// with 'coded' for evidence and no named agents; the rows, sums and result objects are the same kind)
const coded = texts.map((text) => {
  const f: Record<string, boolean> = {};
  for (const [id, v] of m.extractFeatures(text, { terms: kb.terms }).features as Map<string, { present: boolean }>) f[id] = v.present;
  return f;
});
const codedAccounts = accounts.map((a, i) => ({ features: coded[i % texts.length], role: a.role, reliability: a.reliability }));
for (const a of codedAccounts.slice(0, texts.length)) sink += m.runDifferential(kb, [a]).agents.length;
const inference = measure('inference alone (coded features, warm)', () => {
  for (const a of codedAccounts) sink += m.runDifferential(kb, [a]).agents.length;
});
const d = (x: number | null, y: number | null) => (x === null || y === null ? '?' : (x - y).toFixed(1));
console.log(`first-pass excess (target - warm): ${(target.all - warm.all).toFixed(1)} us (main thread ${d(target.main, warm.main)}, other threads ${d(target.all - (target.main ?? 0), warm.all - (warm.main ?? 0))})`);
console.log(`warm - extraction with terms: ${(warm.all - withTerms.all).toFixed(1)} us; inference alone ${inference.all.toFixed(1)} us${sink < 0 ? ' ' : ''}`);
