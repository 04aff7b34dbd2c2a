/**
 * The assessment of a case: the analyst's matrix plus one row per engine finding, analyst overrides applied
 * (an override wins over an engine-filled or analyst cell), custody integrity folded into reliability, both
 * scores with sensitivity, confidence with reasons, and key judgments. Pure: the clock comes in as `now`.
 */
import { badInput } from '../errors.js';
import type { Case, Finding, FindingItem, Hypothesis, MatrixItem as CaseMatrixItem, Sample, SiteControl } from '../case/schemas.js';
import { shareSources } from './shared-sources.js';
import { matrixItemWeight, siteControlWeight, weightNote } from '../case/record-weight.js';
import { evidenceLines, lineConsistency, type EvidenceLine } from './evidence-lines.js';
import type { Matrix, MatrixItem } from './matrix.js';
import { matrixWarnings, withDefaults } from './matrix.js';
import { findingRows, integrityMap, integrityOf } from './finding-rows.js';
import { evidenceProfile, scoreMatrix, type EvidenceScore, type HypothesisScore, type MatrixScore } from './score-matrix.js';
import { assessConfidence, type Confidence, type ConfidenceInput } from './confidence.js';
import { keyJudgments, type KeyJudgment } from './key-judgments.js';
import type { Rating } from './ratings.js';
import type { AsOfNote } from '../case/availability.js';
import type { Brief } from '../report/brief.js';

export interface RatingOverride {
  item_id: string;
  hypothesis_id: string;
  rating: Rating;
  previous: Rating | null;
  actor: string;
  why: string;
  at: string;
}

export interface CaseAssessmentInput {
  case: Case;
  hypotheses: Hypothesis[];
  matrix: CaseMatrixItem[];
  findings: Finding[];
  /** the current override of each cell (the latest in its history) */
  overrides?: RatingOverride[];
  samples?: Sample[];
  /** who held the site when (site-control.yaml): read for the site-access factor of confidence */
  siteControl?: SiteControl[];
  likelihoods?: Partial<Record<Rating, number>>;
  now: Date;
}

export interface Assessment {
  case_id: string;
  title: string;
  generated_at: string;
  method: string;
  hypotheses: (HypothesisScore & { agent: string; actor: string; story: string; unrated?: number })[];
  evidence: (EvidenceScore & {
    origin: 'analyst' | 'engine';
    overridden: string[];
    explanation?: string;
    items?: FindingItem[];
  })[];
  leading: string;
  /** true when hypotheses share the highest posterior; `tied` names them (then `leading` is only the first listed) */
  tie: boolean;
  tied: string[];
  heuer_leading: string[];
  methods_agree: boolean;
  confidence: Confidence['level'];
  confidence_reasons: string[];
  confidence_factors: Confidence['factors'];
  deception: ConfidenceInput['deception'];
  custody_integrity: number | null;
  sensitivity: MatrixScore['sensitivity'];
  /** lines of evidence (items restating one source form one line) with their weight, strongest first */
  lines: EvidenceLine[];
  key_judgments: KeyJudgment[];
  findings: Finding[];
  overrides: RatingOverride[];
  warnings: string[];
  /**
   * set when confidence is low and the leader's probability is in a high band (very likely or almost certain):
   * the two are kept apart (ICD 203), but together they say the likelihoods are stronger than the evidence's
   * quality bears, so the report says so beside the confidence (docs/assessment.md "Confidence rubric")
   */
  confidence_caution?: string;
  /** set when the case was assessed as of a past moment: what was available by then (docs/assessment.md "Judgment over time") */
  as_of?: AsOfNote;
  /** the brief a decision-maker reads (bottom line, judgments with [n], sources, consequences); set by the app */
  brief?: Brief;
  /** whose ratings the scored matrix holds, from the case's rating log; set by the app for a stored case */
  ratings_used?: RatingsUsed;
}

