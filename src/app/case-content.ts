/**
 * Case content under the custody log (docs/custody.md, "Case content"): every create, update and delete of
 * what the assessment reads is written together with its `record-changed` entry (the record's canonical
 * SHA-256 and its old value) in one transaction, so the log and the data never disagree, and `verify` can
 * recompute every record's hash. A bundle gives defaults: a record an analyst changed since the bundle's
 * value was imported is kept across re-imports, and a bundle that now says something else is reported as a
 * conflict (kept unless the import is told to prefer the bundle).
 */
import { canonicalJson } from '../core/canonical-json.js';
import { CASE_KIND, recordDigest, reportDigest } from '../core/custody/content-audit.js';
import { decodeEntry } from '../core/custody/log-entry.js';
import { toHex, utf8 } from '../core/custody/merkle-hash.js';
import type { RecordKind, StoredReport } from '../core/case/schemas.js';
import type { CaseStoreTx, StoredRecord, WriteCounts } from '../ports/case-store.js';
import type { BatchHashes } from '../ports/readers.js';
import type { Crypto } from '../ports/crypto.js';
import type { ReportDigests } from '../ports/report-digest.js';
import type { Workspace } from './workspace.js';
import { badInput } from '../core/errors.js';
import { actorOf, custodyOf, signCheckpoint } from './custody-log.js';

/** SHA-256 (hex) of a text's UTF-8 bytes. */
export const textDigest = (crypto: Pick<Crypto, 'sha256'>, t: string): string => toHex(crypto.sha256(utf8(t)));
/** A record's digest as the custody log records it (src/core/custody/content-audit.ts recordDigest). */
export const digestOf = (crypto: Pick<Crypto, 'sha256'>, v: unknown): string => recordDigest((t) => textDigest(crypto, t), v);

/** Who wrote each record of a case last, and the hash of the bundle's value when it was last imported. */
export interface CaseLedger {
  last: Map<string, { via: string; sha: string | null; actor: string; index: number }>;
  imported: Map<string, string | null>;
}

const k = (kind: string, id: string) => `${kind}\u0000${id}`;

/** Reads the case's record-changed entries (before the import's transaction opens: SQLite has one connection). */
export async function caseLedger(ws: Workspace, caseId: string): Promise<CaseLedger> {
  const out: CaseLedger = { last: new Map(), imported: new Map() };
  for (const r of await custodyOf(ws).log.findCaseEntries(caseId, ['record-changed'])) {
    const d = decodeEntry(r.entry);
    if (!d.ok || typeof d.entry.kind !== 'string' || typeof d.entry.record_id !== 'string') continue;
    const e = d.entry;
    const s = typeof e.record_sha256 === 'string' || e.record_sha256 === null ? e.record_sha256 : e.new === null || e.new === undefined ? null : digestOf(ws.crypto, e.new);
    // content accepted by `assay log baseline` predates the log: it may hold an analyst's work, so a re-import
    // treats it as such (kept where the bundle differs, reported as a conflict)
    const via = typeof e.via === 'string' ? e.via : 'api';
    out.last.set(k(e.kind as string, e.record_id as string), { via, sha: s, actor: e.actor, index: r.index });
    if (typeof e.renamed_from === 'string') out.last.set(k(e.kind as string, e.renamed_from), { via, sha: null, actor: e.actor, index: r.index });
    if (via === 'import') out.imported.set(k(e.kind as string, e.record_id as string), s);
  }
  return out;
}

export interface Conflict {
  kind: string;
  id: string;
  /** who changed it since the bundle's value was imported, and in which entry */
  by: string;
  index: number;
  /** what the import did: kept the analyst's value, or took the bundle's (preferBundle) */
  kept: 'analyst' | 'bundle';
  message: string;
}

export interface MergeContext {
  ws: Workspace;
  caseId: string;
  ledger: CaseLedger;
  /** take the bundle's value where an analyst changed the record since (default: keep the analyst's) */
  preferBundle?: boolean;
  actor: string;
  at: string;
  conflicts: Conflict[];
  events: Record<string, unknown>[];
}

/** The entry for one record's change. */
export function recordEvent(crypto: Pick<Crypto, 'sha256'>, c: { caseId: string; actor: string; at: string; via: string; why?: string }, kind: string, id: string, old: unknown, next: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'record-changed',
    case_id: c.caseId,
    actor: c.actor,
    at: c.at,
    ...(c.why ? { why: c.why } : {}),
    via: c.via,
    kind,
    record_id: id,
    op: old == null ? 'created' : next == null ? 'deleted' : 'updated',
    record_sha256: next == null ? null : digestOf(crypto, next),
    old: old ?? null,
    ...extra,
  };
}

/**
 * Decides what an import writes for one record: the bundle's value, unless an analyst changed (or deleted)
 * the record since the bundle's value was last imported. Returns the value to store (null: leave as is).
 */
