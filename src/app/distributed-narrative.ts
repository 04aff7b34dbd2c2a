/**
 * `assay narrative (FILE... | --case ID) --distributed`: partitions the stream (byte ranges of the files
 * on line boundaries, or ranges of the case's (time, id) order), has workers featurise each partition, and
 * merges the parts in reading order into one analyser (core/narrative/narrative-partition.ts), so the
 * result equals the single-process one. docs/scale-out.md.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { badInput, notFound } from '../core/errors.js';
import type { StoredReport } from '../core/case/schemas.js';
import { NarrativeAnalyser, type AnalyseOptions } from '../core/narrative/narrative-analyser.js';
import { featurisePart, mergePart } from '../core/narrative/narrative-partition.js';
import { detectFormat, type ReadOptions } from '../adapters/readers/report-reader.js';
import { lineChunks } from '../adapters/readers/line-chunks.js';
import type { JobMeta } from '../adapters/queue/nats-queue.js';
import { awaitChunks, openFleet, type DistributedOptions, type Fleet } from './distributed.js';
import { DEFAULT_CHUNK_BYTES } from './distributed-import.js';
import { expectedItemsOf, outletResolver, sketchStoreFor, withBaseline, type NarrativeReport } from './narrative.js';
import { readChunk } from './read-chunk.js';
import type { Workspace } from './workspace.js';

/** Reports per partition of a stored case. */
const CASE_PARTITION = 20_000;

type Key = [string, string] | null;
type NarrativeJob = JobMeta & { analyse: AnalyseOptions } & ({ source: 'file'; file: string; line: number; read: ReadOptions } | { source: 'case'; caseId: string; after: Key; until: Key });

