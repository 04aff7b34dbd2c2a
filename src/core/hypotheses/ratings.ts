/**
 * ACH ratings and the numbers attached to them (docs/assessment.md, "Scores, exactly").
 *
 * - Heuer inconsistency points s(r): I = 1, II = 2, anything else 0 (Heuer 1999 ch. 8; PARC ACH 2.0).
 * - Credibility and relevance weights: Low 1/sqrt(2), Medium 1, High sqrt(2) (PARC ACH 2.0 weighted score).
 * - Default rating likelihoods l(r): CC .95, C .80, N .50, I .20, II .05, NA .50 (the naive-Bayes ACH table of
 *   toddschiller.com/artifacts/ach-bayesian, with NA uninformative). A matrix may bring its own table.
 */
export const RATINGS = ['CC', 'C', 'N', 'I', 'II', 'NA'] as const;
export type Rating = (typeof RATINGS)[number];
export type Level = 'low' | 'medium' | 'high';

export const DEFAULT_LIKELIHOODS: Readonly<Record<Rating, number>> = Object.freeze({
  CC: 0.95,
  C: 0.8,
  N: 0.5,
  I: 0.2,
  II: 0.05,
  NA: 0.5,
});

export const LEVEL_WEIGHT: Readonly<Record<Level, number>> = Object.freeze({
  low: Math.SQRT1_2,
  medium: 1,
  high: Math.SQRT2,
});

/** Heuer inconsistency points of a rating. */
export function inconsistencyPoints(r: Rating): number {
  return r === 'II' ? 2 : r === 'I' ? 1 : 0;
}

/**
 * The one-step scale used by sensitivity analysis: II < I < N < C < CC. NA sits at N's position, so one step
 * from NA reaches I or C.
 */
export const STEP_SCALE: readonly Rating[] = ['II', 'I', 'N', 'C', 'CC'];
export function stepPosition(r: Rating): number {
  return r === 'NA' ? 2 : STEP_SCALE.indexOf(r);
}

/**
 * Engine findings are turned into ratings for Heuer's score by the ratio of the hypothesis's (normalised)
 * likelihood to the mean over the matrix's hypotheses. Thresholds are the geometric midpoints between the
 * default table's ratios to N (CC 1.9, C 1.6, N 1, I 0.4, II 0.1): sqrt(1.9*1.6) ~ 1.75, sqrt(1.6) ~ 1.25,
 * sqrt(0.4) ~ 0.63, sqrt(0.4*0.1) = 0.2. judgment: true, chosen so that an engine cell gets the rating whose
 * default likelihood ratio is nearest (on a log scale) to the engine's own.
 */
export const RATIO_THRESHOLDS = Object.freeze({ CC: 1.75, C: 1.25, N: 0.63, I: 0.2 });
export function ratingFromRatio(ratio: number): Rating {
  if (!(ratio >= 0)) return 'N';
  if (ratio >= RATIO_THRESHOLDS.CC) return 'CC';
  if (ratio >= RATIO_THRESHOLDS.C) return 'C';
  if (ratio > RATIO_THRESHOLDS.N) return 'N';
  if (ratio > RATIO_THRESHOLDS.I) return 'I';
  return 'II';
}

/** Engine reliability as an ACH credibility level (>= 0.8 high, >= 0.5 medium, else low; judgment: true). */
export function levelFromReliability(rho: number): Level {
  return rho >= 0.8 ? 'high' : rho >= 0.5 ? 'medium' : 'low';
}
