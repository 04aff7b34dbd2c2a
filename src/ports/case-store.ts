/**
 * The case store port: what the use cases need from persistence, named by capability. Adapters
 * (SQLite, PostgreSQL) implement it over one typed query layer; the same contract suite runs on both.
 */
import type { Case, RecordKind, StoredReport } from '../core/case/schemas.js';
import type { LoggedRatingChange } from '../core/case/rating-log-row.js';
import type { CustodyEventInput } from '../core/custody/log-entry.js';
import type { StoredBatch } from '../core/custody/report-batch.js';
import type { Appended, CustodyLog } from './custody-log.js';

export interface CaseSummary {
  id: string;
  title: string;
  occurred_at: string;
}

export interface StoredRecord {
  id: string;
  data: unknown;
}

export interface WriteCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportLogEntry {
  case_id: string;
  source: string;
  sha256: string;
  records: number;
  added: number;
  at: string;
}

/**
 * Writes, only inside a transaction: an import either lands whole or not at all. A transaction takes the
 * store's write lock first (the custody head), so writers queue rather than fail, and always lock in the same
 * order (no deadlock on PostgreSQL).
 */
export interface CaseStoreTx {
  upsertCase(c: Case): Promise<WriteCounts>;
  caseExists(id: string): Promise<boolean>;
  putRecords(caseId: string, kind: RecordKind, records: StoredRecord[]): Promise<WriteCounts>;
  /** inserts reports not yet stored (by id); returns how many were new */
  insertReports(caseId: string, reports: StoredReport[]): Promise<number>;
  /**
   * Before a large insert of about `estimatedRows` reports into case `caseId`: lets the store defer index
   * upkeep to one sorted build at the end (the returned function, called before the transaction commits).
   * Until then only that case's reports are written. Optional.
   */
  bulkReports?(estimatedRows: number, caseId: string): Promise<(() => Promise<void>) | null>;
  logImport(entry: ImportLogEntry): Promise<void>;
  getRecords(caseId: string, kind: RecordKind): Promise<StoredRecord[]>;
  /** removes one record; false when there was none */
  deleteRecord(caseId: string, kind: RecordKind, id: string): Promise<boolean>;
  /** removes one report (an analyst's correction or delete, logged as report-changed); false when there was none */
  deleteReport(caseId: string, id: string): Promise<boolean>;
  /** gives a record a new id and content in place (keeps its order): content-addressed ids change with content */
  renameRecord(caseId: string, kind: RecordKind, oldId: string, newId: string, data: unknown): Promise<void>;
  /** appends the next change of one matrix cell (seq = the cell's last + 1) and returns it */
  appendRatingChange(change: Omit<RatingChange, 'seq'>): Promise<RatingChange>;
  getCase(id: string): Promise<Case | null>;
  /** reports of these ids already stored (to tell a re-sent report from a different one with the same id) */
  storedReports(caseId: string, ids: string[]): Promise<StoredReport[]>;
  /** inserts reports not yet stored (by id); returns the ids actually inserted */
  addReports(caseId: string, reports: StoredReport[]): Promise<string[]>;
  /** keeps the list a reports-added entry commits to by `root` (src/core/custody/report-batch.ts); a list already kept is left as is */
  putReportBatch(caseId: string, root: string, batch: StoredBatch): Promise<void>;
  /** appends custody-log entries in this transaction: they commit or roll back with what they describe */
  appendCustody(events: CustodyEventInput[]): Promise<Appended[]>;
}

/** One change of an ACH matrix cell, as kept in the rating log. */
export type RatingChange = LoggedRatingChange;

/** An API user; the token itself is never stored, only its SHA-256. */
export interface UserRow {
  id: string;
  name: string;
  role: string;
  created_at: string;
  revoked_at: string | null;
}

/** A record exactly as stored (the JSON text), for verification against the custody log. */
export interface RawRecord {
  case_id: string;
  kind: string;
  id: string;
  data: string;
}

export interface ReportQuery {
  /** case-insensitive substring of title, text or outlet; LIKE wildcards in it are literal */
  q?: string;
  outlet?: string;
}

export interface ReportPage {
  total: number;
  items: StoredReport[];
}

export interface CaseStore {
  readonly dialect: 'sqlite' | 'postgres';
  migrate(): Promise<string[]>;
  transaction<T>(fn: (tx: CaseStoreTx) => Promise<T>): Promise<T>;
  listCases(query?: string): Promise<CaseSummary[]>;
  getCase(id: string): Promise<Case | null>;
  getRecords(caseId: string, kind: RecordKind): Promise<StoredRecord[]>;
  countReports(caseId: string): Promise<number>;
  reportPage(caseId: string, offset: number, limit: number): Promise<ReportPage>;
  /** every report of a case in (published_at, id) order, read in pages so memory stays bounded */
  streamReports(caseId: string, pageSize?: number): AsyncIterable<StoredReport>;
  /** reports matching a query, in (published_at, id) order */
  searchReports(caseId: string, query: ReportQuery, offset: number, limit: number): Promise<ReportPage>;
  imports(caseId: string): Promise<ImportLogEntry[]>;
  /** every stored record of a kind (all kinds when omitted), optionally of one case, as stored */
  rawRecords(filter?: { kind?: RecordKind; caseId?: string }): Promise<RawRecord[]>;
  countRecords(caseId: string): Promise<number>;
  /** every kept list of reports (report_batches), for verify */
  reportBatches(): AsyncIterable<{ case_id: string; root: string } & StoredBatch>;

  /**
   * A token that changes whenever anything stored changes, in any process (the whole store, or one case:
   * its record, records, reports, rating log and custody entries). Caches key on it; equal tokens mean equal
   * data. Writes outside this port (a hand edit of the database) do not change it: that is verify's business.
   */
  dataVersion(caseId?: string): Promise<string>;

  /**
   * Analysis results kept per case under a name, with the key of the input they were computed from; the
   * caller compares keys and checks `sig`, the signature binding result to key (docs/custody.md, "Kept
   * results"). Derived data: keeping one does not change dataVersion().
   */
  keptResult(caseId: string, name: string): Promise<{ key: string; data: string; sig: string | null } | null>;
  keepResult(caseId: string, name: string, key: string, data: string, sig: string): Promise<void>;
  /** every kept result, for verify */
  keptResults(): Promise<{ case_id: string; name: string; key: string; data: string; sig: string | null }[]>;

  /** the rating log of a case (optionally one item / hypothesis), by (at, item, hypothesis, seq) */
  ratingChanges(caseId: string, filter?: { itemId?: string; hypothesisId?: string }): Promise<RatingChange[]>;

  addUser(user: UserRow & { token_sha256: string }): Promise<void>;
  listUsers(): Promise<UserRow[]>;
  findUser(nameOrId: string): Promise<UserRow | null>;
  /** the active (not revoked) user whose token hashes to this */
  userByTokenHash(tokenSha256: string): Promise<UserRow | null>;
  revokeUser(id: string, at: string): Promise<void>;

  /** the custody log kept in this store (docs/custody.md) */
  custodyLog(): CustodyLog;
  /** every case record as stored (the JSON text, and the title and time columns the case list reads), for verification */
  rawCases(): Promise<{ id: string; title: string; occurred_at: string; data: string }[]>;
  close(): Promise<void>;
}
