/**
 * The case store port: what the use cases need from persistence, named by capability. Adapters
 * (SQLite, PostgreSQL) implement it over one typed query layer; the same contract suite runs on both.
 */
import type { Case, RecordKind, StoredReport } from '../core/case/schemas.js';

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

/** Writes, only inside a transaction: an import either lands whole or not at all. */
export interface CaseStoreTx {
  upsertCase(c: Case): Promise<WriteCounts>;
  caseExists(id: string): Promise<boolean>;
  putRecords(caseId: string, kind: RecordKind, records: StoredRecord[]): Promise<WriteCounts>;
  /** inserts reports not yet stored (by id); returns how many were new */
  insertReports(caseId: string, reports: StoredReport[]): Promise<number>;
  logImport(entry: ImportLogEntry): Promise<void>;
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
  imports(caseId: string): Promise<ImportLogEntry[]>;
  close(): Promise<void>;
}
