/**
 * The `NarrativeCompute` port (src/ports/narrative-compute.ts) on this machine: featurising on worker threads
 * (parallel-featuriser.ts) and sketches spilled to a temporary file (spilled-sketches.ts).
 */
import type { NarrativeCompute } from '../../ports/narrative-compute.js';
import { ParallelFeaturiser, featuriseThreads } from './parallel-featuriser.js';
import { SpilledSketches } from './spilled-sketches.js';

export const threadedNarrative: NarrativeCompute = {
  threads: featuriseThreads,
  featuriser: (analyser, opts, outlets, o) => new ParallelFeaturiser(analyser, opts, outlets, o),
  spilledSketches: (k) => new SpilledSketches(k),
};
