/**
 * Verifying RFC 9162 proofs. Inclusion: section 2.1.3.2; consistency: section 2.1.4.2, both as the RFC
 * writes them. Subtree inclusion and consistency (proofs about an aligned subtree [start, end) of a tree,
 * as in transparency-dev/merkle's subtree vectors and the Merkle Tree Certificates draft) follow the same
 * decomposition: an "inner" part where paths to leaves end-1 and size-1 differ, then a "border" of left
 * siblings only (method as documented in transparency-dev/merkle proof/verify.go, Apache-2.0).
 *
 * Indices and sizes are bigints so a hostile proof with sizes near 2^64 is judged, not truncated; every
 * loop is bounded by the proof's length. Each function returns {ok} or {ok:false, reason} and never throws
 * on bad input (past bugs to avoid: empty proofs accepted from size 0, wrong proof length accepted, an
 * empty inclusion path taken as a one-leaf tree, a verifier that always says "valid").
 */
import { HASH_SIZE, equalBytes, nodeHash, emptyRoot, type Hash, type Sha256 } from './merkle-hash.js';

export type Verdict = { ok: true } | { ok: false; reason: string };
const OK: Verdict = { ok: true };
const fail = (reason: string): Verdict => ({ ok: false, reason });

type Int = bigint | number;
const big = (x: Int): bigint => (typeof x === 'bigint' ? x : BigInt(x));
const U64 = (1n << 64n) - 1n;

function bitLen(x: bigint): number {
  return x <= 0n ? 0 : x.toString(2).length;
}
function popCount(x: bigint): number {
  let n = 0;
  for (const c of x.toString(2)) if (c === '1') n++;
  return n;
}
function trailingZeros(x: bigint): number {
  if (x === 0n) return 64;
  let n = 0;
  while ((x & 1n) === 0n) {
    x >>= 1n;
    n++;
  }
  return n;
}

function badHashes(what: string, hashes: readonly Uint8Array[] | null | undefined): string | null {
  if (!hashes) return null;
  for (let i = 0; i < hashes.length; i++)
    if (!(hashes[i] instanceof Uint8Array) || hashes[i].length !== HASH_SIZE) return `${what}[${i}] is ${hashes[i]?.length ?? 0} bytes, not ${HASH_SIZE}`;
  return null;
}
function badHash(what: string, h: Uint8Array | null | undefined): string | null {
  return !(h instanceof Uint8Array) || h.length !== HASH_SIZE ? `${what} is ${h?.length ?? 0} bytes, not ${HASH_SIZE}` : null;
}

/** RFC 9162 section 2.1.3.2: recompute the root from leaf `index` of a tree of `size`, and compare. */
export function verifyInclusion(sha: Sha256, index: Int, size: Int, leaf: Hash, proof: readonly Hash[], root: Hash): Verdict {
  const r = rootFromInclusion(sha, index, size, leaf, proof);
  if (!r.ok) return r;
  return equalBytes(r.root, root) ? OK : fail('the proof leads to a different root');
}

