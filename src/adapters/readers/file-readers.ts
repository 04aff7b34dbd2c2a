/** The FileReaders port (src/ports/readers.ts) on this folder's readers. */
import fs from 'node:fs';
import type { ZodType } from 'zod';
import type { FileReaders } from '../../ports/readers.js';
import { badInput } from '../../core/errors.js';
import { readBundle } from './bundle-reader.js';
import { detectFormat, readReports, readReportsInWorker } from './report-reader.js';
import { lineChunks } from './line-chunks.js';
import { mediaTypeOf } from './media-type.js';
import { batchHashes } from './report-digest.js';
import { issuesAtLines, parseWithLines } from './yaml-lines.js';

function readCheckedFile<T>(file: string, schema: ZodType<T>): T {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw badInput('no such file', file);
  const p = parseWithLines(fs.readFileSync(file, 'utf8'), file, { maxErrors: 1 });
  if ('errors' in p) throw badInput(p.errors[0].message, p.errors[0].path);
  const r = schema.safeParse(p.parsed.value);
  if (!r.success) {
    const details = issuesAtLines(file, p.parsed, r.error.issues);
    throw badInput(details.length > 1 ? `${details[0].message} (and ${details.length - 1} more)` : details[0].message, details[0].path, details);
  }
  return r.data;
}

function fileSize(file: string): number | undefined {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st?.isFile() ? st.size : undefined;
}

export const fileReaders: FileReaders = {
  readBundle,
  readReports,
  readReportsInWorker,
  detectFormat,
  lineChunks,
  mediaTypeOf,
  fileSize,
  hashesOf: (batch) => batchHashes.get(batch),
  readCheckedFile,
};
