/**
 * The canonical SHA-256 of a report as the custody log records it (docs/custody.md, "Case content":
 * reportDigest over the report without the reader's line number). Computed where the report is read: for a
 * large file that is the reader's worker thread, so the import's writing thread only inserts and logs
 * (docs/scale-out.md, "Import").
 */
import { createHash } from 'node:crypto';
import { reportDigest } from '../../core/custody/content-audit.js';
import type { StoredReport } from '../../core/case/schemas.js';

const sha256Hex = (t: string): string => createHash('sha256').update(t, 'utf8').digest('hex');

/** The report's content hash, the reader's line number left out (it is not part of the report). */
export function reportContentDigest(r: StoredReport): string {
  const { line: _l, ...rest } = r as StoredReport & { line?: number };
  return reportDigest(sha256Hex, rest as unknown as Record<string, unknown>);
}

/** The content hashes of a batch computed by the reader, by batch (absent: the caller hashes). */
export const batchDigests = new WeakMap<StoredReport[], string[]>();
