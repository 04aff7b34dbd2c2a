/**
 * Sensitivity analysis (docs/assessment.md "Sensitivity"): which items are pivotal (their removal
 * changes the leading hypothesis), the fewest one-step rating changes that change it, and how the posterior
 * moves over a range of priors. All exact, on the same log-space quantities as the posterior.
 */
import { cellLikelihood, effectiveN, type CompiledMatrix } from './matrix.js';
import { argmax, type CoreScores } from './scores.js';
import { STEP_SCALE, type Rating } from './ratings.js';

/**
 * Leave-one-out: removing item i takes its group's contribution from S_gj / n_g to (S_gj - ln L_ij) / (n_g - 1)
 * (or drops it when n_g = 1), so the other members of a shared source group regain weight, exactly as if the
 * matrix had been rescored without the item. Returns, per item, the leader without it.
 */
export function leaveOneOut(c: CompiledMatrix, sc: CoreScores): Int32Array {
  const { H, N } = c;
  const out = new Int32Array(N);
  const lp = new Float64Array(H);
  for (let i = 0; i < N; i++) {
    const g = c.group[i];
    const n = c.groupWeight[g];
    const u = c.share[i];
    for (let j = 0; j < H; j++) {
      const S = sc.groupSum[g * H + j];
      lp[j] = sc.logPost[j] - S / n + (n - u > 1e-12 ? (S - u * c.lnL[i * H + j]) / (n - u) : 0);
    }
    out[i] = argmax(lp);
  }
  return out;
}

export interface RatingChange {
  item: string;
  hypothesis: string;
  /** the cell's rating; for an engine cell, the rating converted from the engine's likelihood (see `engine_ratio`) */
  from: Rating;
  to: Rating;
  /** one-step moves this change takes (e.g. C -> I is 2); an override of an engine cell costs at least 1 */
  steps: number;
  /** 'engine': the cell holds an engine likelihood, and the change is an analyst override replacing it with l(to) */
  cell: 'analyst' | 'engine';
  /** engine cells: the engine likelihood relative to the row's mean, which the score uses (not l(from)) */
  engine_ratio?: number;
}

export interface FewestChanges {
  /** fewest one-step rating moves that change the leading hypothesis; null if more than `max_steps` */
  steps: number | null;
  max_steps: number;
  /** the leader after applying `changes` (re-scored, not assumed to be the challenger the search aimed at) */
  new_leader: string | null;
  changes: RatingChange[];
}

interface Option {
  cell: number;
  item: number;
  hyp: number;
  /** best gain (in log-posterior difference) at a cost of k = 1..4 steps (-Infinity: no move of that cost) */
  gains: number[];
  /** rating reached by that best move */
  reached: Rating[];
}

/**
 * The options of changing each cell of column `a` (the leader) and of column `b` (the challenger). A change is
 * modelled exactly as the override it stands for: the cell's likelihood becomes l(new rating) (through rho),
 * whether it held an analyst rating or an engine likelihood. Cost: the distance on the step scale from the
 * cell's rating (for an engine cell, its converted rating), at least 1 for an engine cell (overriding it with
 * its own converted rating still replaces the engine's likelihood). Per cost, the best move is kept.
 */
function options(c: CompiledMatrix, a: number, b: number): Option[] {
  const { H, N } = c;
  const out: Option[] = [];
  const K = STEP_SCALE.length - 1;
  for (let i = 0; i < N; i++) {
    const n = effectiveN(c, i);
    for (const [j, dir] of [
      [a, -1],
      [b, 1],
    ] as const) {
      const k = i * H + j;
      const cur = c.lnL[k];
      const gains: number[] = new Array(K).fill(-Infinity);
      const reached: Rating[] = new Array(K).fill('N');
      let anyPositive = false;
      for (let p = 0; p < STEP_SCALE.length; p++) {
        if (p === c.pos[k] && !c.engine[k]) continue; // an analyst cell kept as it is: no change
        const cost = Math.max(1, Math.abs(p - c.pos[k]));
        const r = STEP_SCALE[p];
        const next = Math.log(cellLikelihood(c.table[r], c.rho[i]));
        const gain = (dir < 0 ? cur - next : next - cur) / n;
        if (gain > gains[cost - 1]) {
          gains[cost - 1] = gain;
          reached[cost - 1] = r;
        }
        if (gain > 1e-15) anyPositive = true;
      }
      if (anyPositive) out.push({ cell: k, item: i, hyp: j, gains, reached });
    }
  }
  return out;
}

/**
 * Multiple-choice knapsack by dynamic programming: best[t] = the largest total gain reachable with exactly t
 * one-step moves (each cell moved by k = 0..4 steps costs k). The answer is the least t with best[t] > gap.
 */
function minSteps(opts: Option[], gap: number, T: number, track: boolean): { t: number | null; picks?: Map<number, number> } {
  const best = new Float64Array(T + 1).fill(-Infinity);
  best[0] = 0;
  const choice: Int8Array[] = [];
  for (const o of opts) {
    const ch = track ? new Int8Array(T + 1) : null;
    for (let t = T; t >= 1; t--) {
      for (let k = 1; k <= o.gains.length && k <= t; k++) {
        const v = best[t - k] + o.gains[k - 1];
        if (v > best[t]) {
          best[t] = v;
          if (ch) ch[t] = k;
        }
      }
    }
    if (ch) choice.push(ch);
  }
  let t: number | null = null;
  for (let s = 1; s <= T; s++)
    if (best[s] > gap + 1e-12) {
      t = s;
      break;
    }
  if (!track || t === null) return { t };
  // walk back: choice[x][t] = k when option x, taking k steps, set best[t] at its stage (standard 0/1 DP
  // backtracking; best[t - k] read at stage x was still the value before x, since t runs downwards)
  const picks = new Map<number, number>();
  let rem = t;
  for (let x = opts.length - 1; x >= 0 && rem > 0; x--) {
    const k = choice[x][rem];
    if (k > 0) {
      picks.set(x, k);
      rem -= k;
    }
  }
  return { t, picks };
}

