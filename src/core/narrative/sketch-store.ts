/**
 * Where the narrative engine keeps its per-item MinHash sketches (docs/scale-out.md, "10 million items in one
 * process"). A sketch is 64 numbers (256 bytes) an item, five sixths of the engine's memory: at 10M items
 * 2.56 GB, and a doubling array would copy it once more while it grows. A SketchStore takes the sketches in
 * reading order and gives them back as a SketchReader (minhash-sketch.ts): a sequential scan for the LSH
 * banding and a random read of one sketch to verify a candidate pair; lshJoin reads any store the same way,
 * so the pairs, their order and the clusters do not depend on where the sketches are.
 *
 * PagedSketches keeps them in memory in fixed-size pages (no doubling, no copy); the file-backed store for
 * 10M items and more is src/adapters/narrative/spilled-sketches.ts. Pure: no IO here.
 */
import type { SketchReader } from './minhash-sketch.js';

export interface SketchStore extends SketchReader {
  /** sketches appended so far */
  readonly size: number;
  /** appends one sketch: src[at .. at+k) */
  append(src: Uint32Array, at: number): void;
}

/** Sketches in memory, in pages of `pageItems` items (16 MiB at 64 numbers a sketch). */
export class PagedSketches implements SketchStore {
  private readonly pages: Uint32Array[] = [];
  private n = 0;
  constructor(
    readonly k: number,
    private readonly pageItems = 65_536,
  ) {}
  get size(): number {
    return this.n;
  }
  append(src: Uint32Array, at: number): void {
    const p = Math.floor(this.n / this.pageItems);
    const o = (this.n - p * this.pageItems) * this.k;
    if (p === this.pages.length) this.pages.push(new Uint32Array(Math.min(this.pageItems, 1024) * this.k));
    else if (o === this.pages[p].length) {
      // a short stream keeps a short first page: it doubles up to the page size, never beyond
      const grown = new Uint32Array(Math.min(this.pageItems * this.k, 2 * this.pages[p].length));
      grown.set(this.pages[p]);
      this.pages[p] = grown;
    }
    this.pages[p].set(src.subarray(at, at + this.k), o);
    this.n++;
  }
  scan(fn: (block: Uint32Array, first: number, count: number) => void): void {
    for (let p = 0; p < this.pages.length; p++) {
      const first = p * this.pageItems;
      fn(this.pages[p], first, Math.min(this.pageItems, this.n - first));
    }
  }
  read(i: number, out: Uint32Array): void {
    const p = Math.floor(i / this.pageItems);
    const o = (i - p * this.pageItems) * this.k;
    out.set(this.pages[p].subarray(o, o + this.k));
  }
}
