/**
 * `assay assess <case> --timeline`: the assessment at each moment the evidence changed (docs/assessment.md
 * "Judgment over time"). One pass over the case's reports, sorted by when each became known; the engines keep
 * their state between moments (an engine that reads reports through its stepper, the others re-run only when
 * what they read changed), and the scores are recomputed only when an input changed.
 */
import type { Workspace } from './workspace.js';
import { openAssessTarget, type AssessView } from './assess.js';
import { engineInput, type Engine, type EngineStepper } from './engines.js';
import { Finding, type StoredReport } from '../core/case/schemas.js';
import { availabilityOf, caseAsOf, knownAtMs, recordItems, timedRecords, isoMs, utcLabel } from '../core/case/availability.js';
import { matrixAsOf, overridesAsOf, type LoggedRatingChange } from '../core/hypotheses/ratings-as-of.js';
import { assessCase } from '../core/hypotheses/case-assessment.js';
import { bandReach, caseMilestones, type BandReach, type Milestone, type TimelinePoint } from '../core/hypotheses/judgment-timeline.js';
import { AssayError, badInput } from '../core/errors.js';

export interface Timeline {
  case_id: string;
  event_time: string;
  hypotheses: { id: string; label: string }[];
  points: TimelinePoint[];
  /** when the final leader first reached, and then stayed in, its final ICD 203 band */
  final_band: BandReach | null;
  milestones: Milestone[];
  /** how the timeline was computed, in words (what is recomputed when) */
  notes: string[];
}

// eslint-disable-next-line require-yield
async function* noReports(): AsyncIterable<StoredReport[]> {}

/** Report-reading engines give findings again when their reports have grown by this factor (and at the last report). */
const GROWTH = 1.25;

export async function caseTimeline(ws: Workspace, target: string): Promise<Timeline> {
  const view = await openAssessTarget(ws, target);
  if (view.hypotheses.length === 0) throw badInput('the case has no hypotheses (add hypotheses.yaml to the bundle)', target);
  return timelineOf(ws, view);
}

