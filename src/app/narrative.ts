/**
 * Narrative use cases: analyse report files or a stored case's reports for claim clusters, convergence
 * and coordination; compare with past events; render the convergence chart; and the finding that feeds the
 * assessment an organic-vs-pre-scripted likelihood on the "story" attribute (run by src/app/engines.ts).
 */
import fs from 'node:fs';
import type { Finding, StoredReport } from '../core/case/schemas.js';
import { badInput } from '../core/errors.js';
import { NarrativeAnalyser, type AnalyseOptions, type NarrativeResult } from '../core/narrative/narrative-analyser.js';
import { OutletResolver, checkRegistry } from '../core/narrative/outlet-registry.js';
import type { BaselineTable } from '../core/narrative/narrative-baseline.js';
import { compareFocal, focalNarrative, narrativeFinding as coreFinding, type BaselineView } from '../core/narrative/narrative-finding.js';
import { convergenceChart } from '../core/narrative/narrative-chart.js';
import { readClaims, type ItemClaims } from '../core/narrative/claim-slots.js';
import { readReports, type ReadOptions } from '../adapters/readers/report-reader.js';
import { SpilledSketches } from '../adapters/narrative/spilled-sketches.js';
import { ParallelFeaturiser, featuriseThreads } from '../adapters/narrative/parallel-featuriser.js';
import { DEFAULT_SKETCH } from '../core/narrative/minhash-sketch.js';
import { loadCase, type CaseView } from './cases.js';
import { compiledKnowledge, knowledgePath, readKnowledge } from '../adapters/knowledge/knowledge-files.js';
import type { Workspace } from './workspace.js';

export const OUTLETS_FILE = knowledgePath('outlets.yaml');
export const BASELINES_FILE = knowledgePath('narrative-baselines.json');

/** The outlet registry from knowledge/outlets.yaml (checked once per version of the file); a fresh resolver each call. */
export function outletResolver(file = OUTLETS_FILE): OutletResolver {
  const entries = compiledKnowledge('outlets.yaml', file, 'outlets', (data, label) => {
    const { entries, problems } = checkRegistry(data);
    if (problems.length) throw badInput(`outlet registry is invalid: ${problems[0].path}: ${problems[0].message}`, label, problems);
    return entries;
  });
  return new OutletResolver([...entries]);
}

/** The derived baseline table (knowledge/narrative-baselines.json, validated; read once per version of the file). */
export function loadBaselines(file = BASELINES_FILE): BaselineTable {
  return readKnowledge('narrative-baselines.json', file);
}

/** The contract's JSON plus the baseline comparison; `detail` holds everything else (words, copies, curve). */
export interface NarrativeReport {
  event_time: string;
  items: number;
  narratives: NarrativeResult['narratives'];
  coordination: NarrativeResult['coordination'];
  baseline: BaselineView;
  detail: NarrativeResult['detail'];
}

export { focalNarrative };
export { usableEvents } from '../core/narrative/narrative-baseline.js';

export function withBaseline(r: NarrativeResult, table: BaselineTable = loadBaselines()): NarrativeReport {
  return { event_time: r.event_time, items: r.items, narratives: r.narratives, coordination: r.coordination, baseline: compareFocal(r, table), detail: r.detail };
}

/** The exact `--json` shape of the contract (detail only when asked for). */
export function contractJson(rep: NarrativeReport, full = false) {
  const { events, percentile, likelihood_ratio, interval, ...rest } = rep.baseline;
  const out: Record<string, unknown> = {
    event_time: rep.event_time,
    items: rep.items,
    narratives: rep.narratives,
    coordination: rep.coordination,
    baseline: { events, percentile, likelihood_ratio, interval, ...(full ? rest : { too_thin: rest.too_thin, statement: rest.statement }) },
  };
  if (full) out.detail = rep.detail;
  return out;
}

/**
 * From this many items on, the analyser's sketches (256 bytes an item) go to a temporary file rather than
 * memory (docs/scale-out.md, "10 million items in one process"): 2M items would hold 512 MB of sketches.
 */
export const SPILL_ITEMS = 2_000_000;
/** bytes a report takes in a JSONL export, about (for the estimate of a file's items; low, so it errs towards spilling) */
const BYTES_PER_ITEM = 300;

