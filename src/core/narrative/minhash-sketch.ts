/**
 * MinHash sketches (Broder 1997, "On the resemblance and containment of documents") over word-bigram
 * shingles, and LSH banding (Leskovec, Rajaraman & Ullman, Mining of Massive Datasets ch. 3.4) to find
 * near-duplicate pairs without comparing all pairs.
 *
 * Shingles are word bigrams: a one-word edit in a 20-word post changes 2 of 19 shingles (Jaccard ~0.8)
 * where trigrams would change 3 (~0.7), and moving a sentence only breaks the one bigram at each seam.
 * The k hash functions are h_i(x) = xorshift(imul(x ^ b_i, a_i)) over an already avalanched 32-bit
 * shingle hash: two multiplications' worth of work per shingle and function, in typed arrays, no BigInt.
 */
import { combine32 } from './text-tokenise.js';

export interface SketchParams {
  /** hash functions per sketch (default 64) */
  k: number;
  /** LSH bands x rows = k; a pair becomes a candidate when one band agrees (default 16 x 4) */
  bands: number;
  /** estimated Jaccard a candidate pair must reach to be called a near-duplicate (default 0.5) */
  threshold: number;
}

export const DEFAULT_SKETCH: SketchParams = { k: 64, bands: 16, threshold: 0.5 };

/** An empty text's sketch: every slot at the maximum, which never matches a real one by chance. */
const EMPTY = 0xffffffff;

/** Deterministic seeds for the k hash functions (splitmix32 from a fixed start). */
function seeds(k: number, start: number): { a: Uint32Array; b: Uint32Array } {
  const a = new Uint32Array(k);
  const b = new Uint32Array(k);
  let s = start >>> 0;
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  for (let i = 0; i < k; i++) {
    a[i] = next() | 1; // odd multiplier: a bijection on 32-bit values
    b[i] = next();
  }
  return { a, b };
}

export class MinHasher {
  readonly k: number;
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;
  private readonly sh: Uint32Array;
  constructor(k = DEFAULT_SKETCH.k, seed = 0x5eed) {
    this.k = k;
    ({ a: this.a, b: this.b } = seeds(k, seed));
    this.sh = new Uint32Array(4096);
  }

  /**
   * Writes the sketch of a token-hash sequence into out[offset .. offset+k). Returns the number of
   * distinct-ish shingles used (0 for an empty text, whose sketch is all EMPTY).
   */
  sketch(tokens: Uint32Array, n: number, out: Uint32Array, offset: number): number {
    const k = this.k;
    const a = this.a;
    const b = this.b;
    if (n === 0) {
      out.fill(EMPTY, offset, offset + k);
      return 0;
    }
    const sh = this.sh;
    let m = 0;
    if (n === 1) sh[m++] = tokens[0];
    else for (let i = 0; i + 1 < n && m < sh.length; i++) sh[m++] = combine32(tokens[i], tokens[i + 1]);
    // one hash function at a time over all shingles: its seeds and running minimum stay in registers
    for (let i = 0; i < k; i++) {
      const ai = a[i];
      const bi = b[i];
      let min = EMPTY;
      for (let j = 0; j < m; j++) {
        let v = Math.imul(sh[j] ^ bi, ai);
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < min) min = v;
      }
      out[offset + i] = min;
    }
    return m;
  }
}

/** Estimated Jaccard similarity of sketches i and j: the share of agreeing slots. */
export function sketchSimilarity(sigs: Uint32Array, k: number, i: number, j: number): number {
  const oi = i * k;
  const oj = j * k;
  if (sigs[oi] === EMPTY || sigs[oj] === EMPTY) return 0;
  let same = 0;
  for (let t = 0; t < k; t++) if (sigs[oi + t] === sigs[oj + t]) same++;
  return same / k;
}

/** Union-find with path halving and union by size, over dense integer ids. */
export class UnionFind {
  readonly parent: Int32Array;
  private readonly size: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }
  union(x: number, y: number): boolean {
    let a = this.find(x);
    let b = this.find(y);
    if (a === b) return false;
    if (this.size[a] < this.size[b]) [a, b] = [b, a];
    this.parent[b] = a;
    this.size[a] += this.size[b];
    return true;
  }
}

/**
 * Where lshJoin reads the sketches: one sequential scan (every item's band hashes) and a random read of one
 * sketch (verifying a candidate pair). An array in memory, pages (sketch-store.ts) or a file
 * (src/adapters/narrative/spilled-sketches.ts) all serve it, so there is one join whatever holds the sketches.
 */
export interface SketchReader {
  /** numbers per sketch */
  readonly k: number;
  /** calls fn over consecutive blocks of whole sketches in order: block holds `count` sketches, the first being item `first` */
  scan(fn: (block: Uint32Array, first: number, count: number) => void): void;
  /** copies sketch i into out[0 .. k) */
  read(i: number, out: Uint32Array): void;
}

/** Sketches in one array (item i at i x k) as a SketchReader. */
export function arraySketches(sigs: Uint32Array, k: number): SketchReader {
  return {
    k,
    scan: (fn) => fn(sigs, 0, Math.floor(sigs.length / k)),
    read: (i, out) => out.set(sigs.subarray(i * k, i * k + k)),
  };
}

/**
 * LSH blocking and verification: one pass computes every item's band hashes (bands numbers an item, a quarter
 * of the sketch); then for each band, sort items by the band's hash (packed with the item index into one
 * float64, so the native typed-array sort does the work), walk each run of equal hashes, and join an item to a
 * run representative whose full-sketch similarity reaches the threshold. A run keeps up to 8 representatives
 * so an unrelated item that landed in the bucket by chance does not hide the real ones. A full sketch is read
 * only for an item in a run of two or more, and only when the union-find has not already joined it to the
 * representative. Cost: bands x (sort n + n x reps x k); no pair list is ever materialised.
 */
export function lshJoin(sigs: Uint32Array | SketchReader, n: number, p: SketchParams, uf: UnionFind): { candidates: number; joined: number } {
  const k = p.k;
  const store = sigs instanceof Uint32Array ? arraySketches(sigs, k) : sigs;
  const rows = Math.floor(k / p.bands);
  const bands = p.bands;
  const idxBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const hashBits = 53 - idxBits;
  const hashScale = 2 ** (hashBits - 32); // may be < 1: the band hash is truncated to what fits
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