/**
 * Whose ratings an assessment scored (docs/http-api.md "Ratings by several analysts"): each cell holds its latest
 * logged change, whoever made it; every analyst's own ratings and the consensus (their median) are kept beside it.
 */
export interface RatingsUsed {
  /** how a cell several analysts rated is decided in the scored matrix */
  rule: 'latest-change';
  /** the rule in words, with where the consensus is */
  rule_text: string;
  /** analysts whose change a scored cell holds, with the number of such cells */
  used: { analyst: string; cells: number }[];
  /** every analyst who rated a cell (their ratings may have been changed since by someone else) */
  analysts: { analyst: string; cells: number }[];
  /** cells changed through the log / all cells of the matrix (the rest as the bundle and the engines gave them) */
  changed_cells: number;
  total_cells: number;
  /** cells where the analysts' consensus (median) differs from the scored rating */
  consensus_differs: { item_id: string; hypothesis_id: string; scored: string | null; consensus: string | null; by: Record<string, string | null> }[];
}

/** ICD 203 bands that, beside low confidence, call for a caution (judgment: the two bands above "likely"). */
const HIGH_BANDS: ReadonlySet<string> = new Set(['very likely', 'almost certain']);

/** Build the matrix a case is scored on. */
export function caseMatrix(x: CaseAssessmentInput, warnings: string[] = []): Matrix {
  const integrity = integrityMap(x.findings);
  const analyst: MatrixItem[] = x.matrix.map((m) => {
    // an item that cites nothing counts at most half, as other unsourced records (docs/assessment.md "Record credibility")
    const rw = matrixItemWeight(m, x.matrix);
    return {
      id: m.id,
      label: m.label,
      credibility: m.credibility,
      relevance: m.relevance,
      // an analyst item resting on an assessed sample (by id, source group or citation) takes its integrity
      reliability: (m.reliability ?? 1) * rw.weight * integrityOf([m.id, ...(m.source_group ? [m.source_group] : []), ...m.citations], integrity),
      source_group: m.source_group,
      kind: 'analyst',
      cells: Object.fromEntries(Object.entries(m.ratings).map(([h, r]) => [h, { rating: r, origin: 'analyst' as const }])),
      evidence: [...m.citations],
      ...(rw.weight < 1 ? { weighed: weightNote(rw), unsourced: rw.unsourced } : {}),
    };
  });
  const engine = findingRows(x.findings, x.hypotheses, integrity);
  const items = [...analyst, ...engine];
  shareSources(items, new Map(x.matrix.filter((m) => m.derived_from?.length).map((m) => [m.id, m.derived_from!])));
  const byId = new Map(items.map((it) => [it.id, it]));
  const hyps = new Set(x.hypotheses.map((h) => h.id));
  for (const o of x.overrides ?? []) {
    const it = byId.get(o.item_id);
    if (!it || !hyps.has(o.hypothesis_id)) {
      warnings.push(`rating override of ${o.item_id} / ${o.hypothesis_id} ignored: no such item or hypothesis in this case`);
      continue;
    }
    it.cells[o.hypothesis_id] = { rating: o.rating, origin: 'override' };
  }
  const m: Matrix = {
    hypotheses: x.hypotheses.map((h) => ({ id: h.id, label: h.label, prior: h.prior })),
    items,
    likelihoods: withDefaults(x.likelihoods),
  };
  warnings.push(...matrixWarnings(m));
  return m;
}

/**
 * Deception risk (judgment: true): high when a story finding favours a pre-scripted public story over an
 * organic one by a ratio of 2 or more (the narrative may be staged); moderate when a diagnostic item has
 * reliability under 0.5 or a hypothesis positing a pre-scripted story holds 20% or more of the posterior;
 * low otherwise.
 */
