/**
 * Scores a matrix both ways side by side (Heuer and Bayes) with full sensitivity analysis, and names what
 * each item does. The one entry point for `assay hypotheses score` and for the case assessment.
 */
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
  reliability: number;
  source_group: string | null;
  group_size: number;
  ratings: Record<string, Rating>;
  evidence: string[];
}

export interface MatrixScore {
  method: string;
  hypotheses: HypothesisScore[];
  evidence: EvidenceScore[];
  leading: string;
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
  if (m.hypotheses.length === 0) throw new RangeError('a matrix needs at least one hypothesis');
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
    for (let j = 0; j < c.H; j++) ratings[m.hypotheses[j].id] = c.ratings[i * c.H + j];
    return {
      id: it.id,
      label: it.label,
      kind: it.kind,
      diagnosticity: sc.diagnosticity[i],
      pivotal,
      ...(pivotal ? { leader_without: m.hypotheses[loo[i]].id } : {}),
      reliability: it.reliability,
      source_group: it.source_group ?? null,
      group_size: c.groupSize[c.group[i]],
      ratings,
      evidence: it.evidence,
    };
  });
  const heuer = sc.heuerLeaders.map((j) => m.hypotheses[j].id);
  const score: MatrixScore = {
    method: SCORING_METHOD,
    hypotheses,
    evidence,
    leading: m.hypotheses[sc.leader].id,
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
export function evidenceProfile(s: MatrixScore): { diagnosticItems: number; diagnosticGroups: number; meanReliability: number; lowReliability: string[] } {
  const diag = s.evidence.filter((e) => e.diagnosticity >= DIAGNOSTIC_MIN);
  const groups = new Set(diag.map((e) => e.source_group ?? 'item:' + e.id));
  const wsum = diag.reduce((a, e) => a + e.diagnosticity, 0);
  const mean = wsum > 0 ? diag.reduce((a, e) => a + e.diagnosticity * e.reliability, 0) / wsum : 0;
  return { diagnosticItems: diag.length, diagnosticGroups: groups.size, meanReliability: mean, lowReliability: diag.filter((e) => e.reliability < 0.5).map((e) => e.id) };
}