/** The timeline of an opened case (stored or a bundle folder). */
export async function timelineOf(ws: Workspace, whole: AssessView): Promise<Timeline> {
  const ev = whole.case.when.at;
  // the reports, once, in the order they became known
  const reports: { ms: number; r: StoredReport }[] = [];
  for await (const r of whole.reports.stream()) reports.push({ ms: availabilityOf('report', r, ev).ms, r });
  reports.sort((a, b) => a.ms - b.ms);
  if (whole.origin.kind === 'bundle') whole.reports.total = reports.length;
  const changes: LoggedRatingChange[] = whole.origin.kind === 'case' ? await ws.store.ratingChanges(whole.case.id) : [];

  // moments when a record, claim, conclusion or rating became known; the others only add reports
  const recordMoments = new Set<number>();
  for (const t of timedRecords(whole)) if (t.kind !== 'consequence') recordMoments.add(t.at.ms);
  for (const c of whole.case.claims) recordMoments.add(knownAtMs(c.claimed_at, ev));
  for (const c of whole.case.conclusions) recordMoments.add(knownAtMs(c.published_at, ev));
  for (const c of changes) recordMoments.add(Date.parse(c.at));
  const moments = new Set(recordMoments);
  for (const x of reports) moments.add(x.ms);
  const times = [...moments].filter((m) => !Number.isNaN(m)).sort((a, b) => a - b);

  const engines = ws.engines;
  const readsReports = (e: Engine) => e.reads.includes('reports');
  const steppers = new Map<Engine, EngineStepper>();
  const found = new Map<Engine, { sig: string; findings: Finding[] }>();
  let added = 0;
  let lastCompute = 0;
  let recomputes = 0;
  let scored = 0;
  const warnings = new Set<string>();
  const points: TimelinePoint[] = [];
  let prevKey = '';
  let prev: Omit<TimelinePoint, 'at' | 'items'> | null = null;
  const analystIds = new Set(whole.matrix.map((m) => m.id));
  const lastReportMs = reports.length ? reports[reports.length - 1].ms : -Infinity;
  // the case cut at the last record moment, with its analyst ratings and overrides then
  let cut = caseAsOf(whole, -Infinity);
  let matrix = cut.matrix;
  let overrides = overridesAsOf(changes, analystIds, -Infinity);
  let records = 0;

  const safe = (e: Engine, run: () => Finding[]): Finding[] => {
    try {
      return run().filter((f) => Finding.safeParse(f).success);
    } catch (err) {
      warnings.add(`${e.name}: no findings (${err instanceof AssayError ? err.message : (err as Error).message})`);
      return [];
    }
  };

  for (const m of times) {
    const recordMoment = recordMoments.has(m);
    let changed = recordMoment;
    if (recordMoment) {
      cut = caseAsOf(whole, m);
      matrix = matrixAsOf(cut.matrix, changes, m);
      overrides = overridesAsOf(changes, analystIds, m);
      records = recordItems(cut);
    }
    // reports that became known by m go to the report-reading engines' steppers
    const batch: StoredReport[] = [];
    while (added < reports.length && reports[added].ms <= m) batch.push(reports[added++].r);
    for (const e of engines) {
      if (readsReports(e)) {
        if (!e.stepper) continue;
        let s = steppers.get(e);
        if (!s) steppers.set(e, (s = e.stepper(engineInput(e, cut, noReports), ws)));
        if (batch.length) s.add(batch);
        const due = batch.length > 0 && (!found.has(e) || added >= lastCompute * GROWTH || m >= lastReportMs);
        if (due) {
          found.set(e, { sig: String(added), findings: safe(e, () => s!.findings().findings) });
          lastCompute = added;
          recomputes++;
          changed = true;
        }
      } else if (recordMoment) {
        // what the engine reads at m: re-run only when that changed
        const input = engineInput(e, cut, noReports);
        const sig = JSON.stringify([input.testimonies.length, input.munitions.length, input.samples.map((x) => x.results.length), input.siteControl.length, cut.case.claims.length]);
        if (found.get(e)?.sig !== sig) {
          const r = await e.findings(input, ws).catch((err: Error) => {
            warnings.add(`${e.name}: no findings (${err.message})`);
            return { findings: [] as Finding[] };
          });
          found.set(e, { sig, findings: r.findings.filter((f) => Finding.safeParse(f).success).map((f) => Finding.parse(f)) });
        }
      }
    }
    if (changed || !prev) {
      const findings = engines.flatMap((e) => found.get(e)?.findings ?? []);
      // the scores depend only on these inputs: unchanged inputs keep the last scores
      const key = JSON.stringify([findings.map((f) => [f.engine, f.attribute, f.likelihoods, f.reliability, f.evidence]), matrix.map((x) => [x.id, x.ratings]), overrides.map((o) => [o.item_id, o.hypothesis_id, o.rating]), cut.samples.length, cut.siteControl.length]);
      if (key !== prevKey || !prev) {
        const a = assessCase({ case: cut.case, hypotheses: whole.hypotheses, matrix, findings, overrides, samples: cut.samples, siteControl: cut.siteControl, now: ws.now() });
        const lead = a.hypotheses.find((h) => h.id === a.leading)!;
        prev = { posteriors: Object.fromEntries(a.hypotheses.map((h) => [h.id, h.posterior])), leading: a.leading, words: lead.words, confidence: a.confidence };
        prevKey = key;
        scored++;
      }
    }
    points.push({ at: new Date(m).toISOString(), items: records + added, ...prev! });
  }

  const notes = [
    `${points.length} moments (each time a record, report, claim, conclusion or rating became known); the scores were computed at ${scored} of them (the others changed no input of the scores)`,
    `report-reading engines kept their state from moment to moment and gave findings ${recomputes} time(s): at their first report, whenever their reports had grown by a quarter, and at the last report; between these their last finding holds`,
    ...[...warnings],
  ];
  const final_band = bandReach(points);
  if (final_band?.first_reached)
    notes.push(`the leader "${final_band.hypothesis}" first reached ${final_band.words} on ${utcLabel(Date.parse(final_band.first_reached))}${final_band.stayed_from ? ` and stayed there from ${utcLabel(Date.parse(final_band.stayed_from))}` : ''}`);
  return {
    case_id: whole.case.id,
    event_time: new Date(isoMs(ev)).toISOString(),
    hypotheses: whole.hypotheses.map((h) => ({ id: h.id, label: h.label })),
    points,
    final_band,
    milestones: caseMilestones(whole.case, whole.consequences ?? []),
    notes,
  };
}
