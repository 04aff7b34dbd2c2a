/**
 * Case use cases: import a bundle or a reports file, list, show, export. Plain (workspace, input) => output
 * functions shared by the CLI, the HTTP API and the tests.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stringify as yamlStringify } from 'yaml';
import type { Workspace } from './workspace.js';
import type { CaseBundle, RecordKind, StoredReport } from '../core/case/schemas.js';
import { Case, type SiteControl } from '../core/case/schemas.js';
import { canonicalJson } from '../core/canonical-json.js';
import { badInput, notFound } from '../core/errors.js';
import { didYouMean } from '../core/did-you-mean.js';
import type { CaseStoreTx, WriteCounts } from '../ports/case-store.js';
import type { Engine } from './engines.js';
import type { BundleContents, ReadOptions, ReadSummary } from '../ports/readers.js';
import { availabilityCounts, type AvailabilityCounts } from '../core/case/availability.js';
import { actorOf, signCheckpoint } from './custody-log.js';
import { moveNotedCredibility } from './record-credibility.js';
import { addReportsLogged, caseLedger, importCaseRecord, importRecords, type Conflict, type MergeContext } from './case-content.js';

export interface ImportResult {
  case_id: string;
  created: boolean;
  /** where the bundle now says something else than an analyst's change since its last import */
  conflicts?: Conflict[];
  records: Record<string, WriteCounts>;
  reports: { read: number; added: number; files: Omit<ReadSummary, 'columns'>[] };
  warnings: string[];
  /** how each record's available_at was found: given, defaulted from its own date, or from the event time (not counted by a distributed import) */
  available_at?: AvailabilityCounts;
  /** set by a dry run: everything was read and checked, nothing was written */
  dry_run?: boolean;
}

/**
 * A site-control interval has no id of its own in a bundle: its id is a hash of what it says (party, place,
 * from, to), so the same interval imported twice is one record and a corrected one is a new record.
 */
export function siteControlId(s: SiteControl): string {
  return 'sc-' + createHash('sha256').update(canonicalJson([s.party, s.place ?? '', s.from, s.to ?? ''])).digest('hex').slice(0, 16);
}

/** Adds the reports of a batch to the availability counts (a report without available_at has its publication date). */
function countReportAvailability(c: AvailabilityCounts | undefined, batch: StoredReport[]): void {
  if (!c) return;
  const k = (c.by_kind.report ??= [0, 0, 0]);
  for (const r of batch) {
    if (r.available_at) (k[0]++, c.given++);
    else (k[1]++, c.own_date++);
  }
}

/** A bundle folder as read: the bundle, its report files and its evidence files. */
export type { BundleContents };

function summaryWarnings(s: ReadSummary): string[] {
  const w: string[] = [];
  const name = path.basename(s.file);
  if (s.invalidUtf8) w.push(`${name}: ${s.invalidUtf8} invalid UTF-8 byte sequence(s) replaced with U+FFFD`);
  if (s.zoneAssumed) w.push(`${name}: ${s.zoneAssumed} time(s) had no zone and were read as UTC`);
  if (s.ragged)
    w.push(`${name}: ${s.ragged} row(s) had a different number of cells from the header (line ${s.raggedLines.join(', ')}${s.ragged > s.raggedLines.length ? ', ...' : ''}); missing cells were read as empty`);
  if (s.records === 0) w.push(`${name}: no records (an empty file, or a header only)`);
  if (s.dateOrder && s.dateOrderSource === 'inferred')
    w.push(`${name}: slash dates read as ${s.dateOrder === 'DMY' ? 'day/month/year' : 'month/day/year'} (inferred from the column)`);
  return w;
}