export function deceptionRisk(findings: Finding[], s: MatrixScore, stories: Map<string, string>): ConfidenceInput['deception'] {
  for (const f of findings) {
    if (f.attribute !== 'story') continue;
    const pre = f.likelihoods['pre-scripted'];
    const org = f.likelihoods['organic'];
    if (pre !== undefined && org !== undefined && (org === 0 ? pre > 0 : pre / org >= 2))
      return { risk: 'high', why: `${f.engine} reports that the public story fits a pre-scripted origin ${org === 0 ? 'far' : (pre / org).toFixed(1) + ' times'} better than an organic one (${f.label}).` };
  }
  const low = evidenceProfile(s).lowReliability;
  // counted, not named: the reason is read in the report's body, where internal ids do not belong
  if (low.length) return { risk: 'moderate', why: `${low.length} diagnostic item(s) have reliability under 0.5.` };
  const pre = s.hypotheses.filter((h) => stories.get(h.id) === 'pre-scripted' && h.posterior >= 0.2);
  if (pre.length) return { risk: 'moderate', why: `hypotheses positing a pre-scripted story keep ${Math.round(pre.reduce((a, h) => a + h.posterior, 0) * 100)}% of the posterior.` };
  return { risk: 'low', why: 'no finding points to a staged story and the diagnostic evidence is reliable.' };
}

/**
 * Site access (docs/assessment.md "Confidence rubric"): of the parties that held the site (or part of it) in
 * the week after the incident, the one the assessment most suspects: the posterior mass of the hypotheses
 * naming it as the actor. A suspected party holding the site could stage, clean or sample it unwitnessed.
 */
export function siteHolder(x: CaseAssessmentInput, s: MatrixScore): ConfidenceInput['siteAccess'] {
  const sc = x.siteControl ?? [];
  if (!sc.length) return null;
  const ms = (iso: string) => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  const t0 = ms(x.case.when.at);
  const t1 = t0 + 7 * 86_400_000;
  const inWeek = sc.filter((e) => ms(e.from) <= t1 && (!e.to || ms(e.to) + 86_400_000 > t0));
  const holders = [...new Set(inWeek.map((e) => e.party.toLowerCase()))];
  if (!holders.length) return null;
  // a party's hold counts for its best-weighted record (credibility and sourcing, src/core/case/record-weight.ts):
  // a doubtful or unsourced record of who held the site says less about who could have staged it
  const weightOf = (p: string) =>
    inWeek
      .filter((e) => e.party.toLowerCase() === p)
      .map((e) => siteControlWeight(e))
      .reduce((a, b) => (b.weight > a.weight ? b : a));
  const actor = new Map(x.hypotheses.map((h) => [h.id, h.actor.toLowerCase()]));
  let best = { party: holders[0], posterior: 0, rw: weightOf(holders[0]) };
  for (const p of holders) {
    const mass = s.hypotheses.filter((h) => actor.get(h.id) === p).reduce((a, h) => a + h.posterior, 0);
    const rw = weightOf(p);
    if (mass * rw.weight > best.posterior * best.rw.weight) best = { party: p, posterior: mass, rw };
  }
  // the first visit by an impartial investigator: the earliest sample it collected itself (a site visit)
  const visits = (x.samples ?? [])
    .filter((sm) => sm.collected_at && sm.collector_party && INVESTIGATORS.has(sm.collector_party.toLowerCase()))
    .map((sm) => ({ party: sm.collector_party!, days: (ms(sm.collected_at!) - t0) / 86_400_000 }))
    .filter((v) => Number.isFinite(v.days))
    .sort((a, b) => a.days - b.days);
  return { party: best.party, posterior: best.posterior, ...(best.rw.weight < 1 ? { weight: best.rw.weight, weighed: best.rw.why } : {}), visit: visits[0] ?? null };
}

/**
 * Impartial investigators whose own sample collection counts as an independent site visit (judgment: the
 * bodies mandated to investigate chemical-weapons use: the OPCW and its missions, the UN, the WHO).
 */
