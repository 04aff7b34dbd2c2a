/**
 * Scores a matrix both ways side by side (Heuer and Bayes) with full sensitivity analysis, and names what
 * each item does. The one entry point for `assay hypotheses score` and for the case assessment.
 */
import { badInput } from '../errors.js';
import { compileMatrix, normalisedPriors, type CompiledMatrix, type Matrix } from './matrix.js';
import { coreScores, type CoreScores } from './scores.js';
import { fewestChanges, leaveOneOut, priorSweep, type FewestChanges, type PriorSweep } from './sensitivity.js';
import { estimativeTerm } from '../estimative-language.js';
import type { Rating } from './ratings.js';

/** An item counts as diagnostic when its cells differ by a likelihood ratio above e^0.1 ~ 1.1 (judgment: true; below that no analyst would call it discriminating). */
export const DIAGNOSTIC_MIN = 0.1;

export const SCORING_METHOD = 'assay-ach-bayes/1';

export interface HypothesisScore {
  id: string;
  label: string;
  prior: number;
  inconsistency: number;
  weighted_inconsistency: number;
  posterior: number;
  /** ICD 203 word with its range, e.g. "likely (55-80%)" */
  words: string;
  term: string;
  range: string;
}

export interface EvidenceScore {
  id: string;
  label: string;
  kind: 'analyst' | 'engine';
  diagnosticity: number;
  pivotal: boolean;
  /** the leader when this item is removed (only when it differs) */
  leader_without?: string;
  /** rho as scored: an unsourced analyst item's is already weighed down (see `weighed`) */
  reliability: number;
  /** set when the item counts less than its stated reliability, in words ("weighed at 50%: unsourced"; record-weight.ts) */
  weighed?: string;
  /** an analyst item that cites nothing and restates nothing sourced */
  unsourced?: boolean;
  source_group: string | null;
  group_size: number;
  /** the cell ratings; an engine cell's rating is converted from its likelihood (see engine_ratios) */
  ratings: Record<string, Rating>;
  /**
   * engine rows: per hypothesis whose cell holds the engine's likelihood (not overridden), that likelihood
   * relative to the row's mean over the hypotheses; the score uses the likelihood, the rating is only its
   * nearest conversion (ratings.ts RATIO_THRESHOLDS)
   */
  engine_ratios?: Record<string, number>;
  evidence: string[];
}

export interface MatrixScore {
  method: string;
  hypotheses: HypothesisScore[];
  evidence: EvidenceScore[];
  leading: string;
  /** true when two or more hypotheses share the highest posterior (then `leading` is only the first in matrix order) */
  tie: boolean;
  /** the hypotheses sharing the highest posterior (just the leader when there is no tie) */
  tied: string[];
  /** Heuer's choice: the least inconsistent hypotheses (ties all listed) */
  heuer_leading: string[];
  methods_agree: boolean;
  sensitivity: { pivotal: string[]; fewest_changes: FewestChanges; priors: PriorSweep };
}

export interface ScoredMatrix {
  score: MatrixScore;
  compiled: CompiledMatrix;
  core: CoreScores;
}

export function scoreMatrix(m: Matrix, opts: { maxSteps?: number } = {}): ScoredMatrix {
  if (m.hypotheses.length === 0) throw badInput('a matrix needs at least one hypothesis', 'hypotheses');
  const c = compileMatrix(m);
  const sc = coreScores(c);
  const loo = c.H > 1 ? leaveOneOut(c, sc) : new Int32Array(c.N);
  const priors = normalisedPriors(m.hypotheses);
  const hypotheses = m.hypotheses.map((h, j) => {
    const t = estimativeTerm(sc.posterior[j]);
    return {
      id: h.id,
      label: h.label,
      prior: priors[j],
      inconsistency: sc.inconsistency[j],
      weighted_inconsistency: sc.weighted[j],
      posterior: sc.posterior[j],
      words: t.words,
      term: t.term,
      range: t.range,
    };
  });
  const evidence: EvidenceScore[] = m.items.map((it, i) => {
    const pivotal = c.H > 1 && loo[i] !== sc.leader;
    const ratings: Record<string, Rating> = {};
    const engineRatios: Record<string, number> = {};
    for (let j = 0; j < c.H; j++) {
      ratings[m.hypotheses[j].id] = c.ratings[i * c.H + j];
      const r = it.cells[m.hypotheses[j].id]?.ratio;
      if (c.engine[i * c.H + j] && r !== undefined) engineRatios[m.hypotheses[j].id] = r;
    }
    return {
      id: it.id,
      label: it.label,
      kind: it.kind,
      diagnosticity: sc.diagnosticity[i],
      pivotal,
      ...(pivotal ? { leader_without: m.hypotheses[loo[i]].id } : {}),
      reliability: it.reliability,
      ...(it.weighed ? { weighed: it.weighed, unsourced: it.unsourced } : {}),
      source_group: it.source_group ?? null,
      group_size: c.groupSize[c.group[i]],
      ratings,
      ...(Object.keys(engineRatios).length ? { engine_ratios: engineRatios } : {}),
      evidence: it.evidence,
    };
  });
  // a tie: posteriors equal to 1e-9 (floating point leaves equal hypotheses a few ulps apart)
  const top = sc.posterior[sc.leader];
  const tied = m.hypotheses.filter((_, j) => Math.abs(sc.posterior[j] - top) <= 1e-9).map((h) => h.id);
  const heuer = sc.heuerLeaders.map((j) => m.hypotheses[j].id);
  const score: MatrixScore = {
    method: SCORING_METHOD,
    hypotheses,
    evidence,
    leading: m.hypotheses[sc.leader].id,
    tie: tied.length > 1,
    tied,
    heuer_leading: heuer,
    methods_agree: heuer.includes(m.hypotheses[sc.leader].id),
    sensitivity: {
      pivotal: evidence.filter((e) => e.pivotal).map((e) => e.id),
      fewest_changes: c.H > 1 ? fewestChanges(c, sc, opts.maxSteps) : { steps: null, max_steps: opts.maxSteps ?? 12, new_leader: null, changes: [] },
      priors: priorSweep(c, sc),
    },
  };
  return { score, compiled: c, core: sc };
}

/** Evidence quantities the confidence rating reads: diagnostic items, their groups and mean reliability. */
export function evidenceProfile(s: MatrixScore): { diagnosticItems: number; diagnosticGroups: number; meanReliability: number | null; lowReliability: string[] } {
  const diag = s.evidence.filter((e) => e.diagnosticity >= DIAGNOSTIC_MIN);
  const groups = new Set(diag.map((e) => e.source_group ?? 'item:' + e.id));
  const wsum = diag.reduce((a, e) => a + e.diagnosticity, 0);
  const mean = wsum > 0 ? diag.reduce((a, e) => a + e.diagnosticity * e.reliability, 0) / wsum : null;
  return { diagnosticItems: diag.length, diagnosticGroups: groups.size, meanReliability: mean, lowReliability: diag.filter((e) => e.reliability < 0.5).map((e) => e.id) };
}