export const bundleRecords = (b: CaseBundle): [RecordKind, { id: string; data: unknown }[]][] => [
  ['source', b.sources.map((s) => ({ id: s.id, data: s }))],
  ['testimony', b.testimonies.map((t) => ({ id: t.id, data: t }))],
  ['munition', b.munitions.map((m) => ({ id: m.id, data: m }))],
  ['sample', b.samples.map((s) => ({ id: s.id, data: s }))],
  ['site-control', b.siteControl.map((s) => ({ id: siteControlId(s), data: s }))],
  ['hypothesis', b.hypotheses.map((h) => ({ id: h.id, data: h }))],
  ['matrix-item', b.matrix.map((m) => ({ id: m.id, data: m }))],
  ['evidence', b.evidence.map((e) => ({ id: e.sha256, data: e }))],
  ['consequence', (b.consequences ?? []).map((x) => ({ id: x.id, data: x }))],
];

const fileSha = (ws: Workspace, file: string): string => ws.crypto.hashFile(file).sha256;

/** Thrown inside an import's transaction to roll a dry run back after everything was read and checked. */
class DryRunRollback extends Error {}

export interface ImportOptions extends ReadOptions {
  /** where an analyst changed a record since the bundle's value was imported, take the bundle's value */
  preferBundle?: boolean;
  /** read and check everything, count what would change, write nothing: the transaction is rolled back, no checkpoint is signed and no engine prepares or keeps anything */
  dryRun?: boolean;
}

