/**
 * One build of the munition reader in its own isolate, for bench/munitions-ab.ts (plain JavaScript: a worker thread
 * does not get tsx's loader): reads the descriptions of the chunk it is sent with readDelivery and answers with the
 * CPU time it took. With workerData.noSenses the KB's senses are left out (what the sense checks cost).
 */
import { parentPort, workerData } from 'node:worker_threads';

const m = await import(workerData.engine);
const full = m.loadMunitionKb(m.capabilities.knowledge);
const kb = workerData.noSenses ? { ...full, senses: new Map() } : full;
const texts = workerData.texts;
let sink = 0;
parentPort.on('message', ({ op, from, to, reps }) => {
  if (op === 'gc') {
    globalThis.gc?.();
    parentPort.postMessage({ cpu: 0 });
    return;
  }
  const c0 = process.cpuUsage();
  for (let r = 0; r < reps; r++) for (let i = from; i < to; i++) sink += m.readDelivery(kb, texts[i]).weights.length;
  const c = process.cpuUsage(c0);
  parentPort.postMessage({ cpu: (c.user + c.system) / 1e3, sink });
});
parentPort.postMessage({ ready: true });
