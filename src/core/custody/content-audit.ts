/**
 * Case content under the custody log (docs/custody.md, "Case content"): everything the assessment reads (the
 * case record, sources, testimonies, munitions, samples, site control, hypotheses, matrix items, reports and
 * the rating log) is logged as it is written, with the canonical SHA-256 of each record, so `verify` can
 * recompute every stored record's hash and name the one that differs from what the log last said.
 *
 * Entries folded here:
 *  - `record-changed` {kind, record_id, record_sha256 (null once deleted), old, new?, via}: one record of a
 *    case (kind "case" for the case record itself). Entries written by older versions carry `new` (the value)
 *    instead of `record_sha256`; its canonical hash is then the expected state.
 *  - `reports-added` {reports: [[id, sha256], ...]}: reports added by an import or the API.
 *  - `report-changed` {report_id, op ("updated" | "deleted"), report_sha256 (null once deleted), old}: an
 *    analyst's correction or delete of one report; a deleted report's id may be added again.
 *  - `rating-changed` {item_id, hypothesis_id, change_seq, old, new, actor, at, why}: one row of the rating log
 *    (`rated_by`/`rated_at`, when present, are the rater and time of a row logged later by a baseline).
 * Pure: the SHA-256 is injected.
 */
import type { LoggedRatingChange } from '../case/rating-log-row.js';
import { canonicalJson } from '../canonical-json.js';
import type { CustodyEntry } from './log-entry.js';
import type { Problem } from './log-audit.js';
import type { Sha256 } from './merkle-hash.js';
import { decodeBatch, reportsRoot, type StoredBatch } from './report-batch.js';

export const CONTENT_ENTRY_TYPES = ['record-changed', 'reports-added', 'report-changed', 'rating-changed'] as const;
/** the record kind under which the case record itself is logged */
export const CASE_KIND = 'case';

/** hex SHA-256 of UTF-8 text */
export type TextDigest = (text: string) => string;

/**
 * A report as the store returns it: title and text always present ('' when empty), optional fields only when
 * set. Hashing this form makes the import's hash equal the one verify recomputes from the database.
 */
export function normalReport(r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (v !== undefined && v !== null) out[k] = v;
  out.title = r.title ?? '';
  out.text = r.text ?? '';
  return out;
}

export const recordDigest = (digest: TextDigest, value: unknown): string => digest(canonicalJson(value));
export const reportDigest = (digest: TextDigest, r: Record<string, unknown>): string => digest(canonicalJson(normalReport(r)));

interface Logged {
  /** expected hash of the stored record; null when the log says it was deleted */
  sha: string | null;
  index: number;
  via?: string;
  actor: string;
}

export type RatingRow = LoggedRatingChange;

/** Stored content no entry ever logged: what `assay log baseline` may accept (docs/custody.md, "Baseline"). */
export type Unlogged =
  | { what: 'record'; case_id: string; kind: string; id: string; sha: string }
  | { what: 'report'; case_id: string; id: string; sha: string }
  | { what: 'rating'; row: RatingRow };

/** Said with every piece of never-logged content: it may predate the content log. */
export const UNLOGGED_HINT = 'inserted outside assay, or stored before this workspace logged case content (then run `assay log baseline --why "..."` to accept it)';

const key = (...parts: (string | number)[]) => parts.join('\u0000');
const short = (h: string | null) => (h ? h.slice(0, 16) + '…' : '(deleted)');

/** Folds the log's content entries, in order, into the expected state of every record, report and rating. */
export class ContentLedger {
  readonly records = new Map<string, Logged & { case_id: string; kind: string; id: string }>();
  readonly reports = new Map<string, { sha: string; index: number; case_id: string; id: string }>();
  readonly ratings = new Map<string, { entry: CustodyEntry; index: number }>();
  readonly problems: Problem[] = [];
  /** stored content with no entry at all (not content whose entry says otherwise) */
  readonly unlogged: Unlogged[] = [];

  /**
   * `batches` finds the list a root-committing `reports-added` entry names (report_batches); `sha` recomputes
   * that list's Merkle root (src/core/custody/report-batch.ts).
   */
  constructor(
    private readonly digest: TextDigest,
    private readonly batches?: { sha: Sha256; find: (caseId: string, root: string) => StoredBatch | undefined },
  ) {}

