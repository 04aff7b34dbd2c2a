/**
 * `assay import FILE --case ID --distributed`: the coordinator. It splits the file into byte-range chunks on
 * line boundaries, enqueues one job per chunk, waits while workers parse, validate and stage them, then
 * publishes all of it in one transaction (or, on any bad chunk or timeout, nothing). docs/scale-out.md.
 */
import path from 'node:path';
import { badInput, notFound, type ErrorData } from '../core/errors.js';
import type { ReadOptions } from '../ports/readers.js';
import { awaitChunks, openFleet, requirePostgres, type DistributedOptions } from './distributed.js';
import { PARAPHRASE_NOTE, type ImportResult } from './cases.js';
import type { Workspace } from './workspace.js';
import type { ChunkStaging } from '../ports/distributed.js';
import { addReportsLogged, REPORTS_PER_ENTRY } from './case-content.js';
import { actorOf, signCheckpoint } from './custody-log.js';

/** What a worker records for an import chunk (the reader's summary, summed by the coordinator). */
export interface ImportChunkInfo {
  records: number;
  invalidUtf8: number;
  zoneAssumed: number;
  dateFormats: Record<string, number>;
  dateOrder?: string;
  dateOrderSource?: string;
  errors?: ErrorData[];
}

export const DEFAULT_CHUNK_BYTES = 512 * 1024;

export async function importReportsDistributed(ws: Workspace, file: string, caseId: string, read: ReadOptions, o: DistributedOptions): Promise<ImportResult> {
  requirePostgres(ws);
  const format = read.format ?? ws.readers.detectFormat(file);
  if (format !== 'jsonl') throw badInput(`--distributed splits files on line boundaries, so it reads JSONL (one report per line); this file is ${format}`, file);
  if (!(await ws.store.getCase(caseId))) throw notFound(`no case "${caseId}" (import its bundle first, or see \`assay cases list\`)`, '--case');
  const fleet = await openFleet(o, ws);
  const run = await fleet.staging.createRun('import', caseId);
  try {
    const chunkBytes = o.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    let whole = { sha256: '', lines: 0, bytes: 0 };
    let total = 0;
    const display = path.relative(process.cwd(), file) || file;
    const opts = { map: read.map, dateOrder: read.dateOrder, maxTextChars: read.maxTextChars };
    for await (const c of fleet.readers.lineChunks(file, chunkBytes, fleet.queue.maxPayload - 4096, (r) => (whole = r))) {
      await fleet.queue.enqueue(fleet.workspace, { kind: 'import', run, chunk: c.index, hash: c.sha256, file: display, line: c.line, read: opts }, c.bytes);
      total++;
    }
    await fleet.staging.setRunChunks(run, total);
    o.onNotice?.(`${total} chunk(s) of ${display} queued as ${run}`);
    const chunks = await awaitChunks(fleet, run, total, o);
    const failed = chunks.filter((c) => c.status === 'error');
    if (failed.length) {
      await fleet.staging.abandon(run, 'failed');
      const details = failed.flatMap((c) => (c.info as ImportChunkInfo).errors ?? []).slice(0, 20);
      const first = details[0];
      throw badInput(details.length > 1 ? `${first.message} (and ${details.length - 1} more problem(s)); nothing was imported` : `${first?.message ?? 'a chunk failed'}; nothing was imported`, first?.path ?? display, details);
    }
    // the reader's summary over all chunks; a slash-date order inferred differently in two chunks is ambiguous
    const info = chunks.map((c) => c.info as ImportChunkInfo);
    const orders = new Set(info.filter((i) => i.dateOrderSource === 'inferred').map((i) => i.dateOrder));
    if (orders.size > 1) {
      await fleet.staging.abandon(run, 'failed');
      throw badInput('parts of the file read slash dates day-first and parts month-first; pass --date-order DMY or MDY', display);
    }
    const records = info.reduce((n, i) => n + i.records, 0);
    const dateFormats: Record<string, number> = {};
    for (const i of info) for (const [k, v] of Object.entries(i.dateFormats)) dateFormats[k] = (dateFormats[k] ?? 0) + v;
    const tp = Date.now();
    const { added, paraphrases } = await publish(ws, fleet.staging, run, caseId, display, { source: path.resolve(file), sha256: whole.sha256, records });
    // the one serial write of a distributed import, said aloud (docs/scale-out.md: where the store limits)
    o.onNotice?.(`published ${added.toLocaleString('en')} new report(s) of ${records.toLocaleString('en')} in one transaction in ${((Date.now() - tp) / 1000).toFixed(1)} s`);
    const invalidUtf8 = info.reduce((n, i) => n + i.invalidUtf8, 0);
    const zoneAssumed = info.reduce((n, i) => n + i.zoneAssumed, 0);
    const warnings: string[] = [];
    const name = path.basename(file);
    if (invalidUtf8) warnings.push(`${name}: ${invalidUtf8} invalid UTF-8 byte sequence(s) replaced with U+FFFD`);
    if (zoneAssumed) warnings.push(`${name}: ${zoneAssumed} time(s) had no zone and were read as UTC`);
    if (records === 0) warnings.push(`${name}: no records (an empty file, or a header only)`);
    if (paraphrases) warnings.push(`${paraphrases} ${PARAPHRASE_NOTE}`);
    return {
      case_id: caseId,
      created: false,
      records: {},
      reports: { read: records, added, files: [{ file: display, format: 'jsonl', records, invalidUtf8, dateFormats, zoneAssumed, ragged: 0, raggedLines: [], ...(orders.size ? { dateOrder: [...orders][0] as 'DMY' | 'MDY', dateOrderSource: 'inferred' as const } : {}) }] },
      warnings,
      distributed: { run, chunks: total, workers: [...new Set(chunks.map((c) => c.worker))].sort() },
    } as ImportResult;
  } catch (e) {
    const status = await fleet.staging.runStatus(run).catch(() => null);
    if (status === 'running' || status === 'publishing') await fleet.staging.abandon(run, status === 'publishing' ? 'failed' : 'abandoned').catch(() => {});
    throw e;
  } finally {
    await fleet.close();
  }
}