/** A file-backed sketch store when about `expectedItems` are coming, else none (the analyser's own array). */
export function sketchStoreFor(expectedItems: number, opts: AnalyseOptions): SpilledSketches | undefined {
  return expectedItems >= SPILL_ITEMS ? new SpilledSketches(opts.sketch?.k ?? DEFAULT_SKETCH.k) : undefined;
}

/** Estimated items in report files, from their size. */
export const expectedItemsOf = (files: string[]): number => files.reduce((n, f) => n + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0) / BYTES_PER_ITEM;

/**
 * From this many expected items on, the per-item work runs on worker threads, one per core (docs/scale-out.md,
 * "10 million items in one process"); below it, starting the threads costs more than they save.
 */
export const PARALLEL_ITEMS = 50_000;

/** Featurising threads for about `expectedItems` items: one per core when there are two or more cores and enough items, else none. */
export const threadsFor = (expectedItems: number): number => (expectedItems >= PARALLEL_ITEMS && featuriseThreads() > 1 ? featuriseThreads() : 0);

/** `threads`: featurising worker threads (0: the calling thread does all the work); the result is the same either way. */
export async function analyseReports(
  reports: AsyncIterable<StoredReport[]> | Iterable<StoredReport[]>,
  opts: AnalyseOptions,
  resolver = outletResolver(),
  expectedItems = 0,
  threads = threadsFor(expectedItems),
): Promise<NarrativeResult> {
  const store = sketchStoreFor(expectedItems, opts);
  let par: ParallelFeaturiser | null = null;
  try {
    const a = new NarrativeAnalyser(resolver, opts, store);
    if (threads > 0) {
      par = new ParallelFeaturiser(a, opts, resolver.entries, { threads });
      for await (const batch of reports) await par.add(batch);
      await par.drain();
      await par.close();
      par = null;
    } else for await (const batch of reports) for (const r of batch) a.add(r);
    return a.finish();
  } finally {
    await par?.close();
    store?.close();
  }
}

async function* filesBatches(files: string[], read: ReadOptions): AsyncGenerator<StoredReport[]> {
  for (const f of files) yield* readReports(f, read);
}

/** `assay narrative FILE...`: reads the files (any format readReports knows) and analyses them. */
export async function analyseFiles(files: string[], opts: AnalyseOptions, read: ReadOptions = {}): Promise<NarrativeReport> {
  if (!files.length) throw badInput('give at least one reports file, or --case ID');
  return withBaseline(await analyseReports(filesBatches(files, read), opts, outletResolver(), expectedItemsOf(files)));
}

async function* caseBatches(ws: Workspace, caseId: string): AsyncGenerator<StoredReport[]> {
  let batch: StoredReport[] = [];
  for await (const r of ws.store.streamReports(caseId)) {
    batch.push(r);
    if (batch.length >= 2000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Narrative analysis of a stored case's reports, timed from the case's event time. */
export async function analyseCase(ws: Workspace, caseId: string, opts: Partial<AnalyseOptions> = {}, view?: CaseView): Promise<NarrativeReport> {
  const v = view ?? (await loadCase(ws, caseId));
  return withBaseline(await analyseReports(caseBatches(ws, caseId), { ...opts, eventTime: opts.eventTime ?? v.case.when.at }, outletResolver(), v.reports.total));
}

/** Chart of cumulative distinct outlets per narrative (SVG text). */
export function narrativeChart(rep: NarrativeReport, title?: string): string {
  return convergenceChart(
    rep.narratives.map((n, i) => ({ label: n.label, hours: rep.detail.narratives[i]?.adoption_hours ?? [] })),
    { title: title ?? `Cumulative distinct outlets per narrative, hours since ${rep.event_time}` },
  );
}

/** For the report and the UI: the full narrative result of a case and its chart. */
export async function caseNarrative(ws: Workspace, caseId: string, opts: Partial<AnalyseOptions> = {}): Promise<{ report: NarrativeReport; svg: string }> {
  const report = await analyseCase(ws, caseId, opts);
  return { report, svg: narrativeChart(report) };
}

/** The finding for the assessment (the rule lives in src/core/narrative/narrative-finding.ts). */
export function narrativeFinding(rep: NarrativeReport): Finding {
  return coreFinding(rep);
}

/** How the claim reader reads one report (title and text together, the title as the headline): `assay claims`. */
export function itemClaims(r: Pick<StoredReport, 'title' | 'text'>): ItemClaims {
  const text = r.title && r.text && !r.text.startsWith(r.title.trim()) ? r.title + '\n' + r.text : r.text || r.title;
  return readClaims(text);
}
