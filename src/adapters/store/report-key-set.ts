/**
 * The report ids a bulk import has stored so far, while the store's (case_id, id) index is dropped
 * (src/adapters/store/sqlite.ts, docs/scale-out.md "Import"): an open-addressing table of two 32-bit
 * fingerprints of each id and the rowid holding it, 16 bytes a slot, at most three quarters full. A fingerprint match is only a
 * candidate: the caller compares the id stored at that rowid, so a collision never merges two reports.
 */
export class ReportKeySet {
  private h1: Int32Array;
  private h2: Int32Array;
  private rowids: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap * 3 < expected * 4) cap *= 2;
    this.h1 = new Int32Array(cap);
    this.h2 = new Int32Array(cap);
    this.rowids = new Float64Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Every rowid whose id has the same fingerprints as `id` (candidates: compare the stored id). */
  candidates(id: string): number[] {
    const [a, b] = fingerprints(id);
    const out: number[] = [];
    for (let i = a & this.mask; this.rowids[i] !== 0; i = (i + 1) & this.mask) if (this.h1[i] === a && this.h2[i] === b) out.push(this.rowids[i]);
    return out;
  }

  add(id: string, rowid: number): void {
    // at most three quarters full: linear probing stays short, and a million ids take 2M slots (32 MB)
    if ((this.count + 1) * 4 > this.rowids.length * 3) this.grow();
    const [a, b] = fingerprints(id);
    this.put(a, b, rowid);
    this.count++;
  }

  private put(a: number, b: number, rowid: number): void {
    let i = a & this.mask;
    while (this.rowids[i] !== 0) i = (i + 1) & this.mask;
    this.h1[i] = a;
    this.h2[i] = b;
    this.rowids[i] = rowid;
  }

  private grow(): void {
    const { h1, h2, rowids } = this;
    const cap = rowids.length * 2;
    this.h1 = new Int32Array(cap);
    this.h2 = new Int32Array(cap);
    this.rowids = new Float64Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < rowids.length; i++) if (rowids[i] !== 0) this.put(h1[i], h2[i], rowids[i]);
  }
}

/** Two independent 32-bit hashes of the id's UTF-16 code units (FNV-1a and a murmur-style mix). */
function fingerprints(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a, b];
}