/**
 * Publishes a staged import in ONE store transaction, as a single-process import writes it: the staged reports
 * in file order, in batches of the reader's size, through addReportsLogged (so the same `reports-added` entries,
 * Merkle roots and report_batches lists, docs/custody.md "Case content"), then the import log; a report id
 * repeated with other content fails the whole publish. The run is claimed first, so nothing else publishes it;
 * on any error the transaction rolls back and nothing of the run is in the case. Returns the reports added.
 */
async function publish(ws: Workspace, staging: ChunkStaging, run: string, caseId: string, file: string, log: { source: string; sha256: string; records: number }): Promise<{ added: number; paraphrases: number }> {
  // keys opened and a checkpoint signed before the entries, as importReports does: nothing lands unsigned
  await signCheckpoint(ws);
  await staging.claimPublish(run);
  let added = 0;
  let paraphrases = 0;
  await ws.store.transaction(async (tx) => {
    const who = { caseId, actor: actorOf(ws), at: ws.now().toISOString(), via: 'import', file };
    const finishBulk = await tx.bulkReports?.(log.records, caseId);
    for await (const batch of staging.stagedReports(run, REPORTS_PER_ENTRY)) {
      // paraphrases (the bundle author's wording) stay out of the stored reports, as in a single-process import
      // (docs/case-bundle.md "Paraphrases"); filtered per read batch there too, so the entries' roots agree
      const kept = batch.filter((r) => !r.paraphrase);
      paraphrases += batch.length - kept.length;
      added += (await addReportsLogged(ws, tx, who, kept)).length;
    }
    await finishBulk?.();
    await tx.logImport({ case_id: caseId, source: log.source, sha256: log.sha256, records: log.records, added, at: ws.now().toISOString() });
  });
  await staging.published(run);
  await signCheckpoint(ws);
  return { added, paraphrases };
}