/**
 * Fewest one-step rating changes that change the leader: for each challenger b, the gap ln post_a - ln post_b
 * must be closed by moving cells of the leader's column down and of b's column up (touching other columns
 * cannot help b against a). Exact by dynamic programming per challenger; the smallest over challengers wins
 * (ties to the challenger first in matrix order).
 */
export function fewestChanges(c: CompiledMatrix, sc: CoreScores, maxSteps = 12): FewestChanges {
  const a = sc.leader;
  let bestT: number | null = null;
  let bestB = -1;
  for (let b = 0; b < c.H; b++) {
    if (b === a) continue;
    const gap = sc.logPost[a] - sc.logPost[b];
    const { t } = minSteps(options(c, a, b), gap, bestT === null ? maxSteps : bestT - 1, false);
    if (t !== null && (bestT === null || t < bestT)) {
      bestT = t;
      bestB = b;
      if (t === 1) break;
    }
  }
  if (bestT === null) return { steps: null, max_steps: maxSteps, new_leader: null, changes: [] };
  const opts = options(c, a, bestB);
  const gap = sc.logPost[a] - sc.logPost[bestB];
  // reconstruct on the options that can matter: the top `bestT` of each k suffice (exchange argument)
  const keep = new Set<number>();
  for (let k = 1; k <= STEP_SCALE.length - 1; k++) {
    const withK = opts.map((o, x) => [x, o.gains[k - 1] ?? -Infinity] as const).filter(([, g]) => g > -Infinity);
    withK.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
    for (const [x] of withK.slice(0, bestT)) keep.add(x);
  }
  const small = [...keep].sort((p, q) => p - q).map((x) => opts[x]);
  const { picks } = minSteps(small, gap, bestT, true);
  const changes: RatingChange[] = [];
  // apply the picked changes and re-score: the new leader may be a third hypothesis (lowering the leader's
  // column can lift another one above the challenger the search aimed at)
  const lp = Float64Array.from(sc.logPost);
  for (const [x, k] of [...(picks ?? new Map<number, number>())].sort((p, q) => p[0] - q[0])) {
    const o = small[x];
    const to = o.reached[k - 1];
    const eng = c.engine[o.cell] === 1;
    const ratio = eng ? c.items[o.item].cells[c.hypotheses[o.hyp].id]?.ratio : undefined;
    changes.push({
      item: c.items[o.item].id,
      hypothesis: c.hypotheses[o.hyp].id,
      from: c.ratings[o.cell],
      to,
      steps: k,
      cell: eng ? 'engine' : 'analyst',
      ...(ratio !== undefined ? { engine_ratio: ratio } : {}),
    });
    lp[o.hyp] += (Math.log(cellLikelihood(c.table[to], c.rho[o.item])) - c.lnL[o.cell]) / effectiveN(c, o.item);
  }
  const after = argmax(lp);
  return { steps: bestT, max_steps: maxSteps, new_leader: c.hypotheses[after === a ? bestB : after].id, changes };
}

export const PRIOR_GRID = [0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99];

export interface PriorSweep {
  grid: number[];
  /** per hypothesis: its posterior when its own prior is set to each grid value (others keep their ratios) */
  curves: { id: string; posterior: number[] }[];
  /** the least prior on the leader at which it still leads (others keep their ratios) */
  leader_min_prior: number;
}

/**
 * Prior sweep. With LL_j = sum_i ln L_ij / n_i and the other priors q_k rescaled to 1 - p,
 * post_j(p) = p e^{LL_j} / (p e^{LL_j} + sum_{k != j} (1 - p) q_k e^{LL_k}); the leader a keeps the lead over k
 * iff p / (1 - p) > q_k e^{LL_k - LL_a}, so its least prior is max_k r_k / (1 + r_k).
 */
export function priorSweep(c: CompiledMatrix, sc: CoreScores, grid = PRIOR_GRID): PriorSweep {
  const H = c.H;
  const LL = new Float64Array(H);
  const prior = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    LL[j] = sc.logPost[j] - c.logPrior[j];
    prior[j] = Math.exp(c.logPrior[j]);
  }
  let mx = -Infinity;
  for (let j = 0; j < H; j++) if (LL[j] > mx) mx = LL[j];
  const e = Float64Array.from(LL, (v) => Math.exp(v - mx));
  const curves = c.hypotheses.map((h, j) => {
    const rest = 1 - prior[j];
    let other = 0;
    for (let k = 0; k < H; k++) if (k !== j) other += (rest > 0 ? prior[k] / rest : 1 / (H - 1)) * e[k];
    return { id: h.id, posterior: grid.map((p) => (p * e[j]) / (p * e[j] + (1 - p) * other)) };
  });
  const a = sc.leader;
  const restA = 1 - prior[a];
  let minP = 0;
  for (let k = 0; k < H; k++) {
    if (k === a) continue;
    const q = restA > 0 ? prior[k] / restA : 1 / (H - 1);
    const r = q * Math.exp(LL[k] - LL[a]);
    minP = Math.max(minP, r / (1 + r));
  }
  return { grid: [...grid], curves, leader_min_prior: minP };
}