  private addReport(index: number, caseId: string, id: string, sha: string): void {
    const k = key(caseId, id);
    if (this.reports.has(k)) this.problems.push({ kind: 'content', where: `entry ${index}`, message: `logs report "${id}" of case "${caseId}" again (first logged at entry ${this.reports.get(k)!.index}): reports are never replaced` });
    else this.reports.set(k, { sha, index, case_id: caseId, id });
  }

  feed(index: number, e: CustodyEntry): void {
    if (typeof e.case_id !== 'string') return;
    if (e.type === 'record-changed' && typeof e.kind === 'string' && typeof e.record_id === 'string') {
      let sha: string | null;
      if (typeof e.record_sha256 === 'string' || e.record_sha256 === null) sha = e.record_sha256;
      else if ('new' in e) sha = e.new === null || e.new === undefined ? null : recordDigest(this.digest, e.new);
      else return;
      this.records.set(key(e.case_id, e.kind, e.record_id), { case_id: e.case_id, kind: e.kind, id: e.record_id, sha, index, actor: e.actor, ...(typeof e.via === 'string' ? { via: e.via } : {}) });
      // a renamed record (site control is keyed by its content): the old id is gone
      if (typeof e.renamed_from === 'string') this.records.set(key(e.case_id, e.kind, e.renamed_from), { case_id: e.case_id, kind: e.kind, id: e.renamed_from, sha: null, index, actor: e.actor });
    } else if (e.type === 'reports-added' && Array.isArray(e.reports)) {
      for (const r of e.reports) if (Array.isArray(r) && typeof r[0] === 'string' && typeof r[1] === 'string') this.addReport(index, e.case_id, r[0], r[1]);
    } else if (e.type === 'reports-added' && typeof e.reports_root === 'string') {
      // the entry commits to its list by root: the list must be kept and hash to it, then each report counts
      const where = `entry ${index}`;
      const what = `the list of the ${typeof e.count === 'number' ? e.count : '?'} report(s) of case "${e.case_id}" it logs (root ${short(e.reports_root)}, table report_batches)`;
      const stored = this.batches?.find(e.case_id, e.reports_root);
      const pairs = stored ? decodeBatch(stored) : null;
      if (!stored) this.problems.push({ kind: 'content', where, message: `${what} is missing: deleted outside assay; its reports cannot be named` });
      else if (!pairs || pairs.length !== e.count || reportsRoot(this.batches!.sha, pairs) !== e.reports_root)
        this.problems.push({ kind: 'content', where, message: `${what} ${pairs ? `holds ${pairs.length} report(s) hashing to root ${short(reportsRoot(this.batches!.sha, pairs))}` : 'is not readable'}: the list was changed outside assay; its reports cannot be named` });
      else for (const [id, sha] of pairs) this.addReport(index, e.case_id, id, sha);
    } else if (e.type === 'report-changed' && typeof e.report_id === 'string') {
      const k = key(e.case_id, e.report_id);
      if (typeof e.report_sha256 === 'string') this.reports.set(k, { sha: e.report_sha256, index, case_id: e.case_id, id: e.report_id });
      else this.reports.delete(k);
    } else if (e.type === 'rating-changed' && typeof e.item_id === 'string' && typeof e.hypothesis_id === 'string' && typeof e.change_seq === 'number') {
      this.ratings.set(key(e.case_id, e.item_id, e.hypothesis_id, e.change_seq), { entry: e, index });
    }
  }

  /** The last logged state of one record (for imports: who wrote it last, and was it the bundle). */
  stateOf(caseId: string, kind: string, id: string) {
    return this.records.get(key(caseId, kind, id));
  }

  private seenRecords = new Set<string>();
  private seenReports = new Set<string>();
  private seenRatings = new Set<string>();
  private out: Problem[] = [];

