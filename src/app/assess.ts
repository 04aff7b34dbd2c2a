/**
 * The assessment use cases: assess a stored case or a bundle folder (without importing it), render it (JSON,
 * Markdown, HTML, PDF, STIX 2.1), score a standalone matrix file, and record an analyst's rating override.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { engineInputKey, kept } from './kept-results.js';
import type { Capabilities, Workspace } from './workspace.js';
import { loadCase, type CaseView } from './cases.js';
import { engineInput } from './engines.js';
import { asOfNote, availabilityOf, caseAsOf } from '../core/case/availability.js';
import { changesAfter, matrixAsOf, overridesAsOf } from '../core/hypotheses/ratings-as-of.js';
import { custodyOf } from './custody.js';
import { judgmentChart, judgmentSummary } from '../core/report/judgment-chart.js';
import type { FileReaders } from '../ports/readers.js';
import { Finding, type StoredReport } from '../core/case/schemas.js';
import { AssayError, KnowledgeRefusal, badInput, issuesToErrors } from '../core/errors.js';
import { assessCase, type Assessment } from '../core/hypotheses/case-assessment.js';
import { ratingsUsed } from './analyst-ratings.js';
import { MatrixFile, matrixFromFile } from '../core/hypotheses/matrix-input.js';
import { matrixWarnings } from '../core/hypotheses/matrix.js';
import { evidenceProfile, scoreMatrix, type MatrixScore } from '../core/hypotheses/score-matrix.js';
import { assessConfidence } from '../core/hypotheses/confidence.js';
import { markdownReport } from '../core/report/markdown-report.js';
import { htmlReport } from '../core/report/html-report.js';
import { buildBrief } from '../core/report/brief.js';
import type { ReportChart, ReportInput } from '../core/report/report-model.js';
import { buildStixBundle, type OutletSummary, type StixBundle } from '../core/stix/stix-bundle.js';

/** A case to assess, with its reports as a stream (from the store, or from the bundle's reports file). */
export interface AssessView extends CaseView {
  /** `total` of a bundle folder is counted by the assessment's one pass over its reports */
  reports: { total: number; stream: () => AsyncIterable<StoredReport> };
  origin: { kind: 'case' } | { kind: 'bundle'; dir: string };
}

async function* bundleReports(readers: FileReaders, files: string[]): AsyncIterable<StoredReport> {
  for (const f of files) for await (const batch of readers.readReports(f)) yield* batch;
}

/** A folder holding case.yaml/json is read as a bundle; anything else is a stored case id. */
export async function openAssessTarget(ws: Workspace, target: string): Promise<AssessView> {
  const isDir = fs.existsSync(target) && fs.statSync(target).isDirectory();
  if (isDir) {
    const { bundle, reportFiles, dir } = ws.readers.readBundle(target);
    return { ...bundle, reports: { total: 0, stream: () => bundleReports(ws.readers, reportFiles) }, origin: { kind: 'bundle', dir } };
  }
  if (/[\\/]/.test(target) || target.startsWith('.')) throw badInput('no such folder (a bundle folder needs case.yaml; otherwise give a case id)', target);
  const v = await loadCase(ws, target);
  return { ...v, reports: { total: v.reports.total, stream: () => ws.store.streamReports(target) }, origin: { kind: 'case' } };
}

/** Outlets that reported the incident (for STIX sightings), tallied as the reports stream past. */
class OutletTally {
  readonly byOutlet = new Map<string, OutletSummary>();
  count = 0;
  add(r: StoredReport): void {
    this.count++;
    const o = this.byOutlet.get(r.outlet);
    if (!o) this.byOutlet.set(r.outlet, { outlet: r.outlet, count: 1, first: r.published_at, last: r.published_at });
    else {
      o.count++;
      if (Date.parse(r.published_at) < Date.parse(o.first)) o.first = r.published_at;
      if (Date.parse(r.published_at) > Date.parse(o.last)) o.last = r.published_at;
    }
  }
}

/**
 * One pass over a case's reports: the first reader (the narrative engine) gets the stream in batches while
 * the tally counts outlets; `finish()` drains whatever no engine read, so the assessment streams the reports
 * exactly once however many engines and summaries need them. A second reader gets a second stream.
 */
