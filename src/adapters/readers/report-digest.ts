/**
 * The canonical SHA-256 of a report as the custody log records it (docs/custody.md, "Case content":
 * reportDigest over the report without the reader's line number). Computed where the report is read: for a
 * large file that is the reader's worker thread, so the import's writing thread only inserts and logs
 * (docs/scale-out.md, "Import").
 */
import { hash } from 'node:crypto';
import { reportDigest } from '../../core/custody/content-audit.js';
import type { StoredReport } from '../../core/case/schemas.js';
import type { StoredBatch } from '../../core/custody/report-batch.js';
import type { ReportDigests } from '../../ports/report-digest.js';

const sha256Hex = (t: string): string => hash('sha256', t, 'hex');

/**
 * The fields a reader's report can hold, in canonical (UTF-16 code unit) order: the order canonicalJson sorts
 * them into. `line` is the reader's, not the report's, and is left out.
 */
const FIELDS = ['account', 'available_at', 'id', 'language', 'outlet', 'paraphrase', 'published_at', 'text', 'title', 'url'] as const;
const KNOWN = new Set<string>([...FIELDS, 'line']);
const PREFIX = FIELDS.map((k) => JSON.stringify(k) + ':');

/**
 * canonicalJson(normalReport(r)) written out for the report's known shape (string fields, `paraphrase`
 * true or false): the import hashes every report, and the generic sort-and-join costs several times more.
 * null when the report holds anything else (then the generic form is used). Identical bytes: tested
 * against canonicalJson over generated reports (test/report-digest.test.ts).
 */
function canonicalReport(r: Record<string, unknown>): string | null {
  for (const k in r) if (!KNOWN.has(k)) return null;
  let out = '{';
  for (let i = 0; i < FIELDS.length; i++) {
    const k = FIELDS[i];
    let v = r[k];
    // normalReport: title and text always present ('' when absent), other absent values dropped
    if (v === undefined || v === null) {
      if (k !== 'title' && k !== 'text') continue;
      v = '';
    }
    let s: string;
    if (typeof v === 'string') s = JSON.stringify(v);
    else if (typeof v === 'boolean' && k === 'paraphrase') s = v ? 'true' : 'false';
    else return null;
    out += (out.length > 1 ? ',' : '') + PREFIX[i] + s;
  }
  return out + '}';
}

/** The report's content hash, the reader's line number left out (it is not part of the report). */
export function reportContentDigest(r: StoredReport): string {
  const fast = canonicalReport(r as unknown as Record<string, unknown>);
  if (fast !== null) return sha256Hex(fast);
  const { line: _l, ...rest } = r as StoredReport & { line?: number };
  return reportDigest(sha256Hex, rest as unknown as Record<string, unknown>);
}


const NODE_PREFIX = Buffer.of(0x01);

/**
 * reportsRoot (src/core/custody/report-batch.ts) with one-shot hashing: the Merkle root of a batch's
 * (id, hash) pairs that its reports-added entry logs. Same bytes hashed; tested against the pure form.
 */
export function reportsRootFast(ids: readonly string[], digests: readonly string[]): string {
  if (!ids.length) return hash('sha256', '', 'hex');
  // 0x00 || the pair's JSON: the leading U+0000 is the one byte 0x00 in UTF-8
  let level: Buffer[] = ids.map((id, i) => hash('sha256', '\u0000' + JSON.stringify([id, digests[i]]), 'buffer') as Buffer);
  while (level.length > 1) {
    const next: Buffer[] = new Array(Math.ceil(level.length / 2));
    for (let i = 0, j = 0; i < level.length; i += 2, j++) next[j] = i + 1 < level.length ? (hash('sha256', Buffer.concat([NODE_PREFIX, level[i], level[i + 1]]), 'buffer') as Buffer) : level[i];
    level = next;
  }
  return level[0].toString('hex');
}

/** What the reader computed for a batch: each report's content hash and the batch's root (absent: the caller hashes). */
export type { BatchHashes } from '../../ports/readers.js';
import type { BatchHashes } from '../../ports/readers.js';
export const batchHashes = new WeakMap<StoredReport[], BatchHashes>();

/** encodeBatch (src/core/custody/report-batch.ts) with Buffer's native hex and base64: the same text. */
export function encodeBatchFast(ids: readonly string[], digests: readonly string[]): StoredBatch {
  return { ids: JSON.stringify(ids), digests: Buffer.from(digests.join(''), 'hex').toString('base64') };
}

/** The `ReportDigests` port with native one-shot hashing (the same bytes as the pure forms in src/core/custody). */
export const fastReportDigests: ReportDigests = { content: reportContentDigest, root: reportsRootFast, encode: encodeBatchFast };
