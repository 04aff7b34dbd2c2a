/**
 * Cross-checking the case's evidence RECORDS (the editable `records` rows of kind 'evidence', what
 * `evidence list` and exports show) against the custody log, which is tamper-evident. The log is the
 * authority: each evidence item's logged state is the fields of the entry that logged it (evidence-added,
 * evidence-derived, or evidence-listed for an item a bundle names without its file), patched by any later
 * evidence-updated entry (a re-import that changed the capture record). A record must equal that state
 * field by field, and (for entries written since record_sha256 was logged) hash to the logged digest of the
 * whole record, which also covers the fields the log does not repeat (title, media type, citations).
 * Every logged item must have its record, and every record its entry.
 */
import type { CustodyEntry } from './log-entry.js';
import type { Problem } from './log-audit.js';

/** The record fields the log repeats, compared one by one so a difference is named. */
export const LOGGED_FIELDS = ['file', 'size', 'parent_sha256', 'collector', 'captured_at', 'source_url', 'capture_tool', 'persona', 'notes'] as const;
export const CAPTURE_FIELDS = ['collector', 'captured_at', 'source_url', 'capture_tool', 'persona', 'notes'] as const;

export const EVIDENCE_ENTRY_TYPES = ['evidence-added', 'evidence-derived', 'evidence-listed', 'evidence-updated'] as const;

export type LoggedFields = Partial<Record<(typeof LOGGED_FIELDS)[number], unknown>>;

export interface LoggedEvidence {
  case_id: string;
  sha256: string;
  /** the entry that first logged the item (added, derived or listed) */
  index: number;
  /** the latest entry that set its state */
  last_index: number;
  type: string;
  fields: LoggedFields;
  record_sha256?: string;
  metadata_sha256?: string;
  relation?: string;
}

/** The fields of a record (or an entry) that the log repeats, undefined ones dropped. */
export function loggedFieldsOfRecord(r: Record<string, unknown>): LoggedFields {
  const out: LoggedFields = {};
  for (const k of LOGGED_FIELDS) if (r[k] !== undefined && r[k] !== null) out[k] = r[k];
  return out;
}

function fieldsOfEntry(e: CustodyEntry): LoggedFields {
  const cap = e.capture && typeof e.capture === 'object' ? (e.capture as Record<string, unknown>) : {};
  return loggedFieldsOfRecord({ file: e.file, size: e.size, parent_sha256: e.parent_sha256, ...Object.fromEntries(CAPTURE_FIELDS.map((k) => [k, cap[k]])) });
}

/** Differences between a logged state and a record's fields: [field, logged, recorded]. */
export function fieldDifferences(logged: LoggedFields, record: LoggedFields): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [];
  for (const k of LOGGED_FIELDS) if (JSON.stringify(logged[k]) !== JSON.stringify(record[k])) out.push([k, logged[k], record[k]]);
  return out;
}

const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));

/** Folds the log's evidence entries, in order, into each item's logged state. */
export class EvidenceLedger {
  readonly items = new Map<string, LoggedEvidence>();
  readonly problems: Problem[] = [];
  static key = (caseId: string, sha: string) => `${caseId}\u0000${sha}`;

  feed(index: number, e: CustodyEntry): void {
    if (!(EVIDENCE_ENTRY_TYPES as readonly string[]).includes(e.type) || typeof e.sha256 !== 'string' || typeof e.case_id !== 'string') return;
    const key = EvidenceLedger.key(e.case_id, e.sha256);
    const have = this.items.get(key);
    if (e.type === 'evidence-updated') {
      if (!have) {
        this.problems.push({ kind: 'evidence', where: `entry ${index}`, message: `updates evidence ${e.sha256} of case "${e.case_id}", which no earlier entry logged` });
        return;
      }
      const nw = e.new && typeof e.new === 'object' ? (e.new as Record<string, unknown>) : {};
      for (const [k, v] of Object.entries(nw)) if ((LOGGED_FIELDS as readonly string[]).includes(k)) (have.fields as Record<string, unknown>)[k] = v === null ? undefined : v;
      have.fields = loggedFieldsOfRecord(have.fields as Record<string, unknown>);
      if (typeof e.record_sha256 === 'string') have.record_sha256 = e.record_sha256;
      have.last_index = index;
      return;
    }
    // a listed item later added with its file (or re-logged) takes the newer entry's state
    if (have && have.type !== 'evidence-listed' && e.type === 'evidence-listed') return;
    this.items.set(key, {
      case_id: e.case_id,
      sha256: e.sha256,
      index: have && have.type !== 'evidence-listed' ? have.index : index,
      last_index: index,
      type: e.type,
      fields: fieldsOfEntry(e),
      ...(typeof e.record_sha256 === 'string' ? { record_sha256: e.record_sha256 } : {}),
      ...(typeof e.metadata_sha256 === 'string' ? { metadata_sha256: e.metadata_sha256 } : {}),
      ...(typeof e.relation === 'string' ? { relation: e.relation } : {}),
    });
  }

  /**
   * Compares the stored records with the logged states. `digest` hashes a record's canonical JSON (hex).
   * Returns one problem per record or item, naming each field that differs.
   */
  check(records: { case_id: string; id: string; data: Record<string, unknown> | null; canonical: string }[], digest: (canonical: string) => string): Problem[] {
    const out: Problem[] = [...this.problems];
    const seen = new Set<string>();
    for (const r of records) {
      const key = EvidenceLedger.key(r.case_id, r.id);
      seen.add(key);
      const where = `evidence ${r.id} of case "${r.case_id}"`;
      if (!r.data) {
        out.push({ kind: 'evidence', where, message: 'the record is not readable JSON (edited outside assay)' });
        continue;
      }
      const lg = this.items.get(key);
      if (!lg) {
        out.push({ kind: 'evidence', where, message: `the record${r.data.file ? ` ("${String(r.data.file)}")` : ''} has no custody-log entry: it was added or re-keyed outside assay` });
        continue;
      }
      const diffs = fieldDifferences(lg.fields, loggedFieldsOfRecord(r.data));
      if (r.data.sha256 !== r.id) diffs.unshift(['sha256', r.id, r.data.sha256]);
      const at = lg.last_index === lg.index ? `entry ${lg.index}` : `entries ${lg.index} and ${lg.last_index}`;
      if (diffs.length)
        out.push({ kind: 'evidence', where, message: `the record differs from what ${at} logged: ${diffs.map(([k, a, b]) => `${k} logged ${show(a)}, record says ${show(b)}`).join('; ')}` });
      else if (lg.record_sha256 && digest(r.canonical) !== lg.record_sha256)
        out.push({ kind: 'evidence', where, message: `the record differs from what ${at} logged in a field the log does not repeat (title, media type or citations): it hashes to ${digest(r.canonical).slice(0, 16)}…, logged ${lg.record_sha256.slice(0, 16)}…` });
    }
    for (const [key, lg] of this.items)
      if (!seen.has(key)) out.push({ kind: 'evidence', where: `evidence ${lg.sha256} of case "${lg.case_id}"`, message: `entry ${lg.index} logs it${lg.fields.file ? ` ("${String(lg.fields.file)}")` : ''} but its record is missing (deleted outside assay)` });
    return out;
  }
}
