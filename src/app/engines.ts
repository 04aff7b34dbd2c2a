/**
 * The engines, listed explicitly: each says what it reads of a case and turns that into findings (and,
 * for the narrative engine, the report chart drawn from the same run). The workspace carries this list
 * (src/app/workspace.ts) and the use cases take it from there: the assessment asks each engine for its
 * findings, the import and export ask the custody engine to store and copy evidence. Nothing registers
 * itself when a module loads, so what runs is what this list says, in this order (docs/architecture.md).
 */
import type { Finding, StoredReport } from '../core/case/schemas.js';
import type { ReportChart } from '../core/report/report-model.js';
import type { CaseView } from './cases.js';
import type { Capabilities, Workspace } from './workspace.js';
import type { BundleContents, ImportResult } from './cases.js';
import { agentFinding } from '../core/agents/agent-finding.js';
import { agentsAtIssue, munitionFinding } from '../core/munitions/munition-finding.js';
import { loadAgentKb, loadMunitionKb } from './agents.js';
import { analyseReports, loadBaselines, narrativeChart, narrativeFinding, outletResolver, withBaseline, withClaimParties } from './narrative.js';
import { NarrativeAnalyser } from '../core/narrative/narrative-analyser.js';
import { sampleFindings } from './custody.js';
import { exportEvidenceBlobs, prepareBundleEvidence, writeBundleEvidence } from './evidence.js';
import type { CaseStoreTx } from '../ports/case-store.js';

/** What of a case an engine reads (the assessment gives it only these, plus the case and its hypotheses). */
export type EngineRead = 'reports' | 'testimonies' | 'munitions' | 'samples' | 'site-control';

/** An engine's view of a case: the case, its hypotheses, and what the engine declared it reads. */
export interface EngineInput {
  case: CaseView['case'];
  hypotheses: CaseView['hypotheses'];
  testimonies: CaseView['testimonies'];
  munitions: CaseView['munitions'];
  samples: CaseView['samples'];
  siteControl: CaseView['siteControl'];
  /** the case's reports in batches, streamed once per assessment (declare 'reports' to read them) */
  reports(): AsyncIterable<StoredReport[]>;
}

export interface EngineResult {
  findings: Finding[];
  /** charts for the HTML and PDF reports, drawn from the same run (never a second analysis) */
  charts?: ReportChart[];
}

/**
 * An engine's state kept across the moments of a timeline: reports are added in the order they became known
 * and findings are asked for at a moment, so no moment re-reads what came before it (docs/assessment.md
 * "Judgment over time").
 */
export interface EngineStepper {
  add(reports: StoredReport[]): void;
  findings(): EngineResult;
}

/** What an engine runs with besides its input: the knowledge files, and the narrative engine's threads for long streams. */
export type EngineCapabilities = Pick<Capabilities, 'knowledge' | 'narrativeCompute'>;

export interface Engine {
  /** the engine name findings carry, e.g. "agent-differential" */
  name: string;
  reads: readonly EngineRead[];
  findings(input: EngineInput, caps: EngineCapabilities): Promise<EngineResult>;
  /**
   * A bundle import in two phases, so what an engine logs commits with the records or not at all (the custody
   * engine: evidence files are stored before the transaction, their entries written inside it).
   * `prepareImport` runs before the import's transaction; `writeImport` inside it, returning counts for the
   * import's own log entry (`entries`: how many entries it appended).
   */
  prepareImport?(ws: Workspace, contents: BundleContents): Promise<unknown>;
  writeImport?(ws: Workspace, tx: CaseStoreTx, contents: BundleContents, prepared: unknown, result: ImportResult): Promise<Record<string, number>>;
  /** engines that read reports: a stepper over the case's reports for the timeline (input without reports) */
  stepper?(input: Omit<EngineInput, 'reports'>, caps: EngineCapabilities): EngineStepper;
  /** when a case is written back to a bundle folder (the custody engine copies evidence blobs out) */
  onExport?(ws: Workspace, caseId: string, outDir: string, view: CaseView): Promise<void>;
}

const NO_REPORTS = (): AsyncIterable<StoredReport[]> => ({
  [Symbol.asyncIterator]: () => {
    throw new Error('this engine does not declare that it reads reports');
  },
});

/** The input an engine sees: only the record kinds it declared (the rest empty), so `reads` is the truth. */
export function engineInput(engine: Engine, view: Omit<EngineInput, 'reports'>, reports: () => AsyncIterable<StoredReport[]>): EngineInput {
  const has = (r: EngineRead) => engine.reads.includes(r);
  return {
    case: view.case,
    hypotheses: view.hypotheses,
    testimonies: has('testimonies') ? view.testimonies : [],
    munitions: has('munitions') ? view.munitions : [],
    samples: has('samples') ? view.samples : [],
    siteControl: has('site-control') ? view.siteControl : [],
    reports: has('reports') ? reports : NO_REPORTS,
  };
}

/** Narrative convergence: clusters the reports' claims and compares the focal story's speed with past events. */
export const narrativeEngine: Engine = {
  name: 'narrative',
  reads: ['reports'],
  async findings(input, caps) {
    const run = await analyseReports(caps, input.reports(), { eventTime: input.case.when.at });
    if (!run.items) return { findings: [] };
    const rep = withBaseline(run, loadBaselines(caps.knowledge));
    return {
      findings: [narrativeFinding(rep)],
      charts: [{ title: 'Narrative convergence: cumulative distinct outlets per narrative (narrative engine)', svg: narrativeChart(rep) }],
    };
  },
  stepper(input, caps) {
    // one analyser for the whole timeline: adding a report is incremental, finish() reads its state without consuming it
    const a = new NarrativeAnalyser(outletResolver(caps.knowledge), withClaimParties(caps.knowledge, { eventTime: input.case.when.at }));
    return {
      add: (reports) => {
        for (const r of reports) a.add(r);
      },
      findings: () => {
        const run = a.finish();
        return { findings: run.items ? [narrativeFinding(withBaseline(run, loadBaselines(caps.knowledge)))] : [] };
      },
    };
  },
};

/** Custody: per-sample integrity findings; on import and export, the evidence locker's blobs and log. */
export const custodyEngine: Engine = {
  name: 'custody',
  reads: ['samples', 'site-control'],
  async findings(input, caps) {
    return { findings: sampleFindings(caps.knowledge, input) };
  },
  prepareImport: prepareBundleEvidence,
  writeImport: writeBundleEvidence,
  onExport: exportEvidenceBlobs,
};

/** Agent differential over the testimonies' reported signs (knowledge/agents.yaml). */
export const agentEngine: Engine = {
  name: 'agent-differential',
  reads: ['testimonies'],
  async findings(input, caps) {
    const f = agentFinding(loadAgentKb(caps.knowledge), input.testimonies);
    return { findings: f ? [f] : [] };
  },
};

/** Munition compatibility of the munition observations with the agents at issue (knowledge/munitions.yaml). */
export const munitionEngine: Engine = {
  name: 'munition-compatibility',
  reads: ['munitions'],
  async findings(input, caps) {
    const kb = loadMunitionKb(caps.knowledge);
    const atIssue = agentsAtIssue(kb, [...input.case.claims.map((c) => c.agent), ...input.hypotheses.map((h) => h.agent)]);
    const f = munitionFinding(kb, input.munitions, input.case.casualties, atIssue);
    return { findings: f ? [f] : [] };
  },
};

/** Every engine, in the order their findings enter an assessment. */
export const ENGINES: readonly Engine[] = [custodyEngine, narrativeEngine, agentEngine, munitionEngine];
