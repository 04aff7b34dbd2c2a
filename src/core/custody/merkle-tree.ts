/**
 * Building an RFC 9162 Merkle tree over leaf hashes: the tree head (MTH, section 2.1.1), inclusion proofs
 * (PATH, section 2.1.3.1), consistency proofs (PROOF/SUBPROOF, section 2.1.4.1), and a compact range that
 * gives the root of every prefix while appending (the "stack of perfect subtrees" of RFC 9162 section 2.1.2
 * / transparency-dev compact ranges), used to append and to re-verify a log in one pass.
 */
import { AssayError, badInput } from '../errors.js';
import { emptyRoot, nodeHash, type Hash, type Sha256 } from './merkle-hash.js';

/** Largest power of two strictly less than n (n >= 2): the split point k of RFC 9162 section 2.1.1. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * MTH(D[start:end]) over leaf hashes. Iterative level by level: pairing left to right and promoting an
 * unpaired last node unchanged gives exactly the RFC's recursive split at the largest power of two.
 */
export function subtreeRoot(sha: Sha256, leaves: readonly Hash[], start = 0, end = leaves.length): Hash {
  const n = end - start;
  if (n <= 0) return emptyRoot(sha);
  let level: Hash[] = leaves.slice(start, end) as Hash[];
  while (level.length > 1) {
    const next: Hash[] = new Array(Math.ceil(level.length / 2));
    for (let i = 0, j = 0; i < level.length; i += 2, j++)
      next[j] = i + 1 < level.length ? nodeHash(sha, level[i], level[i + 1]) : level[i];
    level = next;
  }
  return level[0];
}

/** RFC 9162 section 2.1.3.1: the audit path of leaf `index` in the tree of the first `size` leaves. */
export function inclusionProof(sha: Sha256, leaves: readonly Hash[], index: number, size = leaves.length): Hash[] {
  if (!(size <= leaves.length)) throw badInput(`tree size ${size} is beyond the ${leaves.length} leaves held`, 'size');
  if (!(index >= 0 && index < size)) throw badInput(`leaf index ${index} is not in a tree of size ${size}`, 'index');
  const path: Hash[] = [];
  // iterate from the root down, collecting siblings, then reverse (the proof runs leaf to root)
  let lo = 0;
  let hi = size;
  let m = index;
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo);
    if (m < k) {
      path.push(subtreeRoot(sha, leaves, lo + k, hi));
      hi = lo + k;
    } else {
      path.push(subtreeRoot(sha, leaves, lo, lo + k));
      lo = lo + k;
      m -= k;
    }
  }
  return path.reverse();
}

/** RFC 9162 section 2.1.4.1: PROOF(m, D[n]) that the tree of size m is a prefix of the tree of size n. */
export function consistencyProof(sha: Sha256, leaves: readonly Hash[], m: number, n = leaves.length): Hash[] {
  if (!(n <= leaves.length)) throw badInput(`tree size ${n} is beyond the ${leaves.length} leaves held`, 'size');
  if (!(m > 0 && m <= n)) throw badInput(`no consistency proof from size ${m} to size ${n} (need 0 < from <= to)`, 'from');
  // SUBPROOF(m, D[lo:hi], b) as written in the RFC (recursion depth <= log2 n)
  const subproof = (mm: number, lo: number, hi: number, b: boolean): Hash[] => {
    if (mm === hi - lo) return b ? [] : [subtreeRoot(sha, leaves, lo, hi)];
    const k = splitPoint(hi - lo);
    if (mm <= k) return [...subproof(mm, lo, lo + k, b), subtreeRoot(sha, leaves, lo + k, hi)];
    return [...subproof(mm - k, lo + k, hi, false), subtreeRoot(sha, leaves, lo, lo + k)];
  };
  return subproof(m, 0, n, true);
}

/**
 * A compact range over a log's leaves: the roots of the perfect subtrees that make up the first `size`
 * leaves (one per set bit of size), largest first. Appending is O(log n) amortised; root() is O(log n).
 */
export class CompactRange {
  private peaks: Hash[] = [];
  private sizes: number[] = [];
  private n = 0;
  constructor(private readonly sha: Sha256) {}

  static from(sha: Sha256, peaks: Hash[], size: number): CompactRange {
    const c = new CompactRange(sha);
    let rest = size;
    const sizes: number[] = [];
    for (let bit = 2 ** 52; bit >= 1; bit /= 2) if (rest >= bit) {
      sizes.push(bit);
      rest -= bit;
    }
    if (sizes.length !== peaks.length) throw new AssayError('integrity', `a compact range of size ${size} has ${sizes.length} peaks, not ${peaks.length}`);
    c.peaks = peaks.slice();
    c.sizes = sizes;
    c.n = size;
    return c;
  }

  get size(): number {
    return this.n;
  }

  peakHashes(): Hash[] {
    return this.peaks.slice();
  }

  append(leaf: Hash): void {
    let h = leaf;
    let s = 1;
    while (this.sizes.length && this.sizes[this.sizes.length - 1] === s) {
      h = nodeHash(this.sha, this.peaks.pop()!, h);
      s += this.sizes.pop()!;
    }
    this.peaks.push(h);
    this.sizes.push(s);
    this.n++;
  }

  root(): Hash {
    if (this.peaks.length === 0) return emptyRoot(this.sha);
    let r = this.peaks[this.peaks.length - 1];
    for (let i = this.peaks.length - 2; i >= 0; i--) r = nodeHash(this.sha, this.peaks[i], r);
    return r;
  }
}

/**
 * All levels of the tree over `leaves` (level 0 = leaves; an unpaired last node is promoted), for many
 * inclusion proofs against one tree size in O(n) hashing overall instead of O(n) per proof. Node (l, j)
 * is MTH of leaves [j*2^l, min((j+1)*2^l, n)), so the audit path is each level's sibling where one exists.
 */
export class MerkleLevels {
  readonly levels: Hash[][];
  constructor(sha: Sha256, leaves: readonly Hash[]) {
    this.levels = [leaves.slice() as Hash[]];
    let level = this.levels[0];
    while (level.length > 1) {
      const next: Hash[] = new Array(Math.ceil(level.length / 2));
      for (let i = 0, j = 0; i < level.length; i += 2, j++) next[j] = i + 1 < level.length ? nodeHash(sha, level[i], level[i + 1]) : level[i];
      this.levels.push(next);
      level = next;
    }
    this.emptyRoot = emptyRoot(sha);
  }
  private readonly emptyRoot: Hash;

  get size(): number {
    return this.levels[0].length;
  }

  root(): Hash {
    const top = this.levels[this.levels.length - 1];
    return top.length ? top[0] : this.emptyRoot;
  }

  inclusionProof(index: number): Hash[] {
    if (!(index >= 0 && index < this.size)) throw badInput(`leaf index ${index} is not in a tree of size ${this.size}`, 'index');
    const path: Hash[] = [];
    let j = index;
    for (let l = 0; l < this.levels.length - 1; l++) {
      const sib = j ^ 1;
      if (sib < this.levels[l].length) path.push(this.levels[l][sib]);
      j >>= 1;
    }
    return path;
  }
}