async function collect(fleet: Fleet, run: string, total: number, analyse: AnalyseOptions, o: DistributedOptions, expectedItems: number): Promise<NarrativeReport> {
  await fleet.staging.setRunChunks(run, total);
  const chunks = await awaitChunks(fleet, run, total, o);
  const failed = chunks.filter((c) => c.status === 'error');
  if (failed.length) {
    await fleet.staging.abandon(run, 'failed');
    const details = failed.flatMap((c) => (c.info as { errors?: { code: 'bad_input'; path?: string; message: string }[] }).errors ?? []).slice(0, 20);
    const first = details[0];
    throw badInput(details.length > 1 ? `${first.message} (and ${details.length - 1} more problem(s))` : first?.message ?? 'a partition failed', first?.path, details);
  }
  const t0 = Date.now();
  // the merge holds every item's features; a long stream's sketches go to a temporary file (docs/scale-out.md)
  const store = sketchStoreFor(expectedItems, analyse);
  const a = new NarrativeAnalyser(outletResolver(), analyse, store);
  let rep: NarrativeReport;
  let t1: number;
  try {
    for await (const p of fleet.staging.parts(run, total)) mergePart(a, p.meta, p.sigs);
    t1 = Date.now();
    rep = withBaseline(a.finish());
  } finally {
    store?.close();
  }
  await fleet.staging.finish(run);
  // the serial part of a distributed run, said aloud: it bounds how much more workers can help (docs/scale-out.md)
  o.onNotice?.(`merged ${total} part(s) (${a.size} items) in ${((t1 - t0) / 1000).toFixed(1)} s; clusters, narratives and coordination in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  return rep;
}

/** Narrative analysis of report files on the worker fleet. */
export async function analyseFilesDistributed(files: string[], analyse: AnalyseOptions, read: ReadOptions, o: DistributedOptions): Promise<NarrativeReport> {
  for (const f of files) {
    const format = read.format ?? detectFormat(f);
    if (format !== 'jsonl') throw badInput(`--distributed splits files on line boundaries, so it reads JSONL (one report per line); this file is ${format}`, f);
  }
  const fleet = await openFleet(o);
  const run = await fleet.staging.createRun('narrative', null);
  try {
    let total = 0;
    for (const f of files) {
      const display = path.relative(process.cwd(), f) || f;
      for await (const c of lineChunks(f, o.chunkBytes ?? DEFAULT_CHUNK_BYTES, fleet.queue.maxPayload - 8192)) {
        const job: NarrativeJob = { kind: 'narrative', run, chunk: total++, hash: c.sha256, source: 'file', file: display, line: c.line, read: { map: read.map, dateOrder: read.dateOrder, maxTextChars: read.maxTextChars }, analyse };
        await fleet.queue.enqueue(fleet.workspace, job, c.bytes);
      }
    }
    o.onNotice?.(`${total} partition(s) queued as ${run}`);
    return await collect(fleet, run, total, analyse, o, expectedItemsOf(files));
  } catch (e) {
    if ((await fleet.staging.runStatus(run).catch(() => null)) === 'running') await fleet.staging.abandon(run).catch(() => {});
    throw e;
  } finally {
    await fleet.close();
  }
}

/** Narrative analysis of a stored case on the worker fleet: partitions are ranges of its (time, id) order. */
export async function analyseCaseDistributed(ws: Workspace, caseId: string, opts: Partial<AnalyseOptions>, o: DistributedOptions): Promise<NarrativeReport> {
  const c = await ws.store.getCase(caseId);
  if (!c) throw notFound(`no case "${caseId}" (see \`assay cases list\`)`);
  const analyse = { ...opts, eventTime: opts.eventTime ?? c.when.at } as AnalyseOptions;
  const fleet = await openFleet(o);
  const run = await fleet.staging.createRun('narrative', caseId);
  try {
    // every CASE_PARTITION-th (published_at, id) in the order streamReports reads: the partitions' upper ends
    const r = await fleet.staging.pool.query<{ published_at: string; id: string }>(
      `SELECT published_at, id FROM (SELECT published_at, id, row_number() OVER (ORDER BY published_at, id) AS rn FROM reports WHERE case_id = $1) s WHERE rn % $2 = 0 ORDER BY published_at, id`,
      [caseId, CASE_PARTITION],
    );
    const bounds: Key[] = [...r.rows.map((x) => [x.published_at, x.id] as [string, string]), null];
    let after: Key = null;
    let total = 0;
    for (const until of bounds) {
      const hash = createHash('sha256').update(JSON.stringify([caseId, after, until])).digest('hex');
      const job: NarrativeJob = { kind: 'narrative', run, chunk: total++, hash, source: 'case', caseId, after, until, analyse };
      await fleet.queue.enqueue(fleet.workspace, job, new Uint8Array(0));
      after = until;
    }
    o.onNotice?.(`${total} partition(s) of case ${caseId} queued as ${run}`);
    return await collect(fleet, run, total, analyse, o, total * CASE_PARTITION);
  } catch (e) {
    if ((await fleet.staging.runStatus(run).catch(() => null)) === 'running') await fleet.staging.abandon(run).catch(() => {});
    throw e;
  } finally {
    await fleet.close();
  }
}

async function caseRange(fleet: Fleet, j: Extract<NarrativeJob, { source: 'case' }>): Promise<StoredReport[]> {
  const r = await fleet.staging.pool.query<{ id: string; published_at: string; outlet: string; title: string; text: string; url: string | null; language: string | null; account: string | null }>(
    `SELECT id, published_at, outlet, title, text, url, language, account FROM reports
     WHERE case_id = $1 AND ($2::text IS NULL OR (published_at, id) > ($2::text, $3::text)) AND ($4::text IS NULL OR (published_at, id) <= ($4::text, $5::text))
     ORDER BY published_at, id`,
    [j.caseId, j.after?.[0] ?? null, j.after?.[1] ?? null, j.until?.[0] ?? null, j.until?.[1] ?? null],
  );
  return r.rows.map((row) => {
    const x: StoredReport = { id: row.id, published_at: row.published_at, outlet: row.outlet, title: row.title, text: row.text };
    if (row.url !== null) x.url = row.url;
    if (row.language !== null) x.language = row.language;
    if (row.account !== null) x.account = row.account;
    return x;
  });
}

/** Worker side: featurise one partition and keep the part (once). */
export async function narrativeJob(fleet: Fleet, meta: JobMeta, payload: Buffer, worker: string): Promise<string> {
  const j = meta as NarrativeJob;
  let reports: StoredReport[];
  if (j.source === 'file') {
    const got = await readChunk(payload, j, j.read ?? {});
    if (got.errors) {
      await fleet.staging.chunkFailed(j.run, j.chunk, j.hash, worker, { errors: got.errors });
      return `bad input (${got.errors[0].path}: ${got.errors[0].message})`;
    }
    reports = got.reports;
  } else reports = await caseRange(fleet, j);
  const part = featurisePart(new NarrativeAnalyser(outletResolver(), j.analyse), reports);
  const wrote = await fleet.staging.stageFeatures(j.run, j.chunk, j.hash, worker, part.meta, Buffer.from(part.sigs.buffer, part.sigs.byteOffset, part.sigs.byteLength), part.items);
  return wrote ? `${reports.length} item(s) featurised` : 'already done (duplicate delivery)';
}
