/**
 * Narrative use cases: analyse report files or a stored case's reports for claim clusters, convergence
 * and coordination; compare with past events; render the convergence chart; and the finding that feeds the
 * assessment an organic-vs-pre-scripted likelihood on the "story" attribute (run by src/app/engines.ts).
 */
import type { Finding, StoredReport } from '../core/case/schemas.js';
import { badInput } from '../core/errors.js';
import { NarrativeAnalyser, type AnalyseOptions, type NarrativeResult } from '../core/narrative/narrative-analyser.js';
import { OutletResolver, checkRegistry } from '../core/narrative/outlet-registry.js';
import type { BaselineTable } from '../core/narrative/narrative-baseline.js';
import { compareFocal, focalNarrative, narrativeFinding as coreFinding, type BaselineView } from '../core/narrative/narrative-finding.js';
import { convergenceChart } from '../core/narrative/narrative-chart.js';
import { claimLexicon, readClaims, type ClaimLexicon, type ItemClaims } from '../core/narrative/claim-slots.js';
import type { ClaimPartiesFile } from '../core/narrative/claim-parties.js';
import type { FileReaders, ReadOptions } from '../ports/readers.js';
import type { KnowledgeFiles } from '../ports/knowledge.js';
import type { ClosableSketchStore, Featuriser } from '../ports/narrative-compute.js';
import { DEFAULT_SKETCH } from '../core/narrative/minhash-sketch.js';
import { loadCase, type CaseView } from './cases.js';
import type { Capabilities, Workspace } from './workspace.js';

/** What the narrative use cases run with: the knowledge files, and worker threads and spilled sketches for long streams. */
export type NarrativeCaps = Pick<Capabilities, 'knowledge' | 'narrativeCompute'>;

/** The outlet registry from knowledge/outlets.yaml (checked once per version of the file); a fresh resolver each call. */
export function outletResolver(knowledge: KnowledgeFiles, file = knowledge.path('outlets.yaml')): OutletResolver {
  const entries = knowledge.compiled('outlets.yaml', file, 'outlets', (data, label) => {
    const { entries, problems } = checkRegistry(data);
    if (problems.length) throw badInput(`outlet registry is invalid: ${problems[0].path}: ${problems[0].message}`, label, problems);
    return entries;
  });
  return new OutletResolver([...entries]);
}

/** Named people and organisations the claim reader counts as parties (knowledge/claim-parties.yaml, validated). */
export function claimParties(knowledge: KnowledgeFiles, file = knowledge.path('claim-parties.yaml')): ClaimPartiesFile {
  return knowledge.read('claim-parties.yaml', file);
}
/** The claim reader's lexicon with knowledge/claim-parties.yaml (claimLexicon compiles once per parsed file, and the
 * knowledge port parses once per version of the file). */
export function claimReader(knowledge: KnowledgeFiles, file = knowledge.path('claim-parties.yaml')): ClaimLexicon {
  return claimLexicon(claimParties(knowledge, file));
}
/** Analysis options with the claim parties of the knowledge base unless the caller gave its own. */
export const withClaimParties = (knowledge: KnowledgeFiles, opts: AnalyseOptions): AnalyseOptions => (opts.claimParties ? opts : { ...opts, claimParties: claimParties(knowledge) });

/** The derived baseline table (knowledge/narrative-baselines.json, validated; read once per version of the file). */
export function loadBaselines(knowledge: KnowledgeFiles, file = knowledge.path('narrative-baselines.json')): BaselineTable {
  return knowledge.read('narrative-baselines.json', file);
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

export function withBaseline(r: NarrativeResult, table: BaselineTable): NarrativeReport {
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
export function sketchStoreFor(caps: Pick<Capabilities, 'narrativeCompute'>, expectedItems: number, opts: AnalyseOptions): ClosableSketchStore | undefined {
  return expectedItems >= SPILL_ITEMS ? caps.narrativeCompute.spilledSketches(opts.sketch?.k ?? DEFAULT_SKETCH.k) : undefined;
}

/** Estimated items in report files, from their size. */
export const expectedItemsOf = (readers: Pick<FileReaders, 'fileSize'>, files: string[]): number => files.reduce((n, f) => n + (readers.fileSize(f) ?? 0), 0) / BYTES_PER_ITEM;

/**
 * From this many expected items on, the per-item work runs on worker threads, one per core (docs/scale-out.md,
 * "10 million items in one process"); below it, starting the threads costs more than they save.
 */
export const PARALLEL_ITEMS = 50_000;

/** Featurising threads for about `expectedItems` items: one per core when there are two or more cores and enough items, else none. */
export const threadsFor = (caps: Pick<Capabilities, 'narrativeCompute'>, expectedItems: number): number =>
  expectedItems >= PARALLEL_ITEMS && caps.narrativeCompute.threads() > 1 ? caps.narrativeCompute.threads() : 0;

/** `threads`: featurising worker threads (0: the calling thread does all the work); the result is the same either way. */
export async function analyseReports(
  caps: NarrativeCaps,
  reports: AsyncIterable<StoredReport[]> | Iterable<StoredReport[]>,
  opts: AnalyseOptions,
  resolver = outletResolver(caps.knowledge),
  expectedItems = 0,
  threads = threadsFor(caps, expectedItems),
): Promise<NarrativeResult> {
  opts = withClaimParties(caps.knowledge, opts);
  const store = sketchStoreFor(caps, expectedItems, opts);
  let par: Featuriser | null = null;
  try {
    const a = new NarrativeAnalyser(resolver, opts, store);
    if (threads > 0) {
      par = caps.narrativeCompute.featuriser(a, opts, resolver.entries, { threads });
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

async function* filesBatches(caps: Pick<Capabilities, 'readers'>, files: string[], read: ReadOptions): AsyncGenerator<StoredReport[]> {
  for (const f of files) yield* caps.readers.readReports(f, read);
}

/** `assay narrative FILE...`: reads the files (any format the report reader knows) and analyses them. */
export async function analyseFiles(caps: NarrativeCaps & Pick<Capabilities, 'readers'>, files: string[], opts: AnalyseOptions, read: ReadOptions = {}): Promise<NarrativeReport> {
  if (!files.length) throw badInput('give at least one reports file, or --case ID');
  const run = await analyseReports(caps, filesBatches(caps, files, read), opts, outletResolver(caps.knowledge), expectedItemsOf(caps.readers, files));
  return withBaseline(run, loadBaselines(caps.knowledge));
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
  const run = await analyseReports(ws, caseBatches(ws, caseId), { ...opts, eventTime: opts.eventTime ?? v.case.when.at }, outletResolver(ws.knowledge), v.reports.total);
  return withBaseline(run, loadBaselines(ws.knowledge));
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
export function itemClaims(r: Pick<StoredReport, 'title' | 'text'>, lexicon?: ClaimLexicon): ItemClaims {
  const text = r.title && r.text && !r.text.startsWith(r.title.trim()) ? r.title + '\n' + r.text : r.text || r.title;
  return readClaims(text, lexicon);
}
