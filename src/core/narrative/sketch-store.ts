/**
 * Where the narrative engine keeps its per-item MinHash sketches when the stream is too long for one typed
 * array (docs/scale-out.md, "10 million items in one process"). A sketch is 64 numbers (256 bytes) an item,
 * five sixths of the engine's memory: at 10M items 2.56 GB, and a doubling array copies it once more while it
 * grows. A SketchStore takes the sketches in reading order and gives them back two ways: a sequential scan
 * (the LSH banding reads every sketch once) and a random read of one sketch (verifying a candidate pair).
 *
 * lshJoinStored is lshJoin (minhash-sketch.ts) over a store: the same band hashes, the same packing of hash
 * and item index into one float64, the same sort, runs, representatives and threshold, so it joins exactly
 * the same pairs in the same order, and the clusters are the same. It keeps the band hashes (bands numbers
 * an item: 16 instead of 64) in memory and reads a full sketch only for an item in a bucket of two or more.
 *
 * PagedSketches keeps them in memory in fixed-size pages (no doubling, no copy); the file-backed store for
 * 10M items and more is src/adapters/narrative/spilled-sketches.ts. Pure: no IO here.
 */
import { combine32 } from './text-tokenise.js';
import type { SketchParams, UnionFind } from './minhash-sketch.js';

export interface SketchStore {
  /** numbers per sketch */
  readonly k: number;
  /** sketches appended so far */
  readonly size: number;
  /** appends one sketch: src[at .. at+k) */
  append(src: Uint32Array, at: number): void;
  /** calls fn over consecutive blocks of whole sketches in order: block holds `count` sketches, the first being item `first` */
  scan(fn: (block: Uint32Array, first: number, count: number) => void): void;
  /** copies sketch i into out[0 .. k) */
  read(i: number, out: Uint32Array): void;
}

/** An empty text's sketch starts with this value (minhash-sketch.ts). */
const EMPTY = 0xffffffff;

/** Sketches in memory, in pages of `pageItems` items. */
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
    if (p === this.pages.length) this.pages.push(new Uint32Array(this.pageItems * this.k));
    this.pages[p].set(src.subarray(at, at + this.k), (this.n - p * this.pageItems) * this.k);
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

/** lshJoin over a SketchStore (see the module comment): same pairs, same order, same union-find result. */
export function lshJoinStored(store: SketchStore, n: number, p: SketchParams, uf: UnionFind): { candidates: number; joined: number } {
  const k = p.k;
  const rows = Math.floor(k / p.bands);
  const bands = p.bands;
  const idxBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const hashBits = 53 - idxBits;
  const hashScale = 2 ** (hashBits - 32);
  const idxScale = 2 ** idxBits;
  // one sequential pass: every item's band hashes, and which sketches are empty
  const bandHash = new Uint32Array(n * bands);
  const empty = new Uint8Array(n);
  store.scan((block, first, count) => {
    for (let c = 0; c < count && first + c < n; c++) {
      const i = first + c;
      const base = c * k;
      if (block[base] === EMPTY) {
        empty[i] = 1;
        continue;
      }
      for (let band = 0; band < bands; band++) {
        let h = 0x811c9dc5 ^ band;
        const o = base + band * rows;
        for (let r = 0; r < rows; r++) h = combine32(h, block[o + r]);
        bandHash[i * bands + band] = h;
      }
    }
  });
  const keys = new Float64Array(n);
  const reps = new Int32Array(8);
  const repSig = new Uint32Array(8 * k);
  const itemSig = new Uint32Array(k);
  const similar = (q: number) => {
    const o = q * k;
    if (itemSig[0] === EMPTY || repSig[o] === EMPTY) return 0;
    let same = 0;
    for (let t = 0; t < k; t++) if (itemSig[t] === repSig[o + t]) same++;
    return same / k;
  };
  let candidates = 0;
  let joined = 0;
  for (let band = 0; band < bands; band++) {
    let m = 0;
    for (let i = 0; i < n; i++) {
      if (empty[i]) continue;
      keys[m++] = Math.floor(bandHash[i * bands + band] * hashScale) * idxScale + i;
    }
    const sorted = keys.subarray(0, m).sort();
    let runStart = 0;
    while (runStart < m) {
      const hk = Math.floor(sorted[runStart] / idxScale);
      let runEnd = runStart + 1;
      while (runEnd < m && Math.floor(sorted[runEnd] / idxScale) === hk) runEnd++;
      if (runEnd - runStart > 1) {
        let nr = 0;
        reps[nr] = sorted[runStart] % idxScale;
        store.read(reps[nr], itemSig);
        repSig.set(itemSig, nr * k);
        nr++;
        for (let t = runStart + 1; t < runEnd; t++) {
          const item = sorted[t] % idxScale;
          let loaded = false;
          let matched = false;
          for (let q = 0; q < nr; q++) {
            candidates++;
            if (uf.find(item) === uf.find(reps[q])) {
              matched = true;
              break;
            }
            if (!loaded) {
              store.read(item, itemSig);
              loaded = true;
            }
            if (similar(q) >= p.threshold) {
              uf.union(item, reps[q]);
              joined++;
              matched = true;
              break;
            }
          }
          if (!matched && nr < reps.length) {
            if (!loaded) store.read(item, itemSig);
            reps[nr] = item;
            repSig.set(itemSig, nr * k);
            nr++;
          }
        }
      }
      runStart = runEnd;
    }
  }
  return { candidates, joined };
}
