/**
 * Where the target line's first-pass excess sits (session 29, agspeed; docs/agent-differential.md §7.00056-agspeed): runs
 * bench/agents.bench.ts's single-thread sequence on one tree's bundled engine (500 warm-up differentials, extraction only over
 * N accounts, then the one-account pass, the target's line) and prints the target pass's CPU per account cycle by cycle of the
 * bench's distinct texts (each cycle is every text once), then the same for the warm pass after it. The cycles after the first
 * few are the steady cost; the excess of the first ones over them is the first pass's (recompiles after deoptimisation, the
 * term caches' first fill, the promotion of what they keep). Usage: node --import tsx bench/agents-cycles.ts TREE [N=20000]
 */
import { agentBenchTexts, bundleAgentEngine } from './agents-ab-engine.js';

const [tree, nArg] = process.argv.slice(2);
if (!tree) {
  console.error('usage: agents-cycles.ts TREE [N]');
  process.exit(2);
}
const N = Number(nArg ?? 20000);
const m = await import(bundleAgentEngine(tree, 'agents-engine-cycles'));
const kb = m.loadAgentKb(m.capabilities.knowledge);
const texts = agentBenchTexts();
const accounts = Array.from({ length: N }, (_, i) => ({ text: texts[i % texts.length], role: i % 3 ? 'witness' : 'medic', reliability: 0.7 }));
for (let i = 0; i < 500; i++) m.runDifferential(kb, [accounts[i]]);
let sink = 0;
const c0 = process.cpuUsage();
for (const a of accounts) sink += m.extractFeatures(a.text).features.size;
const ex = process.cpuUsage(c0);
/** the one-account pass over the N accounts: CPU us per account of each cycle of the texts (the last may be partial) */
function cycles(): number[] {
  const out: number[] = [];
  let c = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    sink += m.runDifferential(kb, [accounts[i]]).agents.length;
    if ((i + 1) % texts.length === 0 || i === N - 1) {
      const d = process.cpuUsage(c);
      out.push(Math.round((d.user + d.system) / ((i % texts.length) + 1)));
      c = process.cpuUsage();
    }
  }
  return out;
}
const target = cycles();
const warm = cycles();
console.log(`${texts.length} texts, N = ${N}; CPU us per account. extraction only ${((ex.user + ex.system) / N).toFixed(0)}`);
console.log(`target pass by cycle: ${target.join(' ')}`);
console.log(`warm pass by cycle:   ${warm.join(' ')}${sink < 0 ? ' ' : ''}`);
