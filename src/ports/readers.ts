/**
 * Reading case material from files: a case bundle folder (docs/case-bundle.md), report files (CSV, JSONL/JSON,
 * RSS/Atom) streamed in batches, a JSONL file cut into line-aligned chunks for the queue, and a file's media
 * type. The default adapters are in src/adapters/readers; the workspace module picks them.
 */
import type { z, ZodType } from 'zod';
import type { CaseBundle, EvidenceFile, StoredReport } from '../core/case/schemas.js';
import type { ColumnMap } from '../core/ingest/columns.js';
import type { DateOrder } from '../core/ingest/dates.js';

export type ReportFormat = 'csv' | 'jsonl' | 'json' | 'feed';

export interface ReadOptions {
  format?: ReportFormat;
  map?: ColumnMap;
  dateOrder?: DateOrder;
  delimiter?: string;
  /** errors collected before giving up on a file */
  maxErrors?: number;
  batchSize?: number;
  /** longest text or title one report may have, in characters (default MAX_TEXT_CHARS) */
  maxTextChars?: number;
  /** called with bytes read so far, for progress bars */
  onProgress?: (bytes: number, total: number) => void;
  /** set `line` (the record's line in the file) on each report, for commands that point back into the file */
  withLines?: boolean;
}

/** A report with the line of the file it came from (readReports with `withLines`). */
export type ReportWithLine = StoredReport & { line?: number };

export interface ReadSummary {
  file: string;
  format: ReportFormat;
  records: number;
  invalidUtf8: number;
  dateFormats: Record<string, number>;
  zoneAssumed: number;
  columns: ColumnMap;
  delimiter?: string;
  dateOrder?: DateOrder;
  dateOrderSource?: 'given' | 'inferred';
  /** CSV rows whose cell count differs from the header's (kept; extra cells ignored, missing ones empty) */
  ragged: number;
  /** the first few of those rows' line numbers */
  raggedLines: number[];
  /** SHA-256 of the file's bytes as read, when the reader read it all in one pass (CSV, JSONL) */
  sha256?: string;
}

export interface EvidenceSourceFile {
  /** absolute path of the file in the bundle */
  abs: string;
  /** its path relative to evidence/ */
  rel: string;
  meta: z.infer<typeof EvidenceFile>;
}

export interface BundleContents {
  dir: string;
  bundle: CaseBundle;
  reportFiles: string[];
  evidenceFiles: EvidenceSourceFile[];
}

export interface LineChunk {
  index: number;
  /** 1-based line number of the chunk's first line */
  line: number;
  /** byte offset of the chunk in the file */
  offset: number;
  bytes: Buffer;
  sha256: string;
}

/** What the reader computed for a batch: each report's content hash and the batch's root (absent: the caller hashes). */
export interface BatchHashes {
  digests: string[];
  root: string;
}

export interface FileReaders {
  /** every record file of a bundle folder, checked; all problems at once as `file:line: field: message` */
  readBundle(dir: string): BundleContents;
  /** a report file in batches, in bounded memory; `summaryOut` is filled as it goes */
  readReports(file: string, opts?: ReadOptions, summaryOut?: ReadSummary): AsyncGenerator<StoredReport[]>;
  /** the same, parsed on a worker thread */
  readReportsInWorker(file: string, opts?: ReadOptions, summaryOut?: ReadSummary): AsyncGenerator<StoredReport[]>;
  detectFormat(file: string): ReportFormat;
  /** a JSONL file in chunks of about `size` bytes ending on line boundaries */
  lineChunks(file: string, size: number, maxChunk: number, done?: (r: { sha256: string; lines: number; bytes: number }) => void): AsyncGenerator<LineChunk>;
  mediaTypeOf(file: string): string;
  /** the size in bytes of a regular file, or undefined when there is none at that path */
  fileSize(file: string): number | undefined;
  /**
   * A YAML or JSON file checked against `schema`: bad syntax or a value the schema refuses is a bad-input
   * error naming file:line: field (every schema problem as a detail).
   */
  readCheckedFile<T>(file: string, schema: ZodType<T>): T;
  /** the hashes the reader computed for a batch it yielded, if it did */
  hashesOf(batch: StoredReport[]): BatchHashes | undefined;
}