class ReportPass {
  private tally = new OutletTally();
  private started = false;
  private complete = false;
  /** every report streamed, kept or not (the case's total when a cut drops some) */
  seen = 0;
  /**
   * `keep`: the cut of an as-of assessment (reports available by then); engines and the tally see only those.
   */
  constructor(
    private readonly source: () => AsyncIterable<StoredReport>,
    private readonly keep: (r: StoredReport) => boolean = () => true,
  ) {}

  batches = (): AsyncIterable<StoredReport[]> => {
    if (!this.started) {
      this.started = true;
      return this.tapped();
    }
    return batches(this.kept());
  };

  private async *kept(count = false): AsyncIterable<StoredReport> {
    for await (const r of this.source()) {
      if (count) this.seen++;
      if (this.keep(r)) yield r;
    }
  }

  private async *tapped(): AsyncIterable<StoredReport[]> {
    for await (const b of batches(this.kept(true))) {
      for (const r of b) this.tally.add(r);
      yield b;
    }
    this.complete = true;
  }

  async finish(): Promise<OutletTally> {
    if (!this.complete) {
      // no engine read the reports, or one stopped part-way: count them here
      this.tally = new OutletTally();
      this.seen = 0;
      for await (const r of this.kept(true)) this.tally.add(r);
      this.complete = true;
    }
    return this.tally;
  }
}

interface EngineRun {
  findings: Finding[];
  charts: ReportChart[];
}

/**
 * Every engine's findings (and charts), each engine isolated: a failing engine becomes a warning, not a failed
 * assessment; a knowledge file that does not validate is refused (file:line: field), since it is the program's own.
 */
async function runEngines(ws: Workspace, view: AssessView, reports: () => AsyncIterable<StoredReport[]>, warnings: string[], keep: boolean): Promise<EngineRun> {
  const out: EngineRun = { findings: [], charts: [] };
  for (const e of ws.engines) {
    try {
      // a stored case's engine results are kept per version of what the engine reads (src/app/kept-results.ts)
      const r =
        keep && view.origin.kind === 'case'
          ? (await kept(ws, view.case.id, `engine:${e.name}`, await engineInputKey(ws, view, e.reads), () => e.findings(engineInput(e, view, reports), ws))).value
          : await e.findings(engineInput(e, view, reports), ws);
      for (const f of r.findings) {
        const p = Finding.safeParse(f);
        if (p.success) out.findings.push(p.data);
        else warnings.push(`${e.name}: finding "${(f as { label?: string }).label ?? '?'}" ignored: ${issuesToErrors(p.error.issues)[0]?.message}`);
      }
      out.charts.push(...(r.charts ?? []));
    } catch (e2) {
      // a broken knowledge file stops the assessment: going on without the engine would mislead
      if (e2 instanceof KnowledgeRefusal) throw e2;
      warnings.push(`${e.name}: no findings (${e2 instanceof AssayError ? e2.message : (e2 as Error).message})`);
    }
  }
  return out;
}

/** Every engine's findings for a stored case (the HTTP API's /findings). */
export async function caseFindings(ws: Workspace, view: CaseView): Promise<Finding[]> {
  const av: AssessView = { ...view, reports: { total: view.reports.total, stream: () => ws.store.streamReports(view.case.id) }, origin: { kind: 'case' } };
  return (await runEngines(ws, av, () => batches(av.reports.stream()), [], true)).findings;
}

export interface AssessResult {
  assessment: Assessment;
  view: AssessView;
  outlets: OutletSummary[];
  /** stored cases: when each evidence file entered the locker (for STIX observed-data times) */
  lockedAt?: Map<string, string>;
  /** the engines' charts for the HTML and PDF reports, drawn in the same run as their findings */
  charts: ReportChart[];
}

async function* batches(it: AsyncIterable<StoredReport>): AsyncIterable<StoredReport[]> {
  let b: StoredReport[] = [];
  for await (const r of it) {
    b.push(r);
    if (b.length >= 2000) {
      yield b;
      b = [];
    }
  }
  if (b.length) yield b;
}

/**
 * The report input for HTML and PDF: the assessment with the engines' charts and, for an assessment of the
 * case as it stands, "judgment over time" (src/app/timeline.ts; a failing timeline becomes a warning of this
 * rendering only, on a copy: `r` may be a cached assessment).
 */
