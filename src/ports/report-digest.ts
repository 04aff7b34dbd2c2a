/**
 * The report hashes the custody log records (docs/custody.md, "Case content"): a report's content hash, the
 * Merkle root of a batch's (id, hash) pairs and the batch's stored list. The pure forms are in
 * src/core/custody (content-audit.ts reportDigest, report-batch.ts reportsRoot and encodeBatch); the default
 * adapter (src/adapters/readers/report-digest.ts) writes the same bytes with one-shot native hashing, which an
 * import of millions of reports needs. The workspace module picks it.
 */
import type { StoredReport } from '../core/case/schemas.js';
import type { StoredBatch } from '../core/custody/report-batch.js';

export interface ReportDigests {
  /** a report's content hash (lower-case hex), the reader's line number left out */
  content(r: StoredReport): string;
  /** the Merkle root of the (id, digest) pairs, in order */
  root(ids: readonly string[], digests: readonly string[]): string;
  /** the pairs as report_batches stores them */
  encode(ids: readonly string[], digests: readonly string[]): StoredBatch;
}
