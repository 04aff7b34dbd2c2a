/**
 * Where the narrative engine's work runs when a stream is long (docs/scale-out.md, "10 million items in one
 * process"): featurising on worker threads, one per core, and the per-item sketches on a temporary file. The
 * engine itself is pure (src/core/narrative) and gives the same result either way; the default adapters are in
 * src/adapters/narrative; the workspace module picks them.
 */
import type { StoredReport } from '../core/case/schemas.js';
import type { AnalyseOptions, NarrativeAnalyser } from '../core/narrative/narrative-analyser.js';
import type { OutletEntry } from '../core/narrative/outlet-registry.js';
import type { SketchStore } from '../core/narrative/sketch-store.js';

/** Featurises reports on worker threads and replays the features into an analyser in reading order. */
export interface Featuriser {
  /** adds reports in reading order; resolves when they are sent (waiting while the threads are behind) */
  add(reports: Iterable<StoredReport>): Promise<void>;
  /** waits until every report added is merged into the analyser */
  drain(): Promise<void>;
  /** stops the threads (after drain, or to abandon the run) */
  close(): Promise<void>;
}

/** A sketch store that holds a resource (a file) until closed. */
export interface ClosableSketchStore extends SketchStore {
  close(): void;
}

export interface NarrativeCompute {
  /** featurising threads worth starting on this machine */
  threads(): number;
  /** a featuriser on `threads` worker threads for `analyser`, whose threads analyse with `opts` and the outlet registry `outlets` */
  featuriser(analyser: NarrativeAnalyser, opts: AnalyseOptions, outlets: readonly OutletEntry[], o: { threads: number }): Featuriser;
  /** sketches of `k` numbers an item on a temporary file */
  spilledSketches(k: number): ClosableSketchStore;
}