async function chartedInput(ws: Workspace, r: AssessResult, layout?: ReportInput['layout']): Promise<ReportInput> {
  if (r.assessment.as_of) return reportInput(r, layout, r.charts);
  try {
    const { timelineOf } = await import('./timeline.js');
    const t = await timelineOf(ws, { ...r.view, reports: { ...r.view.reports } });
    return reportInput(r, layout, [...r.charts, { title: judgmentSummary(t), svg: judgmentChart(t) }]);
  } catch (e) {
    const input = reportInput(r, layout, r.charts);
    return { ...input, assessment: { ...r.assessment, warnings: [...r.assessment.warnings, `judgment over time not drawn: ${(e as Error).message}`] } };
  }
}

export interface AssessOptions {
  /**
   * assess the case as it stood at this moment: only the records available by then (their available_at) and
   * only the analyst ratings logged by then; every engine runs on the same cut (docs/assessment.md "Judgment over time")
   */
  asOf?: Date;
}

export async function assessTarget(ws: Workspace, target: string, opts: AssessOptions = {}): Promise<AssessResult> {
  const whole = await openAssessTarget(ws, target);
  const warnings: string[] = [];
  if (whole.hypotheses.length === 0) throw badInput('the case has no hypotheses (add hypotheses.yaml to the bundle)', target);
  const asOfMs = opts.asOf?.getTime();
  const eventTime = whole.case.when.at;
  const view: AssessView = asOfMs === undefined ? whole : { ...caseAsOf(whole, asOfMs), reports: whole.reports, origin: whole.origin };
  const pass = new ReportPass(whole.reports.stream, asOfMs === undefined ? undefined : (r) => availabilityOf('report', r, eventTime).ms <= asOfMs);
  // results are kept for the case as it stands (src/app/kept-results.ts); a cut at a past moment is computed afresh
  const keep = asOfMs === undefined && view.origin.kind === 'case';
  const { findings, charts } = await runEngines(ws, view, pass.batches, warnings, !!keep);
  // the outlet tally of a stored case is kept like an engine result (it reads the reports alone)
  const tally = keep
    ? await kept(ws, view.case.id, 'outlet-tally', await engineInputKey(ws, view, ['reports']), async () => {
        const t = await pass.finish();
        return { count: t.count, seen: pass.seen, outlets: [...t.byOutlet.values()] };
      }).then(({ value }) => ({ count: value.count, seen: value.seen ?? value.count, byOutlet: new Map(value.outlets.map((o) => [o.outlet, o])) }))
    : await pass.finish().then((t) => ({ count: t.count, seen: pass.seen, byOutlet: t.byOutlet }));
  if (whole.origin.kind === 'bundle') whole.reports.total = tally.seen;
  const changes = whole.origin.kind === 'case' ? await ws.store.ratingChanges(whole.case.id) : [];
  const matrix = asOfMs === undefined ? view.matrix : matrixAsOf(view.matrix, changes, asOfMs);
  const overrides = overridesAsOf(changes, new Set(whole.matrix.map((m) => m.id)), asOfMs);
  const assessment = assessCase({ case: view.case, hypotheses: view.hypotheses, matrix, findings, overrides, samples: view.samples, siteControl: view.siteControl, now: ws.now() });
  assessment.warnings.unshift(...warnings);
  if (asOfMs !== undefined) assessment.as_of = asOfNote(asOfMs, { ...view, matrix }, whole, [tally.count, tally.seen], changesAfter(changes, asOfMs), assessment.evidence.length);
  assessment.brief = buildBrief(assessment, view.case, view);
  if (whole.origin.kind === 'case') assessment.ratings_used = ratingsUsed(asOfMs === undefined ? changes : changes.filter((c) => Date.parse(c.at) <= asOfMs), assessment.evidence.length * assessment.hypotheses.length);
  const lockedAt = view.origin.kind === 'case' ? await lockerTimes(ws, view.case.id) : undefined;
  return { assessment, view, outlets: [...tally.byOutlet.values()], lockedAt, charts };
}

export const sha1 = (b: Uint8Array) => new Uint8Array(createHash('sha1').update(b).digest());

export type AssessFormat = 'json' | 'md' | 'html' | 'pdf' | 'stix';
export const ASSESS_FORMATS: readonly AssessFormat[] = ['json', 'md', 'html', 'pdf', 'stix'];

export function reportInput(r: AssessResult, layout?: ReportInput['layout'], charts: ReportChart[] = []): ReportInput {
  return { assessment: r.assessment, case: r.view.case, charts, layout };
}

