/**
 * Lines of evidence: the source groups of the matrix (items restating one source form one line; see
 * `shareSources`). For each line, its weight in the result: the leader's posterior without the whole line
 * (its items removed, every other line as scored), and its direction between the leader and the runner-up
 * (docs/assessment.md "Honest weighting"). Exact in log space: post_j ∝ prior_j * exp(sum_g S_gj / n_g).
 */
import type { CompiledMatrix } from './matrix.js';
import type { CoreScores } from './scores.js';
import { softmax } from './scores.js';
import { DIAGNOSTIC_MIN } from './score-matrix.js';

export interface EvidenceLine {
  /** the group's key: its source_group, or the item id for an item on its own */
  group: string;
  items: string[];
  /** does any item of the line discriminate between the hypotheses (D_i >= DIAGNOSTIC_MIN) */
  diagnostic: boolean;
  /** the leader's posterior with every other line but without this one */
  leader_posterior_without: number;
  /** leader's posterior minus leader_posterior_without: positive when the line supports the leader */
  shift: number;
  /** the line's log likelihood ratio of the leader over the runner-up (its share of the posterior odds) */
  log_ratio_vs_runner_up: number;
}

/** Lines of a compiled matrix, strongest (largest |shift|) first; ties in matrix order. */
export function evidenceLines(c: CompiledMatrix, sc: CoreScores): EvidenceLine[] {
  const H = c.H;
  const lead = sc.leader;
  let runner = -1;
  for (let j = 0; j < H; j++) if (j !== lead && (runner < 0 || sc.posterior[j] > sc.posterior[runner])) runner = j;
  const members: number[][] = Array.from({ length: c.G }, () => []);
  for (let i = 0; i < c.N; i++) members[c.group[i]].push(i);
  const out: (EvidenceLine & { first: number })[] = [];
  for (let g = 0; g < c.G; g++) {
    const idx = members[g];
    if (!idx.length) continue;
    const n = c.groupWeight[g];
    const without = new Float64Array(H);
    for (let j = 0; j < H; j++) without[j] = sc.logPost[j] - sc.groupSum[g * H + j] / n;
    const p = softmax(without)[lead];
    let lr = 0;
    if (runner >= 0) for (const i of idx) lr += (c.share[i] * (c.lnL[i * H + lead] - c.lnL[i * H + runner])) / n;
    const it = c.items[idx[0]];
    out.push({
      group: it.source_group ?? it.id,
      items: idx.map((i) => c.items[i].id),
      diagnostic: idx.some((i) => sc.diagnosticity[i] >= DIAGNOSTIC_MIN),
      leader_posterior_without: p,
      shift: sc.posterior[lead] - p,
      log_ratio_vs_runner_up: lr,
      first: idx[0],
    });
  }
  return out
    .sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift) || a.first - b.first)
    .map(({ first: _f, ...l }) => l);
}

/**
 * Consistency of the lines: how many diagnostic lines favour the leader over the runner-up and how many the
 * runner-up (a line whose log ratio is within +-0.05, a likelihood ratio of about 1.05, is neutral; judgment).
 */
export function lineConsistency(lines: EvidenceLine[]): { agree: number; disagree: number } {
  let agree = 0;
  let disagree = 0;
  for (const l of lines) {
    if (!l.diagnostic) continue;
    if (l.log_ratio_vs_runner_up > 0.05) agree++;
    else if (l.log_ratio_vs_runner_up < -0.05) disagree++;
  }
  return { agree, disagree };
}
