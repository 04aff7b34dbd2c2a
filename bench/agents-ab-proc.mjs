/**
 * One measurement for bench/agents-ab-procs.ts, in a process of its own (plain JavaScript: run by node without tsx):
 * loads one bundled engine, builds the bench's accounts (the texts cycled, every third a medic), and runs
 * bench/agents.bench.ts's single-thread sequence: 500 warm-up differentials, extraction only over N accounts, the
 * one-account differentials over N (the target's line), and them again (warm). Prints the CPU us per account of the
 * three lines as one JSON array.
 * Usage: node --expose-gc bench/agents-ab-proc.mjs ENGINE.mjs TEXTS.json N
 */
import fs from 'node:fs';

const [engine, textsFile, nArg] = process.argv.slice(2);
const m = await import(engine);
const kb = m.loadAgentKb(m.capabilities.knowledge);
const texts = JSON.parse(fs.readFileSync(textsFile, 'utf8'));
const N = Number(nArg);
const accounts = Array.from({ length: N }, (_, i) => ({ text: texts[i % texts.length], role: i % 3 ? 'witness' : 'medic', reliability: 0.7 }));
for (let i = 0; i < 500; i++) m.runDifferential(kb, [accounts[i]]);
let sink = 0;
const cpu = (fn) => {
  globalThis.gc?.();
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / N;
};
const out = [
  cpu(() => {
    for (const a of accounts) sink += m.extractFeatures(a.text).features.size;
  }),
  cpu(() => {
    for (const a of accounts) sink += m.runDifferential(kb, [a]).agents.length;
  }),
  cpu(() => {
    for (const a of accounts) sink += m.runDifferential(kb, [a]).agents.length;
  }),
];
console.log(JSON.stringify(out) + (sink < 0 ? ' ' : ''));
