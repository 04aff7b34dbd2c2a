/**
 * Re-verifying a custody log from its stored rows, in one streaming pass (O(n) leaf hashes plus O(n log n)
 * worst-case node hashes for the prefix roots): recompute every leaf hash from the exact entry bytes, rebuild
 * the tree with a compact range, and name each problem precisely (which entry, what differs). Checkpoints
 * are then checked against the recomputed root at their size, so a checkpoint signed before a tamper
 * localises it to the entries after the last checkpoint that still matches.
 */
import { CompactRange } from './merkle-tree.js';
import { equalBytes, fromHex, leafHash, toHex, utf8, type Hash, type Sha256 } from './merkle-hash.js';
import { decodeEntry, type CustodyEntry } from './log-entry.js';

export interface LogRow {
  index: number;
  entry: string;
  leaf_hash: string;
}

export interface Problem {
  /** what kind of thing is wrong */
  kind: 'entry' | 'log' | 'checkpoint' | 'signature' | 'blob' | 'evidence' | 'content' | 'witness' | 'bundle' | 'anchor' | 'kept';
  /** where: "entry 12", "blob 3f2a…", "checkpoint 4", a file path */
  where: string;
  message: string;
}

export class LogAuditor {
  readonly problems: Problem[] = [];
  private readonly cr: CompactRange;
  private expected = 0;
  private diverged = false;
  private readonly rootsAt = new Map<number, Hash>();
  private readonly seqMismatch: { position: number; seq: number }[] = [];

  constructor(
    private readonly sha: Sha256,
    /** tree sizes whose root the caller wants (checkpoint sizes) */
    private readonly wanted: Set<number>,
    /** called with each decoded entry (e.g. to collect evidence hashes and keys) */
    private readonly onEntry: (index: number, e: CustodyEntry) => void = () => {},
  ) {
    this.cr = new CompactRange(sha);
    if (wanted.has(0)) this.rootsAt.set(0, this.cr.root());
  }

  get size(): number {
    return this.cr.size;
  }

  /** the index of the last row fed (-1 before any) */
  get lastIndex(): number {
    return this.expected - 1;
  }

  root(): Hash {
    return this.cr.root();
  }

  /** the recomputed tree's peaks (its compact range), what the head state must hold */
  peaks(): Hash[] {
    return this.cr.peakHashes();
  }

  rootAt(size: number): Hash | undefined {
    return this.rootsAt.get(size);
  }

  feed(row: LogRow): void {
    const pos = this.cr.size;
    if (row.index !== this.expected) {
      if (row.index > this.expected)
        this.problems.push({
          kind: 'log',
          where: `entry ${this.expected}`,
          message: row.index - this.expected === 1 ? `entry ${this.expected} is missing (indices jump from ${this.expected - 1} to ${row.index})` : `entries ${this.expected}..${row.index - 1} are missing (indices jump from ${this.expected - 1} to ${row.index})`,
        });
      else this.problems.push({ kind: 'log', where: `entry ${row.index}`, message: `index ${row.index} appears out of order after ${this.expected - 1}` });
    }
    this.expected = row.index + 1;
    const bytes = utf8(row.entry);
    const leaf = leafHash(this.sha, bytes);
    const where = `entry ${row.index}`;
    if (row.leaf_hash !== toHex(leaf))
      this.problems.push({ kind: 'entry', where, message: `stored leaf hash ${short(row.leaf_hash)} but the entry's bytes hash to ${short(toHex(leaf))}: the entry was changed after it was logged` });
    const d = decodeEntry(row.entry);
    if (!d.ok) this.problems.push({ kind: 'entry', where, message: `cannot be read: ${d.reason}` });
    else {
      if (!d.canonical) this.problems.push({ kind: 'entry', where, message: 'is not in canonical JSON form (edited outside assay?)' });
      if (d.entry.seq !== row.index) {
        this.seqMismatch.push({ position: row.index, seq: d.entry.seq });
      }
      if (!this.diverged && d.entry.prev_root !== toHex(this.cr.root())) {
        this.diverged = true;
        this.problems.push({
          kind: 'entry',
          where,
          message: `records the log root before it as ${short(d.entry.prev_root)}, but entries 0..${pos - 1} as stored give ${short(toHex(this.cr.root()))}: an earlier entry was changed, removed or reordered (first divergence)`,
        });
      }
      this.onEntry(row.index, d.entry);
    }
    this.cr.append(leaf);
    if (this.wanted.has(this.cr.size)) this.rootsAt.set(this.cr.size, this.cr.root());
  }

  /** Call after the last row: turns sequence mismatches into named reorders. */
  finish(): void {
    const bySeq = new Map(this.seqMismatch.map((m) => [m.position, m.seq]));
    const done = new Set<number>();
    for (const { position, seq } of this.seqMismatch) {
      if (done.has(position)) continue;
      if (bySeq.get(seq) === position) {
        this.problems.push({ kind: 'log', where: `entries ${Math.min(position, seq)} and ${Math.max(position, seq)}`, message: `entries ${Math.min(position, seq)} and ${Math.max(position, seq)} are swapped (position ${position} holds the entry written as ${seq}, and position ${seq} the one written as ${position})` });
        done.add(seq);
      } else this.problems.push({ kind: 'log', where: `entry ${position}`, message: `position ${position} holds the entry written as number ${seq} (entries reordered, renumbered or removed)` });
      done.add(position);
    }
  }
}

/** Compares a recorded (size, root), e.g. the log's head or a checkpoint, with the recomputed tree. */
export function checkHead(a: LogAuditor, what: string, size: number, rootHex: string, problems: Problem[], kind: Problem['kind'] = 'checkpoint'): boolean {
  if (size > a.size) {
    const missing = a.lastIndex + 1 === a.size ? (size - a.size === 1 ? `: entry ${a.size} was removed` : `: entries ${a.size}..${size - 1} were removed`) : '';
    problems.push({ kind, where: what, message: `covers ${size} entries but only ${a.size} are stored${missing}` });
    return false;
  }
  const got = a.rootAt(size) ?? (size === a.size ? a.root() : undefined);
  if (!got) {
    problems.push({ kind, where: what, message: `root at size ${size} was not computed` });
    return false;
  }
  let want: Uint8Array;
  try {
    want = fromHex(rootHex);
  } catch {
    problems.push({ kind, where: what, message: `root "${rootHex.slice(0, 20)}" is not hex` });
    return false;
  }
  if (!equalBytes(got, want)) {
    problems.push({ kind, where: what, message: `root for size ${size} is ${short(rootHex)}, but entries 0..${size - 1} as stored give ${short(toHex(got))}` });
    return false;
  }
  return true;
}

export const short = (hex: string): string => (hex.length > 16 ? hex.slice(0, 16) + '…' : hex);
