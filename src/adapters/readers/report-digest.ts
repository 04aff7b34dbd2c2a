/**
 * The canonical SHA-256 of a report as the custody log records it (docs/custody.md, "Case content":
 * reportDigest over the report without the reader's line number). Computed where the report is read: for a
 * large file that is the reader's worker thread, so the import's writing thread only inserts and logs
 * (docs/scale-out.md, "Import").
 */
import { hash } from 'node:crypto';
import { reportDigest } from '../../core/custody/content-audit.js';
import type { StoredReport } from '../../core/case/schemas.js';

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

/** The content hashes of a batch computed by the reader, by batch (absent: the caller hashes). */
export const batchDigests = new WeakMap<StoredReport[], string[]>();
