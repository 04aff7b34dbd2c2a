/**
 * A/B of two builds of the agent engine in one process (docs/agent-differential.md §7.00026): each tree's engine is
 * bundled with esbuild (`--keep-names`, as tsx runs it) into TREE/bench/out/agents-engine.mjs and loaded in its own
 * worker thread (its own V8 isolate: two engines in one isolate disturb each other's optimised code, and whichever ran
 * first was 1.4x faster). Both get the same chunks of the same accounts in turn, who goes first alternating, one running
 * at a time; the CPU time of each chunk is summed per engine, so both see the same machine load.
 * Mode "bench": bench/agents.bench.ts's sequence in each isolate (500 warm-up differentials, the extraction-only pass
 * over N accounts, the one-account pass, the target's figure, and it again warm), chunks of 1,000.
 * Mode "steady": passes over the bench texts (the first cold, then ROUNDS more), chunks of 100.
 * Order bias (session 17): with one fixed order the harness favoured the isolate started first (identical trees read
 * 1.02-1.05 on the target line, §7.00037-speed). So every measurement is now made in rounds of both orders: a round
 * starts fresh isolates, base first in even rounds and head first in odd ones (the first started also goes first in the
 * chunk alternation's even chunks); the head/base ratio of each line is printed per round, then the geometric mean over
 * the rounds (an even count: each order's bias cancels the other's) and the spread (least and greatest round).
 * Usage: node --expose-gc --import tsx bench/agents-ab.ts BASE_TREE HEAD_TREE [bench [N=20000] [ROUNDS=2] | steady [PASSES=10] [ROUNDS=2]]
 * (a base tree made with `git archive REV | tar x -C DIR` needs node_modules, e.g. a symlink to this checkout's, and
 * ../shared beside it for the Syrian Archive texts the engine does not read)
 */
import { Worker } from 'node:worker_threads';
import { agentBenchTexts, bundleAgentEngine } from './agents-ab-engine.js';

const [baseTree, headTree, mode = 'bench', arg, roundsArg] = process.argv.slice(2);
const ROUNDS = Math.max(1, Number(roundsArg ?? 2));
if (!baseTree || !headTree) {
  console.error('usage: agents-ab.ts BASE_TREE HEAD_TREE [bench [N] [ROUNDS] | steady [PASSES] [ROUNDS]]');
  process.exit(2);
}
const texts = agentBenchTexts();
const N = mode === 'bench' ? Number(arg ?? 20000) : texts.length;

type Eng = { name: string; run: (op: string, from: number, to: number) => Promise<number>; stop: () => Promise<number> };
const start = (name: string, engine: string) =>
  new Promise<Eng>((res) => {
    const w = new Worker(new URL('./agents-ab-worker.mjs', import.meta.url), { workerData: { engine, texts, n: N } });
    let pending: ((x: number) => void) | null = null;
    w.on('message', (m) => (m.ready ? res({ name, run: (op, from, to) => new Promise((r) => ((pending = r), w.postMessage({ op, from, to }))), stop: () => w.terminate() }) : pending!(m.cpu)));
    w.on('error', (e) => {
      console.error(e);
      process.exit(1);
    });
  });
const files = { base: bundleAgentEngine(baseTree, 'agents-engine'), head: bundleAgentEngine(headTree, 'agents-engine') };
const f = (x: number) => x.toFixed(1);
/** one pass of op over accounts [0, n) in chunks, the engines alternating; CPU us per account per engine */
async function pass(engines: Eng[], op: string, n: number, ch: number, flip: number): Promise<Record<string, number>> {
  const tot: Record<string, number> = { base: 0, head: 0 };
  for (let c = 0, k = 0; c < n; c += ch, k++) for (const e of (k + flip) % 2 ? [engines[1], engines[0]] : engines) tot[e.name] += await e.run(op, c, Math.min(n, c + ch));
  return { base: (tot.base * 1000) / n, head: (tot.head * 1000) / n };
}
/** fresh isolates for one round: base started first (and first in even chunks) in even rounds, head in odd ones */
async function isolates(r: number): Promise<Eng[]> {
  const order = r % 2 ? (['head', 'base'] as const) : (['base', 'head'] as const);
  const out: Eng[] = [];
  for (const name of order) out.push(await start(name, files[name]));
  return out;
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const geo = (xs: number[]) => Math.exp(sum(xs.map(Math.log)) / xs.length);
/** per line: each round's base and head (us per account); printed per round, then the ratios' geometric mean and spread */
const lines = new Map<string, { base: number[]; head: number[] }>();
function record(label: string, r: Record<string, number>) {
  let l = lines.get(label);
  if (!l) lines.set(label, (l = { base: [], head: [] }));
  l.base.push(r.base);
  l.head.push(r.head);
}
for (let round = 0; round < ROUNDS; round++) {
  const engines = await isolates(round);
  const first = engines[0].name;
  if (mode === 'bench') {
    for (const e of engines) await e.run('d', 0, 500);
    const gc = async () => {
      for (const e of engines) await e.run('gc', 0, 0);
    };
    await gc();
    record('extraction only', await pass(engines, 'x', N, 1000, 0));
    await gc();
    record('one account, first pass (target)', await pass(engines, 'd', N, 1000, 1));
    await gc();
    record('one account, warm', await pass(engines, 'd', N, 1000, 0));
  } else {
    const passes = Number(arg ?? 10);
    record('first pass (cold)', await pass(engines, 'd', N, 100, 0));
    const steady: Record<string, number[]> = { base: [], head: [] };
    for (let r = 0; r < passes; r++) {
      const t = await pass(engines, 'd', N, 100, r + 1);
      steady.base.push(t.base);
      steady.head.push(t.head);
    }
    record('steady, median pass', { base: med(steady.base), head: med(steady.head) });
    record('steady, total', { base: sum(steady.base) / passes, head: sum(steady.head) / passes });
  }
  for (const e of engines) await e.stop();
  console.log(`round ${round + 1}/${ROUNDS} (${first} started first): ` + [...lines].map(([label, l]) => `${label} ${(l.head[round] / l.base[round]).toFixed(3)}`).join(', '));
}
console.log(
  mode === 'bench'
    ? `bench sequence in two isolates, N = ${N}, ${texts.length} texts, ${ROUNDS} rounds (orders alternating); CPU us per account (accounts/s by CPU), medians over rounds`
    : `${N} texts, chunks of 100, one-account differential, ${ROUNDS} rounds (orders alternating); CPU us per account, medians over rounds`,
);
for (const [label, l] of lines) {
  const ratios = l.head.map((h, i) => h / l.base[i]);
  const b = med(l.base);
  const h = med(l.head);
  console.log(`${label.padEnd(34)} base ${f(b)} (${Math.round(1e6 / b)}/s) head ${f(h)} (${Math.round(1e6 / h)}/s) head/base geometric mean ${geo(ratios).toFixed(3)} (rounds ${ratios.map((x) => x.toFixed(3)).join(' ')}; spread ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)})`);
}
if (ROUNDS % 2) console.log('(an odd number of rounds: the order bias is not cancelled)');
process.exit(0);