/** The store's transaction, rolled back at its end on a dry run. */
async function inTransaction(ws: Workspace, dryRun: boolean | undefined, fn: Parameters<Workspace['store']['transaction']>[0]): Promise<void> {
  try {
    await ws.store.transaction(async (tx) => {
      await fn(tx);
      if (dryRun) throw new DryRunRollback();
    });
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
}

/**
 * Imports a case bundle in one transaction: all of it or, on any error, nothing. Every record written and
 * every report added is logged (record-changed, reports-added) in the same transaction. The bundle gives
 * defaults: an analyst's change since the last import is kept, and a disagreeing bundle is reported.
 */
export async function importBundle(ws: Workspace, dir: string, read: ImportOptions = {}): Promise<ImportResult> {
  const contents = ws.readers.readBundle(dir);
  const { bundle } = contents;
  const result: ImportResult = {
    case_id: bundle.case.id,
    created: false,
    conflicts: [],
    records: {},
    reports: { read: 0, added: 0, files: [] },
    warnings: [],
    available_at: availabilityCounts(bundle),
    ...(read.dryRun ? { dry_run: true } : {}),
  };
  // keys registered and a checkpoint (with its witness) signed before the first entry of this import: a
  // crash at any later moment leaves a witness to check the log against
  if (!read.dryRun) await signCheckpoint(ws);
  // each engine that keeps something of its own (the custody engine's evidence locker) prepares it first
  const prepared = new Map<Engine, unknown>();
  if (!read.dryRun) for (const e of ws.engines) if (e.prepareImport) prepared.set(e, await e.prepareImport(ws, contents));
  // the rating log already held (outside the transaction: SQLite has one connection), to add only the new changes
  const heldRatings = bundle.ratings?.length ? await ws.store.ratingChanges(bundle.case.id) : [];
  const merge: MergeContext = { ws, caseId: bundle.case.id, ledger: await caseLedger(ws, bundle.case.id), preferBundle: read.preferBundle, actor: actorOf(ws), at: ws.now().toISOString(), conflicts: result.conflicts!, events: [] };
  await inTransaction(ws, read.dryRun, async (tx) => {
    const c = await importCaseRecord(merge, tx, bundle.case);
    result.created = c.added === 1;
    result.records.case = c;
    for (const [kind, recs] of bundleRecords(bundle))
      // evidence records are logged by the locker (evidence-added / -listed / -updated entries)
      result.records[kind] = kind === 'evidence' ? await tx.putRecords(bundle.case.id, kind, recs) : await importRecords(merge, tx, kind, recs);
    await tx.appendCustody(merge.events as never);
    for (const file of contents.reportFiles) {
      const summary = {} as ReadSummary;
      // withLines: a conflicting repeat of an id is named by its line (addReportsLogged); the line is not stored nor hashed
      for await (const all of ws.readers.readReportsInWorker(file, { ...read, withLines: true }, summary)) {
        const batch = withoutParaphrases(all, result);
        countReportAvailability(result.available_at, batch);
        result.reports.added += (await addReportsLogged(ws, tx, { ...merge, via: 'import', file: path.relative(process.cwd(), file) || file }, batch, ws.readers.hashesOf(batch))).length;
      }
      result.reports.read += summary.records;
      const { columns: _c, sha256: _s, ...rest } = summary;
      result.reports.files.push({ ...rest, file: path.relative(process.cwd(), file) || file });
      result.warnings.push(...summaryWarnings(summary));
    }
    const ratingsAdded = await importRatingLog(tx, merge, bundle, heldRatings);
    if (ratingsAdded) result.records['rating-change'] = { added: ratingsAdded, updated: 0, unchanged: (bundle.ratings?.length ?? 0) - ratingsAdded };
    for (const c of result.conflicts!) result.warnings.push(`conflict: ${c.message}`);
    const logged: Record<string, number> = {};
    if (!read.dryRun) for (const e of ws.engines) if (e.writeImport) Object.assign(logged, await e.writeImport(ws, tx, contents, prepared.get(e), result));
    const records_changed = Object.fromEntries(Object.entries(result.records).map(([k, c]) => [k, c.added + c.updated]));
    // a re-import that changed nothing logs nothing
    if (Object.values(records_changed).some((n) => n > 0) || result.reports.added > 0 || (logged.entries ?? 0) > 0 || result.conflicts!.length > 0) {
      const { entries: _e, ...counts } = logged;
      await tx.appendCustody([{ type: 'import', case_id: bundle.case.id, actor: merge.actor, at: merge.at, source: path.basename(contents.dir), records_changed, reports_added: result.reports.added, ...counts, ...(result.conflicts!.length ? { conflicts: result.conflicts!.map((c) => ({ kind: c.kind, id: c.id, by: c.by, kept: c.kept })) } : {}) }]);
    }
    await tx.logImport({
      case_id: bundle.case.id,
      source: contents.dir,
      sha256: fileSha(ws, path.join(contents.dir, fs.readdirSync(contents.dir).find((f) => /^case\.(ya?ml|json)$/.test(f))!)),
      records: Object.values(result.records).reduce((n, c) => n + c.added + c.updated + c.unchanged, 0) + result.reports.read,
      added: Object.values(result.records).reduce((n, c) => n + c.added, 0) + result.reports.added,
      at: ws.now().toISOString(),
    });
  });
  if (!read.dryRun) await signCheckpoint(ws);
  return result;
}

/**
 * Paraphrases (the bundle author's wording, `"paraphrase": true`) are not reports an outlet published: they stay
 * in the bundle file for the reader, out of the stored reports and so out of every engine (docs/case-bundle.md).
 */
function withoutParaphrases(batch: StoredReport[], result: ImportResult): StoredReport[] {
  if (!batch.some((r) => r.paraphrase)) return batch;
  const kept = batch.filter((r) => !r.paraphrase);
  const prev = result.warnings.findIndex((w) => w.endsWith(PARAPHRASE_NOTE));
  const before = prev >= 0 ? Number(result.warnings[prev].split(' ')[0]) : 0;
  const msg = `${before + batch.length - kept.length} ${PARAPHRASE_NOTE}`;
  if (prev >= 0) result.warnings[prev] = msg;
  else result.warnings.push(msg);
  return kept;
}
/**
 * Adds the changes of a bundle's ratings.yaml (the rating log `assay export` wrote) that the workspace does not
 * hold yet (same cell, rater, time, old and new value), oldest first, each with its `rating-changed` entry: the
 * rater and time are the change's own (`rated_by`, `rated_at`), the entry's actor and time the import's.
 * Returns how many were added.
 */
async function importRatingLog(tx: CaseStoreTx, merge: MergeContext, bundle: CaseBundle, held: { item_id: string; hypothesis_id: string; old_rating: string | null; new_rating: string | null; by: string; at: string }[]): Promise<number> {
  if (!bundle.ratings?.length) return 0;
  const key = (r: { item_id: string; hypothesis_id: string; old_rating: string | null; new_rating: string | null; by: string; at: string }) =>
    JSON.stringify([r.item_id, r.hypothesis_id, r.old_rating, r.new_rating, r.by, r.at]);
  const have = new Set(held.map(key));
  const analystItems = new Set(bundle.matrix.map((m) => m.id));
  const events: Record<string, unknown>[] = [];
  for (const r of bundle.ratings) {
    if (have.has(key(r))) continue;
    have.add(key(r));
    const row = await tx.appendRatingChange({ case_id: merge.caseId, item_id: r.item_id, hypothesis_id: r.hypothesis_id, old_rating: r.old_rating, new_rating: r.new_rating, by: r.by, why: r.why, at: r.at });
    events.push({ type: 'rating-changed', case_id: merge.caseId, actor: merge.actor, at: merge.at, via: 'import', why: r.why, old: r.old_rating, new: r.new_rating, item_id: r.item_id, hypothesis_id: r.hypothesis_id, cell: analystItems.has(r.item_id) ? 'analyst' : 'engine', change_seq: row.seq, rated_by: r.by, rated_at: r.at });
  }
  if (events.length) await tx.appendCustody(events as never);
  return events.length;
}

export const PARAPHRASE_NOTE = 'report(s) marked "paraphrase": true kept out of the stored reports (the bundle author\'s wording, not an outlet\'s)';

/** Adds a reports file (CSV, JSONL, JSON or feed) to an existing case, in one transaction. */
export async function importReports(ws: Workspace, file: string, caseId: string, read: ReadOptions & { dryRun?: boolean; why?: string } = {}): Promise<ImportResult> {
  const result: ImportResult = { case_id: caseId, created: false, records: {}, reports: { read: 0, added: 0, files: [] }, warnings: [], available_at: { given: 0, own_date: 0, event_time: 0, by_kind: {} }, ...(read.dryRun ? { dry_run: true } : {}) };
  // the suggestion reads the case list: outside the transaction (SQLite has one connection)
  if (!(await ws.store.getCase(caseId))) throw await noCase(ws, caseId, '--case');
  if (!read.dryRun) await signCheckpoint(ws);
  await inTransaction(ws, read.dryRun, async (tx) => {
    if (!(await tx.caseExists(caseId))) throw notFound(`no case "${caseId}" (import its bundle first, or see \`assay cases list\`)`, '--case');
    const summary = {} as ReadSummary;
    const who = { caseId, actor: actorOf(ws), at: ws.now().toISOString(), via: 'import', ...(read.why ? { why: read.why } : {}) };
    // about 400 bytes a report in the exports we see; only decides whether index upkeep is deferred
    const finishBulk = await tx.bulkReports?.(fs.existsSync(file) ? Math.round(fs.statSync(file).size / 400) : 0, caseId);
    for await (const all of ws.readers.readReportsInWorker(file, { ...read, withLines: true }, summary)) {
      const batch = withoutParaphrases(all, result);
      countReportAvailability(result.available_at, batch);
      result.reports.added += (await addReportsLogged(ws, tx, { ...who, file: path.relative(process.cwd(), file) || file }, batch, ws.readers.hashesOf(batch))).length;
    }
    await finishBulk?.();
    result.reports.read = summary.records;
    const { columns: _c, sha256: _s, ...rest } = summary;
    result.reports.files.push(rest);
    result.warnings.push(...summaryWarnings(summary));
    await tx.logImport({ case_id: caseId, source: path.resolve(file), sha256: summary.sha256 ?? fileSha(ws, file), records: summary.records, added: result.reports.added, at: ws.now().toISOString() });
  });
  if (!read.dryRun) await signCheckpoint(ws);
  return result;
}

/** The not-found error for a case id, naming the closest ids the workspace holds. */
export async function noCase(ws: Workspace, id: string, path?: string) {
  const known = (await ws.store.listCases()).map((c: { id: string }) => c.id);
  const hint = didYouMean(id, known);
  return notFound(`no case "${id}"${hint || ' (import its bundle first, or see `assay cases list`)'}`, path);
}

export async function listCases(ws: Workspace, query?: string) {
  return ws.store.listCases(query);
}

export interface CaseView extends CaseBundle {
  reports: { total: number };
}

/** The whole case as stored (reports counted, not listed: a case may hold millions). */
export async function loadCase(ws: Workspace, id: string): Promise<CaseView> {
  const c = await ws.store.getCase(id);
  if (!c) throw await noCase(ws, id);
  const get = async <T>(kind: RecordKind) => (await ws.store.getRecords(id, kind)).map((r) => r.data as T);
  return {
    case: Case.parse(c),
    sources: await get('source'),
    testimonies: await get('testimony'),
    munitions: await get('munition'),
    samples: await get('sample'),
    siteControl: (await moveNotedCredibility(ws, id, 'site-control', await ws.store.getRecords(id, 'site-control'))) as CaseBundle['siteControl'],
    hypotheses: await get('hypothesis'),
    matrix: await get('matrix-item'),
    evidence: await get('evidence'),
    consequences: (await moveNotedCredibility(ws, id, 'consequence', await ws.store.getRecords(id, 'consequence'))) as CaseBundle['consequences'],
    reports: { total: await ws.store.countReports(id) },
  };
}

const yamlOut = (v: unknown) => yamlStringify(v, { lineWidth: 0 });

/** Writes a case back to a bundle folder that imports to the same case. */
export async function exportCase(ws: Workspace, id: string, outDir: string): Promise<{ dir: string; files: string[]; reports: number }> {
  const view = await loadCase(ws, id);
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) throw badInput('is a file, not a folder; name a new or empty folder, or a bundle folder to overwrite', outDir);
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0 && !fs.existsSync(path.join(outDir, 'case.yaml')))
    throw badInput('folder exists and is not a case bundle; choose an empty or new folder', outDir);
  fs.mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  const write = (name: string, value: unknown, keep: boolean) => {
    const p = path.join(outDir, name);
    if (!keep) {
      fs.rmSync(p, { force: true });
      return;
    }
    fs.writeFileSync(p, yamlOut(value));
    files.push(name);
  };
  write('case.yaml', view.case, true);
  write('sources.yaml', view.sources, view.sources.length > 0);
  write('testimonies.yaml', view.testimonies, view.testimonies.length > 0);
  write('munitions.yaml', view.munitions, view.munitions.length > 0);
  write('samples.yaml', view.samples, view.samples.length > 0);
  write('site-control.yaml', view.siteControl, view.siteControl.length > 0);
  write(
    'hypotheses.yaml',
    view.matrix.length ? { hypotheses: view.hypotheses, evidence: view.matrix } : view.hypotheses,
    view.hypotheses.length > 0 || view.matrix.length > 0,
  );
  write('evidence.yaml', view.evidence, view.evidence.length > 0);
  write('consequences.yaml', view.consequences ?? [], (view.consequences ?? []).length > 0);
  // the rating log (analysts' changes, engine-cell overrides among them): an import adds what it lacks
  const ratings = (await ws.store.ratingChanges(id)).sort((x, y) => x.at.localeCompare(y.at) || x.seq - y.seq);
  write('ratings.yaml', ratings.map(({ item_id, hypothesis_id, old_rating, new_rating, by, why, at }) => ({ item_id, hypothesis_id, old_rating, new_rating, by, why, at })), ratings.length > 0);
  let reports = 0;
  const reportsFile = path.join(outDir, 'reports.jsonl');
  for (const stale of ['reports.csv', 'reports.json', 'reports.ndjson']) fs.rmSync(path.join(outDir, stale), { force: true });
  if (view.reports.total > 0) {
    const out = fs.createWriteStream(reportsFile);
    for await (const r of ws.store.streamReports(id)) {
      if (!out.write(JSON.stringify(r as StoredReport) + '\n')) await new Promise<void>((res) => out.once('drain', () => res()));
      reports++;
    }
    await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
    files.push('reports.jsonl');
  } else fs.rmSync(reportsFile, { force: true });
  for (const e of ws.engines) await e.onExport?.(ws, id, outDir, view);
  return { dir: outDir, files, reports };
}
