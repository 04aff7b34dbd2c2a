/**
 * The custody log's persistence port (docs/custody.md, "Custody log"): an append-only store of canonical
 * JSON entries, its head state, signed checkpoints and anchoring receipts. The store adapter implements it in
 * the workspace database; appends run in one transaction with whatever they describe.
 */
import type { CustodyEntry, CustodyEventInput } from '../core/custody/log-entry.js';
import type { LogRow } from '../core/custody/log-audit.js';
import type { Hash } from '../core/custody/merkle-hash.js';
import type { CaseStoreTx } from './case-store.js';

export interface Appended {
  index: number;
  leaf_hash: string;
  entry: CustodyEntry;
}

export interface Head {
  size: number;
  root: string;
}

export interface CheckpointRow {
  id: number;
  size: number;
  root: string;
  note: string;
  at: string;
}

export interface AnchorRow {
  id: number;
  checkpoint_id: number;
  kind: string;
  receipt: string;
  sha256: string;
  at: string;
}

export interface CustodyLog {
  /**
   * Appends events in one transaction; `also` runs further writes (e.g. the evidence record) inside the same
   * transaction, so the entry and what it describes land together or not at all.
   */
  append(events: CustodyEventInput[], also?: (tx: CaseStoreTx, appended: Appended[]) => Promise<void>): Promise<{ appended: Appended[]; head: Head }>;
  head(): Promise<Head>;
  /** the head state's stored peaks (JSON array of hex), as the next append will read them */
  headPeaks(): Promise<string | null>;
  /** every row in index order, read in pages so memory stays bounded */
  rows(opts?: { from?: number; to?: number; caseId?: string; page?: number }): AsyncIterable<LogRow>;
  leafHashes(size: number): Promise<Hash[]>;
  entryTypes(type: string): Promise<LogRow[]>;
  findCaseEntries(caseId: string, types: string[]): Promise<LogRow[]>;
  /** signs and stores a checkpoint over the head while holding the head's write lock; null keeps the latest */
  checkpoint(sign: (head: Head, last: CheckpointRow | null) => { note: string; at: string } | null): Promise<CheckpointRow>;
  checkpoints(): Promise<CheckpointRow[]>;
  latestCheckpoint(): Promise<CheckpointRow | null>;
  addAnchor(a: Omit<AnchorRow, 'id'>): Promise<number>;
  anchors(): Promise<AnchorRow[]>;
}