export const INVESTIGATORS: ReadonlySet<string> = new Set(['opcw', 'un', 'who', 'opcw-un-jim']);

export function assessCase(x: CaseAssessmentInput): Assessment {
  const warnings: string[] = [];
  if (x.hypotheses.length === 0) throw badInput('the case has no hypotheses to assess', 'hypotheses');
  const m = caseMatrix(x, warnings);
  const { score, compiled, core } = scoreMatrix(m);
  const lines = evidenceLines(compiled, core);
  // a hypothesis some rated item leaves blank is incomplete: no estimative word until it is rated
  const unrated = new Map<string, number>();
  for (const it of x.matrix) {
    if (!Object.keys(it.ratings).length) continue;
    for (const h of x.hypotheses) if (!it.ratings[h.id]) unrated.set(h.id, (unrated.get(h.id) ?? 0) + 1);
  }
  for (const h of score.hypotheses) {
    const n = unrated.get(h.id);
    if (n) Object.assign(h, { term: 'unrated', range: '', words: `not estimated: ${n} item${n === 1 ? '' : 's'} not rated against it` });
  }
  const integrity = integrityMap(x.findings);
  const custody = integrity.size ? Math.min(...integrity.values()) : null;
  const stories = new Map(x.hypotheses.map((h) => [h.id, h.story]));
  const deception = deceptionRisk(x.findings, score, stories);
  const prof = evidenceProfile(score);
  const conf = assessConfidence({
    diagnosticGroups: prof.diagnosticGroups,
    diagnosticItems: prof.diagnosticItems,
    meanReliability: prof.meanReliability,
    custodyIntegrity: custody,
    hasSamples: (x.samples?.length ?? 0) > 0,
    deception,
    fewestChanges: score.sensitivity.fewest_changes.steps,
    pivotalItems: score.sensitivity.pivotal.length,
    siteAccess: siteHolder(x, score),
    consistency: lineConsistency(lines),
  });
  const hyp = new Map(x.hypotheses.map((h) => [h.id, h]));
  const leader = score.hypotheses.find((h) => h.id === score.leading);
  const caution =
    conf.level === 'low' && leader && HIGH_BANDS.has(leader.term)
      ? `the probability is high although the evidence under it is weak by this rubric (${conf.factors.filter((f) => f.grade === 'weak').length} weak factors): the weighting gives that evidence more force than its quality supports, so read the probability as an upper bound to test, not a corroborated finding.`
      : undefined;
  if (caution) warnings.push(`low confidence with a high probability: ${caution}`);
  return {
    case_id: x.case.id,
    title: x.case.title,
    generated_at: x.now.toISOString(),
    method: score.method,
    hypotheses: score.hypotheses.map((h) => ({ ...h, agent: hyp.get(h.id)!.agent, actor: hyp.get(h.id)!.actor, story: hyp.get(h.id)!.story, ...(unrated.get(h.id) ? { unrated: unrated.get(h.id) } : {}) })),
    evidence: score.evidence.map((e, i) => ({
      ...e,
      origin: m.items[i].kind,
      overridden: Object.entries(m.items[i].cells).filter(([, c]) => c.origin === 'override').map(([h]) => h),
      ...(m.items[i].explanation ? { explanation: m.items[i].explanation } : {}),
      ...(m.items[i].items ? { items: m.items[i].items } : {}),
    })),
    leading: score.leading,
    tie: score.tie,
    tied: score.tied,
    heuer_leading: score.heuer_leading,
    methods_agree: score.methods_agree,
    confidence: conf.level,
    confidence_reasons: conf.reasons,
    confidence_factors: conf.factors,
    deception,
    custody_integrity: custody,
    sensitivity: score.sensitivity,
    lines,
    key_judgments: keyJudgments(score, compiled, conf),
    ...(caution ? { confidence_caution: caution } : {}),
    findings: x.findings,
    overrides: x.overrides ?? [],
    warnings,
  };
}