function merge(m: MergeContext, kind: string, id: string, stored: unknown, bundle: unknown): unknown | null {
  const bundleSha = digestOf(m.ws.crypto, bundle);
  if (stored !== undefined && digestOf(m.ws.crypto, stored) === bundleSha) return null;
  const last = m.ledger.last.get(k(kind, id));
  const analyst = last && last.via !== 'import';
  if (!analyst) return stored === undefined || digestOf(m.ws.crypto, stored) !== bundleSha ? bundle : null;
  // the analyst's work stands where the bundle did not change since it was imported
  const before = m.ledger.imported.get(k(kind, id));
  if (before === bundleSha) return null;
  const what = last.sha === null ? 'deleted' : last.via === 'baseline' ? 'accepted the stored value of' : 'changed';
  const keep = !m.preferBundle;
  m.conflicts.push({
    kind,
    id,
    by: last.actor,
    index: last.index,
    kept: keep ? 'analyst' : 'bundle',
    message: `${kind === CASE_KIND ? 'the case record' : `${kind} "${id}"`}: ${last.actor} ${what} it (entry ${last.index}) and the bundle now says something else; ${keep ? `kept ${last.actor}'s version (import with --prefer-bundle to take the bundle's)` : "took the bundle's version"}`,
  });
  return keep ? null : bundle;
}

/** Writes the case record through the merge, logging the change. */
export async function importCaseRecord(m: MergeContext, tx: CaseStoreTx, value: { id: string }): Promise<WriteCounts> {
  const stored = (await tx.getCase(value.id)) ?? undefined;
  const next = merge(m, CASE_KIND, value.id, stored, value);
  if (next === null) return { added: 0, updated: 0, unchanged: 1 };
  const counts = await tx.upsertCase(next as never);
  m.events.push(recordEvent(m.ws.crypto, { ...m, via: 'import' }, CASE_KIND, value.id, stored ?? null, next));
  return counts;
}

/** Writes one kind of records through the merge (imports never delete), logging each change. */
export async function importRecords(m: MergeContext, tx: CaseStoreTx, kind: RecordKind, records: StoredRecord[]): Promise<WriteCounts> {
  const stored = new Map((await tx.getRecords(m.caseId, kind)).map((r) => [r.id, r.data]));
  const write: StoredRecord[] = [];
  let kept = 0;
  for (const r of records) {
    const old = stored.get(r.id);
    const next = merge(m, kind, r.id, old, r.data);
    if (next === null) {
      if (old !== undefined && canonicalJson(old) !== canonicalJson(r.data)) kept++;
      continue;
    }
    write.push({ id: r.id, data: next });
    m.events.push(recordEvent(m.ws.crypto, { ...m, via: 'import' }, kind, r.id, old ?? null, next));
  }
  const counts = await tx.putRecords(m.caseId, kind, write);
  return { added: counts.added, updated: counts.updated, unchanged: counts.unchanged + records.length - write.length };
}

export interface RecordWrite {
  caseId: string;
  kind: RecordKind;
  id: string;
  /** the new value; null deletes */
  data: unknown | null;
  old: unknown | null;
  /** the record's id before (a site-control interval is keyed by its content) */
  renamedFrom?: string;
  actor: string;
  why?: string;
  via: string;
}

/**
 * An analyst's create, replace or delete of one record: the write and its record-changed entry in one
 * transaction, then a signed checkpoint. Returns the entry's index.
 */
export async function writeRecord(ws: Workspace, w: RecordWrite, check?: (tx: CaseStoreTx) => Promise<void>): Promise<number> {
  const at = ws.now().toISOString();
  // keys opened (a passphrase asked) and a checkpoint signed before the entry: nothing lands unsigned
  await signCheckpoint(ws);
  const index = await ws.store.transaction(async (tx) => {
    if (check) await check(tx);
    if (w.data === null) await tx.deleteRecord(w.caseId, w.kind, w.id);
    else if (w.renamedFrom && w.renamedFrom !== w.id) await tx.renameRecord(w.caseId, w.kind, w.renamedFrom, w.id, w.data);
    else await tx.putRecords(w.caseId, w.kind, [{ id: w.id, data: w.data }]);
    const ev = recordEvent(ws.crypto, { caseId: w.caseId, actor: w.actor, at, via: w.via, why: w.why }, w.kind, w.id, w.old, w.data, {
      new: w.data,
      ...(w.renamedFrom && w.renamedFrom !== w.id ? { renamed_from: w.renamedFrom } : {}),
    });
    const [a] = await tx.appendCustody([ev as never]);
    return a.index;
  });
  await signCheckpoint(ws);
  return index;
}

/** Reports per reports-added entry (the reader's batch): one entry and one kept list per 2,000 reports. */
export const REPORTS_PER_ENTRY = 2000;

