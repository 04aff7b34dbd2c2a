import type { ImportLogEntry } from '../../ports/case-store.js';
import type { LoggedRatingChange } from '../../core/case/rating-log-row.js';

/** Table types of the one typed query layer (Kysely) shared by the SQLite and PostgreSQL adapters. */
export interface CasesTable {
  id: string;
  title: string;
  occurred_at: string;
  data: string; // the case document as canonical JSON
}

export interface RecordsTable {
  case_id: string;
  kind: string;
  id: string;
  ord: number;
  data: string;
}

export interface ReportsTable {
  case_id: string;
  id: string;
  published_at: string; // ISO 8601, as given (sorts correctly when zones agree; normalised to UTC on import)
  outlet: string;
  title: string;
  text: string;
  url: string | null;
  language: string | null;
  account: string | null;
  /** when the report became known, where the file gave it (else its published_at) */
  available_at: string | null;
}

/** The list of reports a reports-added entry commits to by its root (migration 0008, src/core/custody/report-batch.ts). */
export interface ReportBatchesTable {
  case_id: string;
  root: string;
  ids: string;
  digests: string;
}

/** The import log's rows are exactly the port's entries. */
export type ImportsTable = ImportLogEntry;

/** API users (migration 0004): the token is kept only as its SHA-256. */
export interface UsersTable {
  id: string;
  name: string;
  role: string;
  token_sha256: string;
  created_at: string;
  revoked_at: string | null;
}

/** History of ACH matrix cells edited through the API (migration 0004): the rating-log row of the case model. */
export type RatingChangesTable = LoggedRatingChange;

/** Custody log (see migrations/20261125-0002-custody.ts). */
export interface CustodyLogTable {
  idx: number;
  entry: string; // canonical JSON, the exact leaf bytes (UTF-8)
  leaf_hash: string; // hex SHA-256(0x00 || entry)
  type: string;
  case_id: string | null;
  at: string;
}

export interface CustodyStateTable {
  id: number;
  size: number;
  root: string;
  peaks: string; // JSON array of hex compact-range peaks
}

export interface CustodyCheckpointsTable {
  id: number;
  size: number;
  root: string;
  note: string; // C2SP signed note
  at: string;
}

export interface CustodyAnchorsTable {
  id: number;
  checkpoint_id: number;
  kind: string; // 'rfc3161' | 'ots'
  receipt: string; // base64
  sha256: string;
  at: string;
}

/** Data versions (migration 0005): scope '*' for the whole store, a case id for one case. */
export interface DataVersionTable {
  scope: string;
  version: number;
}

export interface Database {
  data_version: DataVersionTable;
  cases: CasesTable;
  records: RecordsTable;
  reports: ReportsTable;
  report_batches: ReportBatchesTable;
  imports: ImportsTable;
  users: UsersTable;
  rating_changes: RatingChangesTable;
  custody_log: CustodyLogTable;
  custody_state: CustodyStateTable;
  custody_checkpoints: CustodyCheckpointsTable;
  custody_anchors: CustodyAnchorsTable;
}
