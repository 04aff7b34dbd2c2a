/**
 * The scores, exactly as docs/assessment.md "Scores, exactly" states them:
 * - Heuer inconsistency IS_j = sum_i s(r_ij) (Heuer 1999 ch. 8; PARC ACH 2.0); lowest is best.
 * - Weighted inconsistency WIS_j = sum_i wc_i * wr_i * s(r_ij) (PARC ACH 2.0 weights 1/sqrt2, 1, sqrt2).
 * - Bayesian posterior post_j ∝ prior_j * prod_i L_ij^(1/n_i), L_ij = rho_i l(r_ij) + (1 - rho_i) 0.5
 *   (naive-Bayes ACH with a fabrication mixture and common-source discounting; docs/assessment.md
 *   "Scores, exactly" and "Honest weighting"). Computed in log space with log-sum-exp.
 * - Diagnosticity D_i = max_j ln L_ij - min_j ln L_ij.
 */
import type { CompiledMatrix } from './matrix.js';

export interface CoreScores {
  inconsistency: Float64Array;
  weighted: Float64Array;
  /** ln prior + sum_i ln L_ij / n_i (unnormalised log posterior) */
  logPost: Float64Array;
  posterior: Float64Array;
  diagnosticity: Float64Array;
  /** per group and hypothesis: S_gj = sum_{i in g} u_i ln L_ij (for exact leave-one-out; u_i = 1 unless restated) */
  groupSum: Float64Array;
  leader: number;
  heuerLeaders: number[];
}

/** Index of the largest value; ties go to the first hypothesis in matrix order. */
export function argmax(a: ArrayLike<number>): number {
  let b = 0;
  for (let j = 1; j < a.length; j++) if (a[j] > a[b]) b = j;
  return b;
}

export function softmax(logp: ArrayLike<number>): Float64Array {
  let mx = -Infinity;
  for (let j = 0; j < logp.length; j++) if (logp[j] > mx) mx = logp[j];
  const out = new Float64Array(logp.length);
  let sum = 0;
  for (let j = 0; j < logp.length; j++) sum += out[j] = Math.exp(logp[j] - mx);
  for (let j = 0; j < logp.length; j++) out[j] /= sum;
  return out;
}

export function coreScores(c: CompiledMatrix): CoreScores {
  const { H, N, G } = c;
  const inconsistency = new Float64Array(H);
  const weighted = new Float64Array(H);
  const groupSum = new Float64Array(G * H);
  const diagnosticity = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const g = c.group[i];
    let mx = -Infinity;
    let mn = Infinity;
    for (let j = 0; j < H; j++) {
      const k = i * H + j;
      const s = c.s[k];
      if (s) {
        inconsistency[j] += s;
        weighted[j] += c.w[i] * s;
      }
      const v = c.lnL[k];
      groupSum[g * H + j] += c.share[i] * v;
      if (v > mx) mx = v;
      if (v < mn) mn = v;
    }
    diagnosticity[i] = H ? mx - mn : 0;
  }
  const logPost = Float64Array.from(c.logPrior);
  for (let g = 0; g < G; g++) {
    const n = c.groupWeight[g];
    for (let j = 0; j < H; j++) logPost[j] += groupSum[g * H + j] / n;
  }
  const posterior = softmax(logPost);
  let best = Infinity;
  for (let j = 0; j < H; j++) if (inconsistency[j] < best) best = inconsistency[j];
  const heuerLeaders: number[] = [];
  for (let j = 0; j < H; j++) if (inconsistency[j] === best) heuerLeaders.push(j);
  return { inconsistency, weighted, logPost, posterior, diagnosticity, groupSum, leader: argmax(logPost), heuerLeaders };
}
