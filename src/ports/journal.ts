/**
 * Intent journals for long custody operations (evidence add, bundle import): what is being done and each item
 * completed, kept until the operation ends, so the next run can say exactly what a dead process left undone
 * (docs/custody.md). The default adapter writes JSONL files in the workspace folder
 * (src/adapters/custody/journal.ts); the workspace module picks it.
 */
export interface Intent {
  op: string;
  case_id?: string;
  started_at: string;
  items: string[];
  source?: string;
}
export interface Progress {
  item: string;
  sha256: string;
  index: number;
}

/** A journal of a process that is no longer running. */
export interface LeftJournal {
  file: string;
  pid: number;
  /** null when its first line was cut by the crash */
  intent: Intent | null;
  progress: Progress[];
}

export interface OpenJournal {
  /** records one item as stored and logged */
  done(p: Progress): void;
  /** the operation ended: the journal goes */
  close(): void;
}

export interface Journals {
  start(intent: Intent): OpenJournal;
  /** journals of dead processes; removed as they are read unless `keep` (a read-only look, as verify takes) */
  leftovers(opts?: { keep?: boolean }): LeftJournal[];
}
