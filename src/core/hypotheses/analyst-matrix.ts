/**
 * The case's analyst matrix (hypotheses + rated items, as stored) in the shape the assessment's pure scorer
 * reads (docs/assessment.md "Scores, exactly"). Pure: the web bundle imports this and re-scores as the analyst
 * edits, so the browser and the API give the same numbers.
 */
import type { Matrix, MatrixItem as CoreItem } from './matrix.js';
import { DEFAULT_LIKELIHOODS, type Rating } from './ratings.js';
import { matrixItemWeight, weightNote } from '../case/record-weight.js';
import { scoreMatrix, type MatrixScore } from './score-matrix.js';

export interface StoredHypothesis {
  id: string;
  label: string;
  prior?: number;
}
export interface StoredItem {
  id: string;
  label: string;
  credibility?: 'low' | 'medium' | 'high';
  relevance?: 'low' | 'medium' | 'high';
  reliability?: number;
  source_group?: string;
  ratings: Record<string, Rating>;
  citations?: string[];
  derived_from?: string[];
}

export function toCoreMatrix(hyps: StoredHypothesis[], items: StoredItem[]): Matrix {
  return {
    hypotheses: hyps.map((h) => ({ id: h.id, label: h.label, ...(h.prior !== undefined ? { prior: h.prior } : {}) })),
    items: items.map((it): CoreItem => {
      // unsourced items count at most half, as in the assessment (case-assessment.ts caseMatrix)
      const rw = matrixItemWeight(it, items);
      return {
        id: it.id,
        label: it.label,
        credibility: it.credibility ?? 'medium',
        relevance: it.relevance ?? 'medium',
        reliability: (it.reliability ?? 1) * rw.weight,
        ...(rw.weight < 1 ? { weighed: weightNote(rw), unsourced: rw.unsourced } : {}),
        ...(it.source_group ? { source_group: it.source_group } : {}),
        kind: 'analyst',
        cells: Object.fromEntries(Object.entries(it.ratings).map(([h, r]) => [h, { rating: r, origin: 'analyst' as const }])),
        evidence: [],
      };
    }),
    likelihoods: { ...DEFAULT_LIKELIHOODS },
  };
}

/** Scores of the analyst matrix alone (engine rows join it in the assessment); null without hypotheses. */
export function scoreAnalystMatrix(hyps: StoredHypothesis[], items: StoredItem[]): MatrixScore | null {
  if (hyps.length === 0) return null;
  return scoreMatrix(toCoreMatrix(hyps, items)).score;
}
