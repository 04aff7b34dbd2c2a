/** A worker reads a queued chunk of a JSONL file exactly as the whole file would be read (report-reader.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AssayError, type ErrorData } from '../core/errors.js';
import type { StoredReport } from '../core/case/schemas.js';
import type { FileReaders, ReadOptions, ReadSummary } from '../ports/readers.js';

/** Reads one chunk of a JSONL file the way the whole file would be read; errors name the file's own lines. */
export async function readChunk(readers: FileReaders, payload: Buffer, meta: { file: string; line: number; run: string; chunk: number }, read: ReadOptions): Promise<{ reports: StoredReport[]; summary: ReadSummary; errors?: ErrorData[] }> {
  const tmp = path.join(os.tmpdir(), `assay-chunk-${process.pid}-${meta.run}-${meta.chunk}.jsonl`);
  fs.writeFileSync(tmp, payload);
  const summary = {} as ReadSummary;
  const reports: StoredReport[] = [];
  try {
    for await (const b of readers.readReports(tmp, { ...read, format: 'jsonl', batchSize: 1 << 30 }, summary)) for (const r of b) reports.push(r);
    return { reports, summary };
  } catch (e) {
    if (!(e instanceof AssayError) || e.code !== 'bad_input') throw e;
    // "<tmp>:<line>..." -> "<file>:<line + first line - 1>..."
    const fix = (p?: string) => p?.replace(new RegExp(`^${tmp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?::(\\d+))?`), (_m, l?: string) => (l ? `${meta.file}:${Number(l) + meta.line - 1}` : meta.file));
    const errors = (e.details.length ? e.details : [e.toData()]).map((d) => ({ code: d.code, message: d.message, path: fix(d.path) }));
    return { reports: [], summary, errors };
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

