/**
 * Worker-thread side of readReportsInWorker: parses and validates a reports file off the main thread and
 * posts batches, at most WINDOW ahead of what the main thread has taken (so memory stays bounded).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readReports, type ReadOptions, type ReadSummary } from './report-reader.js';
import { AssayError } from '../../core/errors.js';
import { reportContentDigest, reportsRootFast } from './report-digest.js';

const WINDOW = 3;
const port = parentPort!;
let inflight = 0;
let wake: (() => void) | null = null;
port.on('message', (m: { t: string }) => {
  if (m.t === 'ack') {
    inflight--;
    wake?.();
  }
});

async function run() {
  const { file, opts } = workerData as { file: string; opts: ReadOptions };
  const summary = {} as ReadSummary;
  let lastProgress = 0;
  try {
    const onProgress = (done: number, total: number) => {
      const now = Date.now();
      if (now - lastProgress < 100 && done < total) return;
      lastProgress = now;
      port.postMessage({ t: 'progress', done, total });
    };
    for await (const batch of readReports(file, { ...opts, onProgress }, summary)) {
      // Each report's custody hash and the batch's Merkle root (its reports-added entry) are computed by
      // whichever thread has time: here while the writing thread still holds batches not taken (it is the
      // slower one), there when it has taken them all and would wait for this one (this thread is the slower).
      // Same hashes either way (report-digest.ts); the two threads balance themselves.
      if (inflight > 0) {
        const digests = batch.map(reportContentDigest);
        port.postMessage({ t: 'batch', batch, digests, root: reportsRootFast(batch.map((r) => r.id), digests) });
      } else port.postMessage({ t: 'batch', batch });
      inflight++;
      while (inflight >= WINDOW) await new Promise<void>((r) => (wake = r));
      wake = null;
    }
    port.postMessage({ t: 'done', summary });
  } catch (e) {
    if (e instanceof AssayError) port.postMessage({ t: 'error', error: { code: e.code, message: e.bare, path: e.path, details: e.details } });
    else port.postMessage({ t: 'crash', message: (e as Error)?.message ?? String(e) });
  }
  port.close();
}

void run();