export function rootFromInclusion(sha: Sha256, index: Int, size: Int, leaf: Hash, proof: readonly Hash[] | null): { ok: true; root: Hash } | { ok: false; reason: string } {
  const i = big(index);
  const n = big(size);
  const e = badHash('leaf hash', leaf) ?? badHashes('proof', proof);
  if (e) return fail(e) as { ok: false; reason: string };
  if (i < 0n || n > U64 + 1n) return fail('index or size out of range') as { ok: false; reason: string };
  if (i >= n) return fail(`leaf index ${i} is not below tree size ${n}`) as { ok: false; reason: string };
  let fn = i;
  let sn = n - 1n;
  let r = leaf;
  for (const p of proof ?? []) {
    if (sn === 0n) return fail('the proof is longer than the tree is deep') as { ok: false; reason: string };
    if ((fn & 1n) === 1n || fn === sn) {
      r = nodeHash(sha, p, r);
      if ((fn & 1n) === 0n) while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else r = nodeHash(sha, r, p);
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n) return fail('the proof is shorter than the path to the root') as { ok: false; reason: string };
  return { ok: true, root: r };
}

/** RFC 9162 section 2.1.4.2: is the tree (size1, root1) a prefix of (size2, root2)? Requires 0 < size1 <= size2. */
export function verifyConsistency(sha: Sha256, size1: Int, size2: Int, proof: readonly Hash[] | null, root1: Hash, root2: Hash): Verdict {
  const m = big(size1);
  const n = big(size2);
  const path = proof ?? [];
  if (m > n) return fail(`first size ${m} is larger than second size ${n}`);
  if (m === 0n) return fail('a consistency proof from the empty tree proves nothing');
  if (m === n) {
    // equal sizes: consistent exactly when the roots are the same bytes (no hashing involved)
    if (path.length) return fail('sizes are equal, so the proof must be empty');
    return equalBytes(root1, root2) ? OK : fail('sizes are equal but the roots differ');
  }
  const e = badHash('first root', root1) ?? badHash('second root', root2) ?? badHashes('proof', proof);
  if (e) return fail(e);
  if (path.length === 0) return fail('empty proof between different sizes');
  const c: Hash[] = (m & (m - 1n)) === 0n ? [root1, ...path] : [...path];
  let fn = m - 1n;
  let sn = n - 1n;
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = c[0];
  let sr = c[0];
  for (let k = 1; k < c.length; k++) {
    if (sn === 0n) return fail('the proof is longer than the trees need');
    if ((fn & 1n) === 1n || fn === sn) {
      fr = nodeHash(sha, c[k], fr);
      sr = nodeHash(sha, c[k], sr);
      if ((fn & 1n) === 0n) while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else sr = nodeHash(sha, sr, c[k]);
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n) return fail('the proof is shorter than the trees need');
  if (!equalBytes(fr, root1)) return fail('the proof does not lead to the first root');
  if (!equalBytes(sr, root2)) return fail('the proof does not lead to the second root');
  return OK;
}

/** [start, end) is an aligned subtree: start is a multiple of the smallest power of two >= end - start. */
export function subtreeValid(start: Int, end: Int): Verdict {
  const s = big(start);
  const e = big(end);
  if (s < 0n || e < 0n || s > U64 || e > U64) return fail('subtree bounds out of range');
  if (s > e) return fail(`subtree start ${s} is after its end ${e}`);
  if (s === 0n || s === e) return OK;
  const len = e - s;
  if (len > 1n << 63n) return fail('a subtree longer than 2^63 must start at 0');
  let ceil = 1n;
  while (ceil < len) ceil <<= 1n;
  return (s & (ceil - 1n)) === 0n ? OK : fail(`subtree start ${s} is not a multiple of ${ceil}`);
}

/** Inclusion of leaf `index` in the aligned subtree [start, end) whose root is `root`. */
export function verifySubtreeInclusion(sha: Sha256, index: Int, start: Int, end: Int, leaf: Hash, proof: readonly Hash[] | null, root: Hash): Verdict {
  const v = subtreeValid(start, end);
  if (!v.ok) return v;
  const i = big(index);
  const s = big(start);
  const e = big(end);
  if (i < s || i >= e) return fail(`leaf index ${i} is outside the subtree [${s}, ${e})`);
  const e2 = badHash('root', root);
  if (e2) return fail(e2);
  return verifyInclusion(sha, i - s, e - s, leaf, proof ?? [], root);
}

const chainBorder = (sha: Sha256, seed: Hash, proof: readonly Hash[]): Hash => proof.reduce((r, p) => nodeHash(sha, p, r), seed);

/**
 * Consistency of the aligned subtree [start, end), root `subRoot`, with the tree of `size`, root `root`.
 * With start = 0 this is ordinary consistency (size1 = end).
 */
export function verifySubtreeConsistency(sha: Sha256, start: Int, end: Int, size: Int, proof: readonly Hash[] | null, subRoot: Hash, root: Hash): Verdict {
  const s = big(start);
  const e = big(end);
  const n = big(size);
  const path = proof ?? [];
  const eh = badHash('subtree root', subRoot) ?? badHash('root', root) ?? badHashes('proof', path);
  const valid = subtreeValid(s, e);
  if (s === e) {
    if (!valid.ok) return valid;
    if (e > n) return fail(`subtree end ${e} is beyond tree size ${n}`);
    if (path.length) return fail('an empty subtree needs an empty proof');
    if (eh && eh.startsWith('subtree root')) return fail(eh);
    return equalBytes(subRoot, emptyRoot(sha)) ? OK : fail('an empty subtree must have the empty root');
  }
  if (!valid.ok) return valid;
  if (n < e) return fail(`tree size ${n} is below subtree end ${e}`);
  if (s === 0n && e === n) {
    if (path.length) return fail('the subtree is the whole tree, so the proof must be empty');
    return equalBytes(subRoot, root) ? OK : fail('the subtree is the whole tree but the roots differ');
  }
  if (eh) return fail(eh);
  if (path.length === 0) return fail('empty proof');
  let got: Hash;
  if (e === n) {
    // the subtree's right edge is the tree's: climb from its root with one left sibling per level where
    // an ancestor is a right child
    const level = bitLen((e - 1n) ^ s);
    const want = popCount(s >> BigInt(level));
    if (path.length !== want) return fail(`proof has ${path.length} hashes, ${want} expected`);
    got = chainBorder(sha, subRoot, path);
  } else {
    const fork = bitLen((e - 1n) ^ (n - 1n)); // where the paths to leaves end-1 and size-1 part
    const border = popCount((e - 1n) >> BigInt(fork));
    const shift = trailingZeros(e - s); // height of the rightmost perfect subtree inside [start, end)
    const inner = fork - shift;
    const perfect = e - s === 1n << BigInt(shift);
    const seed = perfect ? subRoot : path[0];
    const p0 = perfect ? 0 : 1;
    if (path.length !== p0 + inner + border) return fail(`proof has ${path.length} hashes, ${p0 + inner + border} expected`);
    const rest = path.slice(p0);
    const mask = (e - 1n) >> BigInt(shift);
    if (!perfect) {
      // the proof's hashes that lie inside the subtree must rebuild subRoot: only left siblings count
      const h = bitLen((e - 1n) ^ s);
      const subInner = Math.min(h, fork) - shift;
      const subBorder = Math.max(0, border - popCount((e - 1n) >> BigInt(h)));
      let h1 = seed;
      rest.slice(0, subInner).forEach((p, i) => {
        if (((mask >> BigInt(i)) & 1n) === 1n) h1 = nodeHash(sha, p, h1);
      });
      h1 = chainBorder(sha, h1, rest.slice(inner, inner + subBorder));
      if (!equalBytes(h1, subRoot)) return fail('the proof does not lead to the subtree root');
    }
    let h2 = seed;
    rest.slice(0, inner).forEach((p, i) => {
      h2 = ((mask >> BigInt(i)) & 1n) === 0n ? nodeHash(sha, h2, p) : nodeHash(sha, p, h2);
    });
    got = chainBorder(sha, h2, rest.slice(inner));
  }
  return equalBytes(got, root) ? OK : fail('the proof does not lead to the tree root');
}
