/**
 * One engine build in its own isolate, for bench/agents-ab.ts (plain JavaScript: a worker thread does not get tsx's
 * loader): runs one-account differentials (op 'd') or extractions (op 'x') over the chunk of accounts it is sent and
 * answers with the CPU time it took.
 */
import { parentPort, workerData } from 'node:worker_threads';

const m = await import(workerData.engine);
const kb = m.loadAgentKb(m.capabilities.knowledge);
const texts = workerData.texts;
// the accounts as bench/agents.bench.ts makes them: the texts cycled, every third a medic
const accounts = Array.from({ length: workerData.n }, (_, i) => ({ text: texts[i % texts.length], role: i % 3 ? 'witness' : 'medic', reliability: 0.7 }));
let sink = 0;
parentPort.on('message', ({ op, from, to }) => {
  if (op === 'gc') {
    globalThis.gc?.();
    parentPort.postMessage({ cpu: 0 });
    return;
  }
  const c0 = process.cpuUsage();
  if (op === 'x') for (let i = from; i < to; i++) sink += m.extractFeatures(accounts[i].text).features.size;
  else for (let i = from; i < to; i++) sink += m.runDifferential(kb, [accounts[i]]).agents.length;
  const c = process.cpuUsage(c0);
  parentPort.postMessage({ cpu: (c.user + c.system) / 1e3, sink });
});
parentPort.postMessage({ ready: true });