export function stixOf(r: AssessResult, now: Date): StixBundle {
  return buildStixBundle({ assessment: r.assessment, case: r.view.case, sources: r.view.sources, evidence: r.view.evidence, outlets: r.outlets, now, sha1, lockedAt: r.lockedAt, consequences: r.view.consequences });
}

/** When each evidence file of a stored case entered the locker: the time of its first custody-log entry. */
async function lockerTimes(ws: Workspace, caseId: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const rows = await custodyOf(ws).log.findCaseEntries(caseId, ['evidence-added', 'evidence-derived']);
  for (const r of rows) {
    try {
      const e = JSON.parse(r.entry) as { sha256?: unknown; at?: unknown };
      if (typeof e.sha256 === 'string' && typeof e.at === 'string' && !out.has(e.sha256)) out.set(e.sha256, e.at);
    } catch {
      // an unreadable entry is the custody audit's business, not the export's
    }
  }
  return out;
}

export async function renderAssessment(ws: Workspace, r: AssessResult, format: AssessFormat, layout?: ReportInput['layout']): Promise<string | Buffer> {
  switch (format) {
    case 'json':
      return JSON.stringify(r.assessment, null, 2) + '\n';
    case 'md':
      return markdownReport(reportInput(r, layout));
    case 'html':
      return htmlReport(await chartedInput(ws, r, layout));
    case 'pdf':
      return ws.pdf.fromHtml(htmlReport(await chartedInput(ws, r, layout)));
    case 'stix':
      return JSON.stringify(stixOf(r, ws.now()), null, 2) + '\n';
  }
}

// ---------------------------------------------------------------------------------------------------------
// standalone matrix files

/** Reads and validates a matrix file (JSON or YAML); every problem named by file:line: field. */
export function readMatrixFile(caps: Capabilities, file: string): MatrixFile {
  return caps.readers.readCheckedFile(file, MatrixFile);
}

export interface MatrixFileScore {
  method: string;
  hypotheses: Pick<MatrixScore['hypotheses'][number], 'id' | 'label' | 'prior' | 'inconsistency' | 'weighted_inconsistency' | 'posterior' | 'words'>[];
  evidence: Pick<MatrixScore['evidence'][number], 'id' | 'label' | 'diagnosticity' | 'pivotal' | 'leader_without'>[];
  leading: string;
  heuer_leading: string[];
  methods_agree: boolean;
  confidence: string;
  confidence_reasons: string[];
  sensitivity: MatrixScore['sensitivity'];
  tie: boolean;
  tied: string[];
  warnings: string[];
}

/** `assay hypotheses score FILE`: both scores, sensitivity and confidence of a standalone matrix. */
export function scoreMatrixFile(caps: Capabilities, file: string): MatrixFileScore {
  const m = matrixFromFile(readMatrixFile(caps, file));
  const { score } = scoreMatrix(m);
  const prof = evidenceProfile(score);
  const conf = assessConfidence({
    ...prof,
    custodyIntegrity: null,
    hasSamples: false,
    deception: prof.lowReliability.length
      ? { risk: 'moderate', why: `${prof.lowReliability.length} diagnostic item(s) have reliability under 0.5.` }
      : { risk: 'low', why: 'the diagnostic evidence is reliable (no engine findings are available for a standalone matrix).' },
    fewestChanges: score.sensitivity.fewest_changes.steps,
    pivotalItems: score.sensitivity.pivotal.length,
  });
  return {
    method: score.method,
    hypotheses: score.hypotheses.map(({ id, label, prior, inconsistency, weighted_inconsistency, posterior, words }) => ({ id, label, prior, inconsistency, weighted_inconsistency, posterior, words })),
    evidence: score.evidence.map(({ id, label, diagnosticity, pivotal, leader_without }) => ({ id, label, diagnosticity, pivotal, ...(leader_without ? { leader_without } : {}) })),
    leading: score.leading,
    heuer_leading: score.heuer_leading,
    methods_agree: score.methods_agree,
    confidence: conf.level,
    confidence_reasons: conf.reasons,
    sensitivity: score.sensitivity,
    tie: score.tie,
    tied: score.tied,
    warnings: matrixWarnings(m),
  };
}

/** Writes output to a file, creating its folder; bad paths are the user's mistake. */
export function writeOut(file: string, data: string | Buffer): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, data);
  } catch (e) {
    throw badInput(`cannot write: ${(e as Error).message}`, file);
  }
}
