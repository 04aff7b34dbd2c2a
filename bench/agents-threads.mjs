/**
 * The bench's sequence (500 warm-up differentials, the extraction-only pass, the one-account first pass, the warm pass;
 * N = 20,000 accounts, bench/agents.bench.ts's texts and roles) for one bundled engine, with the CPU time of the main
 * thread and of the process's other threads (V8's compile and GC helpers) read apart from /proc/self/task (Linux only).
 * The first pass's excess over the warm pass is mostly optimising compiles, which run on the other threads and which
 * process.cpuUsage() folds into the figure (docs/agent-differential.md §7.00037-speed).
 * Usage: node --import tsx bench/agents-texts.ts /tmp/texts.json; node --expose-gc bench/agents-threads.mjs TREE/bench/out/agents-engine.mjs /tmp/texts.json
 * (the engine as bench/agents-ab.ts bundles it)
 */
import fs from 'node:fs';
const [engine, textsFile] = process.argv.slice(2);
const m = await import(engine);
const kb = m.loadAgentKb(m.capabilities.knowledge);
const texts = JSON.parse(fs.readFileSync(textsFile, 'utf8'));
const N = 20000;
const accounts = Array.from({ length: N }, (_, i) => ({ text: texts[i % texts.length], role: i % 3 ? 'witness' : 'medic', reliability: 0.7 }));
const tick = 1e3 / 100; // ms per clock tick
function threads() {
  const out = { main: 0, other: 0 };
  for (const t of fs.readdirSync('/proc/self/task')) {
    const st = fs.readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(f[11]) + Number(f[12])) * tick;
    if (Number(t) === process.pid) out.main += cpu; else out.other += cpu;
  }
  return out;
}
let sink = 0;
for (let i = 0; i < 500; i++) sink += m.runDifferential(kb, [accounts[i]]).agents.length;
let a = threads();
for (const a2 of accounts) sink += m.extractFeatures(a2.text).features.size;
let b = threads();
console.log(`x main ${(b.main - a.main).toFixed(0)} ms other ${(b.other - a.other).toFixed(0)} ms`);
globalThis.gc?.();
a = threads();
for (const a2 of accounts) sink += m.runDifferential(kb, [a2]).agents.length;
b = threads();
console.log(`d main ${(b.main - a.main).toFixed(0)} ms other ${(b.other - a.other).toFixed(0)} ms`);
globalThis.gc?.();
a = threads();
for (const a2 of accounts) sink += m.runDifferential(kb, [a2]).agents.length;
b = threads();
console.log(`w main ${(b.main - a.main).toFixed(0)} ms other ${(b.other - a.other).toFixed(0)} ms`);
