/**
 * Worker-thread side of ParallelFeaturiser (parallel-featuriser.ts): featurises the batches it is sent with
 * its own analyser (same options, same outlet registry) and posts each back as a FeatureBatch, its typed
 * arrays transferred. Bad input (an AssayError) goes back as the error; anything else as a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AssayError } from '../../core/errors.js';
import { NarrativeAnalyser, type AnalyseOptions } from '../../core/narrative/narrative-analyser.js';
import { OutletResolver, type OutletEntry } from '../../core/narrative/outlet-registry.js';
import { batchBuffers, featuriseBatch, type FeaturiseInput } from '../../core/narrative/feature-batch.js';

const { opts, outlets } = workerData as { opts: AnalyseOptions; outlets: OutletEntry[] };
const port = parentPort!;
let analyser: NarrativeAnalyser | null = null;
let broken: unknown = null;
try {
  analyser = new NarrativeAnalyser(new OutletResolver(outlets), opts);
} catch (e) {
  broken = e;
}

function failure(e: unknown) {
  if (e instanceof AssayError) return { error: { code: e.code, message: e.bare, path: e.path, details: e.details } };
  return { crash: (e as Error)?.stack ?? String(e) };
}

port.on('message', (m: { seq: number; reports: FeaturiseInput[] }) => {
  try {
    if (!analyser) throw broken;
    const batch = featuriseBatch(analyser, m.reports);
    port.postMessage({ seq: m.seq, batch }, batchBuffers(batch));
  } catch (e) {
    port.postMessage({ seq: m.seq, ...failure(e) });
  }
});
