/**
 * A batch of reports added together, logged as one `reports-added` entry that commits to the batch by a
 * Merkle root (docs/custody.md, "Case content"), instead of listing every report's hash in the entry.
 *
 *   leaf i  = SHA-256(0x00 || JSON [id_i, sha256_i])     (the pair's canonical JSON, UTF-8; sha256_i in hex)
 *   root    = MTH(leaf_0 .. leaf_n-1)                      (RFC 6962 / RFC 9162 section 2.1.1, in list order)
 *
 * The list itself (ids and content hashes, in order) is kept beside the log, in the store's report_batches,
 * under (case, root): verify recomputes the root from it (an edited or truncated list no longer gives the
 * logged root), then each stored report's hash against its listed hash, so an edited report is named by id,
 * a deleted one too, and a report in no list is "not logged". Pure: the SHA-256 is injected.
 */
import { fromBase64, fromHex, leafHash, toBase64, toHex, utf8, type Sha256 } from './merkle-hash.js';
import { subtreeRoot } from './merkle-tree.js';

/** [report id, hex SHA-256 of the report's canonical JSON] */
export type ReportPair = [string, string];

/** The leaf bytes of one report: the canonical JSON of its pair (both strings, so JSON.stringify is canonical). */
export const reportLeafBytes = (id: string, sha256: string): Uint8Array => utf8(JSON.stringify([id, sha256]));

export function reportsRoot(sha: Sha256, pairs: readonly ReportPair[]): string {
  return toHex(subtreeRoot(sha, pairs.map(([id, h]) => leafHash(sha, reportLeafBytes(id, h)))));
}

/** The stored form of a batch's list: the ids as a JSON array, the hashes as base64 of their 32 bytes each. */
export interface StoredBatch {
  ids: string;
  digests: string;
}

export function encodeBatch(pairs: readonly ReportPair[]): StoredBatch {
  const raw = new Uint8Array(pairs.length * 32);
  pairs.forEach(([, h], i) => raw.set(fromHex(h), i * 32));
  return { ids: JSON.stringify(pairs.map(([id]) => id)), digests: toBase64(raw) };
}

/** The list back, or null when it is not a readable list (edited outside assay). */
export function decodeBatch(b: StoredBatch): ReportPair[] | null {
  try {
    const ids = JSON.parse(b.ids) as unknown;
    const raw = fromBase64(b.digests);
    if (!Array.isArray(ids) || raw.length !== ids.length * 32 || ids.some((x) => typeof x !== 'string')) return null;
    return (ids as string[]).map((id, i) => [id, toHex(raw.subarray(i * 32, i * 32 + 32))]);
  } catch {
    return null;
  }
}