  /** A stored record (canonical = its stored JSON text re-encoded canonically; null when unreadable). */
  checkRecord(caseId: string, kind: string, id: string, canonical: string | null): void {
    const k = key(caseId, kind, id);
    this.seenRecords.add(k);
    const where = kind === CASE_KIND ? `case record "${caseId}"` : `${kind} "${id}" of case "${caseId}"`;
    if (canonical === null) {
      this.out.push({ kind: 'content', where, message: 'is not readable JSON (edited outside assay)' });
      return;
    }
    const lg = this.records.get(k);
    const got = this.digest(canonical);
    if (!lg) this.unlogged.push({ what: 'record', case_id: caseId, kind, id, sha: got });
    if (!lg || lg.sha === null)
      this.out.push({ kind: 'content', where, message: lg ? `entry ${lg.index} logs it as deleted, but it is stored (hashes to ${short(got)}): inserted outside assay` : `is stored (hashes to ${short(got)}) but no custody-log entry logs it: ${UNLOGGED_HINT}` });
    else if (lg.sha !== got)
      this.out.push({ kind: 'content', where, message: `hashes to ${short(got)}, but entry ${lg.index} logged ${short(lg.sha)}: the record was changed outside assay` });
  }

  checkReport(caseId: string, id: string, report: Record<string, unknown>): void {
    const k = key(caseId, id);
    this.seenReports.add(k);
    const where = `report "${id}" of case "${caseId}"`;
    const lg = this.reports.get(k);
    const got = reportDigest(this.digest, report);
    if (!lg) {
      this.unlogged.push({ what: 'report', case_id: caseId, id, sha: got });
      this.out.push({ kind: 'content', where, message: `is stored (hashes to ${short(got)}) but no custody-log entry logs it: ${UNLOGGED_HINT}` });
    } else if (lg.sha !== got) this.out.push({ kind: 'content', where, message: `hashes to ${short(got)}, but entry ${lg.index} logged ${short(lg.sha)}: the report was changed outside assay` });
  }

  checkRating(r: RatingRow): void {
    const k = key(r.case_id, r.item_id, r.hypothesis_id, r.seq);
    this.seenRatings.add(k);
    const where = `rating change ${r.seq} of cell ${r.item_id} × ${r.hypothesis_id} in case "${r.case_id}"`;
    const lg = this.ratings.get(k);
    if (!lg) {
      this.unlogged.push({ what: 'rating', row: r });
      this.out.push({ kind: 'content', where, message: `is stored but no custody-log entry logs it: ${UNLOGGED_HINT}` });
      return;
    }
    const e = lg.entry;
    const diffs: string[] = [];
    const cmp = (field: string, logged: unknown, stored: unknown) => {
      if ((logged ?? null) !== (stored ?? null)) diffs.push(`${field} logged ${JSON.stringify(logged ?? null)}, stored ${JSON.stringify(stored ?? null)}`);
    };
    cmp('old', e.old, r.old_rating);
    cmp('new', e.new, r.new_rating);
    // a baseline entry logs a rating made before the log: the rater and time are `rated_by` and `rated_at`
    cmp('by', e.rated_by ?? e.actor, r.by);
    cmp('why', e.why, r.why);
    cmp('at', e.rated_at ?? e.at, r.at);
    if (diffs.length) this.out.push({ kind: 'content', where, message: `differs from entry ${lg.index}: ${diffs.join('; ')}` });
  }

  /**
   * Everything logged but no longer stored. `kinds` limits records to the kinds checked (evidence has its
   * own ledger); `cases` to the cases whose reports and ratings were read.
   */
  finish(kinds: readonly string[]): Problem[] {
    const out = [...this.problems, ...this.out];
    for (const [k, lg] of this.records)
      if (lg.sha !== null && kinds.includes(lg.kind) && !this.seenRecords.has(k))
        out.push({ kind: 'content', where: lg.kind === CASE_KIND ? `case record "${lg.case_id}"` : `${lg.kind} "${lg.id}" of case "${lg.case_id}"`, message: `entry ${lg.index} logs it, but it is missing: deleted outside assay` });
    for (const [k, lg] of this.reports)
      if (!this.seenReports.has(k)) out.push({ kind: 'content', where: `report "${lg.id}" of case "${lg.case_id}"`, message: `entry ${lg.index} logs it, but it is missing: deleted outside assay` });
    for (const [k, lg] of this.ratings)
      if (!this.seenRatings.has(k))
        out.push({ kind: 'content', where: `rating change ${lg.entry.change_seq} of cell ${String(lg.entry.item_id)} × ${String(lg.entry.hypothesis_id)} in case "${lg.entry.case_id}"`, message: `entry ${lg.index} logs it, but it is missing from the rating log: deleted outside assay` });
    return out;
  }
}
