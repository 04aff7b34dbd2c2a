/**
 * Custody-log entries: what one event says (who, when, why, old and new value, plus event-specific fields),
 * encoded as canonical JSON (RFC 8785 style, src/core/canonical-json.ts). The exact UTF-8 bytes of that JSON
 * are the RFC 9162 leaf: leaf hash = SHA-256(0x00 || bytes).
 *
 * Each entry also carries `seq` (its index) and `prev_root` (the log's root over the entries before it), so a
 * reordered, renumbered or rewritten entry is named exactly, not only detected by a root mismatch.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical-json.js';
import { utf8 } from './merkle-hash.js';

export const RESERVED_FIELDS = ['v', 'seq', 'prev_root'] as const;

/** What a caller hands to appendCustodyEvent: type, who, when, optional why/old/new, and free fields. */
export const CustodyEventInput = z
  .object({
    type: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/, 'must be a lower-case kebab event type such as "rating-changed"'),
    case_id: z.string().min(1).optional(),
    actor: z.string().min(1, 'who did it must be given'),
    at: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 time'),
    why: z.string().optional(),
    old: z.unknown().optional(),
    new: z.unknown().optional(),
  })
  .catchall(z.unknown())
  .superRefine((v, ctx) => {
    for (const k of RESERVED_FIELDS) if (k in v) ctx.addIssue({ code: 'custom', path: [k], message: `"${k}" is set by the log, not by the caller` });
  });
export type CustodyEventInput = z.infer<typeof CustodyEventInput>;

export interface CustodyEntry extends Record<string, unknown> {
  v: 1;
  seq: number;
  prev_root: string;
  type: string;
  actor: string;
  at: string;
  case_id?: string;
}

export function makeEntry(ev: CustodyEventInput, seq: number, prevRootHex: string): CustodyEntry {
  return { ...ev, v: 1, seq, prev_root: prevRootHex } as CustodyEntry;
}

/** The exact bytes hashed and stored: canonical JSON, UTF-8. */
export function encodeEntry(e: CustodyEntry): { text: string; bytes: Uint8Array } {
  const text = canonicalJson(e);
  return { text, bytes: utf8(text) };
}

/** Parses stored entry text; says what is wrong rather than throwing. */
export function decodeEntry(text: string): { ok: true; entry: CustodyEntry; canonical: boolean } | { ok: false; reason: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON (${(e as Error).message})` };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, reason: 'not a JSON object' };
  const o = v as Record<string, unknown>;
  if (o.v !== 1 || typeof o.seq !== 'number' || typeof o.type !== 'string' || typeof o.prev_root !== 'string')
    return { ok: false, reason: 'lacks v, seq, type or prev_root' };
  return { ok: true, entry: o as CustodyEntry, canonical: canonicalJson(o) === text };
}
