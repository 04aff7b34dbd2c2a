/**
 * `assay narrative (FILE... | --case ID) --distributed`: partitions the stream (byte ranges of the files
 * on line boundaries, or ranges of the case's (time, id) order), has workers featurise each partition, and
 * merges the parts in reading order into one analyser (core/narrative/narrative-partition.ts), so the
 * result equals the single-process one. docs/scale-out.md.
 */
import path from 'node:path';
import { badInput, notFound } from '../core/errors.js';
import type { StoredReport } from '../core/case/schemas.js';
import { toHex } from '../core/custody/merkle-hash.js';
import { NarrativeAnalyser, type AnalyseOptions } from '../core/narrative/narrative-analyser.js';
import { featurisePart, mergePart } from '../core/narrative/narrative-partition.js';
import type { ReadOptions } from '../ports/readers.js';
import type { JobMeta, ReportKey } from '../ports/distributed.js';
import { awaitChunks, openFleet, type DistributedOptions, type Fleet } from './distributed.js';
import { DEFAULT_CHUNK_BYTES } from './distributed-import.js';
import { expectedItemsOf, loadBaselines, outletResolver, sketchStoreFor, withBaseline, withClaimParties, type NarrativeCaps, type NarrativeReport } from './narrative.js';
import { readChunk } from './read-chunk.js';
import type { Capabilities, Workspace } from './workspace.js';

/** Reports per partition of a stored case. */
const CASE_PARTITION = 20_000;

type Key = ReportKey;
type NarrativeJob = JobMeta & { analyse: AnalyseOptions } & ({ source: 'file'; file: string; line: number; read: ReadOptions } | { source: 'case'; caseId: string; after: Key; until: Key });

async function collect(caps: NarrativeCaps, fleet: Fleet, run: string, total: number, analyse: AnalyseOptions, o: DistributedOptions, expectedItems: number): Promise<NarrativeReport> {
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
  const store = sketchStoreFor(caps, expectedItems, analyse);
  const a = new NarrativeAnalyser(outletResolver(caps.knowledge), withClaimParties(caps.knowledge, analyse), store);
  let rep: NarrativeReport;
  let t1: number;
  try {
    for await (const p of fleet.staging.parts(run, total)) mergePart(a, p.meta, p.sigs);
    t1 = Date.now();
    rep = withBaseline(a.finish(), loadBaselines(caps.knowledge));
  } finally {
    store?.close();
  }
  await fleet.staging.finish(run);
  // the serial part of a distributed run, said aloud: it bounds how much more workers can help (docs/scale-out.md)
  o.onNotice?.(`merged ${total} part(s) (${a.size} items) in ${((t1 - t0) / 1000).toFixed(1)} s; clusters, narratives and coordination in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  return rep;
}

/** Narrative analysis of report files on the worker fleet. */
export async function analyseFilesDistributed(
  caps: NarrativeCaps & Pick<Capabilities, 'fleet' | 'readers'>,
  files: string[],
  analyse: AnalyseOptions,
  read: ReadOptions,
  o: DistributedOptions,
): Promise<NarrativeReport> {
  for (const f of files) {
    const format = read.format ?? caps.readers.detectFormat(f);
    if (format !== 'jsonl') throw badInput(`--distributed splits files on line boundaries, so it reads JSONL (one report per line); this file is ${format}`, f);
  }
  const fleet = await openFleet(o, caps);
  const run = await fleet.staging.createRun('narrative', null);
  try {
    let total = 0;
    for (const f of files) {
      const display = path.relative(process.cwd(), f) || f;
      for await (const c of fleet.readers.lineChunks(f, o.chunkBytes ?? DEFAULT_CHUNK_BYTES, fleet.queue.maxPayload - 8192)) {
        const job: NarrativeJob = { kind: 'narrative', run, chunk: total++, hash: c.sha256, source: 'file', file: display, line: c.line, read: { map: read.map, dateOrder: read.dateOrder, maxTextChars: read.maxTextChars }, analyse };
        await fleet.queue.enqueue(fleet.workspace, job, c.bytes);
      }
    }
    o.onNotice?.(`${total} partition(s) queued as ${run}`);
    return await collect(caps, fleet, run, total, analyse, o, expectedItemsOf(caps.readers, files));
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
  const fleet = await openFleet(o, ws);
  const run = await fleet.staging.createRun('narrative', caseId);
  try {
    // every CASE_PARTITION-th (published_at, id) in the order streamReports reads: the partitions' upper ends
    const bounds: Key[] = [...(await fleet.staging.partitionBounds(caseId, CASE_PARTITION)), null];
    let after: Key = null;
    let total = 0;
    for (const until of bounds) {
      const hash = toHex(ws.crypto.sha256(new TextEncoder().encode(JSON.stringify([caseId, after, until]))));
      const job: NarrativeJob = { kind: 'narrative', run, chunk: total++, hash, source: 'case', caseId, after, until, analyse };
      await fleet.queue.enqueue(fleet.workspace, job, new Uint8Array(0));
      after = until;
    }
    o.onNotice?.(`${total} partition(s) of case ${caseId} queued as ${run}`);
    return await collect(ws, fleet, run, total, analyse, o, total * CASE_PARTITION);
  } catch (e) {
    if ((await fleet.staging.runStatus(run).catch(() => null)) === 'running') await fleet.staging.abandon(run).catch(() => {});
    throw e;
  } finally {
    await fleet.close();
  }
}

/** Worker side: featurise one partition and keep the part (once). */
export async function narrativeJob(fleet: Fleet, meta: JobMeta, payload: Buffer, worker: string): Promise<string> {
  const j = meta as NarrativeJob;
  let reports: StoredReport[];
  if (j.source === 'file') {
    const got = await readChunk(fleet.readers, payload, j, j.read ?? {});
    if (got.errors) {
      await fleet.staging.chunkFailed(j.run, j.chunk, j.hash, worker, { errors: got.errors });
      return `bad input (${got.errors[0].path}: ${got.errors[0].message})`;
    }
    reports = got.reports;
  } else reports = await fleet.staging.reportRange(j.caseId, j.after, j.until);
  const part = featurisePart(new NarrativeAnalyser(outletResolver(fleet.knowledge), withClaimParties(fleet.knowledge, j.analyse)), reports);
  const wrote = await fleet.staging.stageFeatures(j.run, j.chunk, j.hash, worker, part.meta, Buffer.from(part.sigs.buffer, part.sigs.byteOffset, part.sigs.byteLength), part.items);
  return wrote ? `${reports.length} item(s) featurised` : 'already done (duplicate delivery)';
}