/**
 * Adds reports (only those not stored yet) and logs them in the same transaction: per up to 2,000 added
 * reports one `reports-added` entry with their count and the Merkle root of their (id, content hash) pairs,
 * and the list itself in report_batches (src/core/custody/report-batch.ts, docs/custody.md "Case content").
 * `hashes`, when given, are the reader's: each report's content hash and the whole batch's root, computed
 * on its worker thread; otherwise they are computed here. Returns the ids added.
 */
export async function addReportsLogged(caps: { crypto: Pick<Crypto, 'sha256'>; reportDigests: ReportDigests }, tx: CaseStoreTx, c: { caseId: string; actor: string; at: string; via: string; file?: string; why?: string }, batch: StoredReport[], hashes?: BatchHashes): Promise<string[]> {
  const ids = await tx.addReports(c.caseId, batch);
  const given = hashes && hashes.digests.length === batch.length ? hashes.digests : null;
  // the reader's line numbers are for messages, not part of the report (nor of its hash)
  const digestAt = (i: number) => given?.[i] ?? caps.reportDigests.content(batch[i]);
  // a report id already stored (or repeated in the file) must carry the same report: a different one under
  // the same id would be dropped silently otherwise
  if (ids.length < batch.length) {
    const added = new Set(ids);
    const seen = new Set<string>();
    // every report not inserted: the ones already stored, and repeats of an id within this batch
    const others = batch.map((r, i) => [r, i] as const).filter(([r]) => (seen.has(r.id) ? true : (seen.add(r.id), !added.has(r.id))));
    const stored = new Map((await tx.storedReports(c.caseId, [...new Set(others.map(([r]) => r.id))])).map((r) => [r.id, reportDigest((t) => textDigest(caps.crypto, t), r as unknown as Record<string, unknown>)]));
    for (const [r, i] of others) {
      const { line } = r as StoredReport & { line?: number };
      if (stored.get(r.id) !== digestAt(i))
        throw badInput(`a different report with this id is already stored or earlier in the file (it would be dropped); give each report its own id`, `${c.file ?? 'reports'}${line ? ':' + line : ''}: id "${r.id}"`);
    }
  }
  if (!ids.length) return ids;
  // the reader's root holds when every report of the batch was added, in the batch's order
  const whole = given && hashes && ids.length === batch.length && ids.length <= REPORTS_PER_ENTRY && ids.every((id, i) => id === batch[i].id);
  // an added id is the first (only) report of the batch with that id
  const at = new Map<string, number>();
  for (let i = batch.length - 1; i >= 0; i--) at.set(batch[i].id, i);
  for (let i = 0; i < ids.length; i += REPORTS_PER_ENTRY) {
    const part = ids.slice(i, i + REPORTS_PER_ENTRY);
    const digests = whole ? given : part.map((id) => digestAt(at.get(id)!));
    const root = whole ? hashes.root : caps.reportDigests.root(part, digests);
    await tx.appendCustody([
      {
        type: 'reports-added',
        case_id: c.caseId,
        actor: c.actor,
        at: c.at,
        via: c.via,
        // the analyst's reason for adding them, as every other write keeps it
        ...(c.why ? { why: c.why } : {}),
        count: part.length,
        reports_root: root,
      } as never,
    ]);
    await tx.putReportBatch(c.caseId, root, caps.reportDigests.encode(part, digests));
  }
  return ids;
}

export { actorOf };

/**
 * An analyst's correction (`data` given) or delete (`data` null) of one stored report: the store's write and its
 * `report-changed` entry (the new canonical hash, or null, and the old report) in one transaction, then a signed
 * checkpoint. The report keeps its id. Returns the entry's index and the old report; null when there is none.
 */
export async function changeReportLogged(ws: Workspace, c: { caseId: string; id: string; data: StoredReport | null; actor: string; why?: string; via: string }): Promise<{ index: number; old: StoredReport } | null> {
  const at = ws.now().toISOString();
  const out = await ws.store.transaction(async (tx) => {
    const [old] = await tx.storedReports(c.caseId, [c.id]);
    if (!old) return null;
    await tx.deleteReport(c.caseId, c.id);
    if (c.data) await tx.addReports(c.caseId, [{ ...c.data, id: c.id }]);
    const [a] = await tx.appendCustody([
      {
        type: 'report-changed',
        case_id: c.caseId,
        actor: c.actor,
        at,
        ...(c.why ? { why: c.why } : {}),
        via: c.via,
        report_id: c.id,
        op: c.data ? 'updated' : 'deleted',
        report_sha256: c.data ? reportDigest((t) => textDigest(ws.crypto, t), { ...c.data, id: c.id } as unknown as Record<string, unknown>) : null,
        old,
      } as never,
    ]);
    return { index: a.index, old };
  });
  if (out) await signCheckpoint(ws);
  return out;
}
