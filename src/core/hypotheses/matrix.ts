/**
 * The ACH matrix as assay scores it: hypotheses by evidence items, each cell a rating (analyst) or an engine
 * likelihood with the rating derived from it. `compileMatrix` turns it into flat typed arrays so scoring and
 * sensitivity analysis of a 50 x 2,000 matrix stay well under a second.
 */
import type { FindingItem } from '../case/schemas.js';
import { DEFAULT_LIKELIHOODS, inconsistencyPoints, LEVEL_WEIGHT, stepPosition, type Level, type Rating } from './ratings.js';

export interface MatrixHypothesis {
  id: string;
  label: string;
  /** unnormalised prior; uniform when absent (see `normalisedPriors`) */
  prior?: number;
}

export interface MatrixCell {
  rating: Rating;
  /** an engine's likelihood (normalised so the finding's max is 1), used in place of l(rating) */
  likelihood?: number;
  /** engine cells: the engine likelihood relative to the row's mean over the hypotheses (what `rating` was converted from) */
  ratio?: number;
  origin: 'analyst' | 'engine' | 'override';
}

export interface MatrixItem {
  id: string;
  label: string;
  credibility: Level;
  relevance: Level;
  /** rho in [0,1]: how far the item is genuine; 1 = fully trusted */
  reliability: number;
  source_group?: string;
  kind: 'analyst' | 'engine';
  /** cells by hypothesis id; a missing cell is blank and scored as NA */
  cells: Record<string, MatrixCell>;
  /** ids of the records this item rests on (testimonies, samples, reports, files), for traceability */
  evidence: string[];
  explanation?: string;
  /** an engine row's trail: the records its finding read (FindingItem, docs/assessment.md "Finding trail") */
  items?: FindingItem[];
  /**
   * the item's share of its source within the group (default 1): an item and the m - 1 items restating it
   * (derived_from) get 1/m each, so together they weigh as one (shared-sources.ts)
   */
  share?: number;
  /** an analyst item weighed down for what it rests on, in words ("weighed at 50%: unsourced"; record-weight.ts) */
  weighed?: string;
  unsourced?: boolean;
}

export interface Matrix {
  hypotheses: MatrixHypothesis[];
  items: MatrixItem[];
  likelihoods: Record<Rating, number>;
}

/** Smallest cell likelihood used, so a hard zero from an engine (rho = 1) excludes without producing NaN. */
export const L_FLOOR = 1e-9;

/** The effective n_i an item's ln L is divided by: W_g / u_i (= n_g when no item of the group restates another). */
export function effectiveN(c: { group: Int32Array; share: Float64Array; groupWeight: Float64Array }, i: number): number {
  return c.groupWeight[c.group[i]] / c.share[i];
}

/** L = rho * l + (1 - rho) * 0.5: the item is genuine with probability rho, else it says nothing (fabrication mixture; docs/assessment.md "Scores, exactly"). */
export function cellLikelihood(l: number, rho: number): number {
  return Math.max(L_FLOOR, rho * l + (1 - rho) * 0.5);
}

export interface CompiledMatrix {
  H: number;
  N: number;
  hypotheses: MatrixHypothesis[];
  items: MatrixItem[];
  table: Record<Rating, number>;
  /** ln prior_j, normalised */
  logPrior: Float64Array;
  /** ln L_ij at i*H + j */
  lnL: Float64Array;
  /** Heuer points s(r_ij) */
  s: Uint8Array;
  /** rating position on the step scale II..CC (NA at N) */
  pos: Int8Array;
  /** wc_i * wr_i */
  w: Float64Array;
  rho: Float64Array;
  /** source-group index of each item, and the group sizes n_g */
  group: Int32Array;
  groupSize: Int32Array;
  /** per item its share u_i (1 unless it restates another item), and per group W_g = sum of its items' shares */
  share: Float64Array;
  groupWeight: Float64Array;
  G: number;
  ratings: Rating[];
  /** 1 when the cell's likelihood is an engine's (its rating is only a conversion; any override replaces it) */
  engine: Uint8Array;
}

/**
 * Priors: uniform when none is given. Given priors are kept; missing ones share what the given ones leave of 1
 * (when they sum to less than 1), or else take the given ones' mean; then all are scaled to sum to 1.
 */
export function normalisedPriors(hs: MatrixHypothesis[]): number[] {
  const given = hs.filter((h) => h.prior !== undefined && h.prior > 0).map((h) => h.prior!);
  const sumGiven = given.reduce((a, b) => a + b, 0);
  const missing = hs.length - given.length;
  const fill = given.length === 0 ? 1 : sumGiven < 1 ? (1 - sumGiven) / missing : sumGiven / given.length;
  const raw = hs.map((h) => (h.prior !== undefined && h.prior > 0 ? h.prior : fill));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((p) => p / sum);
}

/**
 * What the scorer does silently that the analyst should know: a cell left blank is scored as NA
 * (uninformative), and priors that do not sum to 1 (or are given for only some hypotheses) are rescaled.
 */
export function matrixWarnings(m: Matrix): string[] {
  const out: string[] = [];
  for (const it of m.items) {
    if (it.kind !== 'analyst') continue;
    const blank = m.hypotheses.filter((h) => !it.cells[h.id]).map((h) => h.id);
    if (blank.length) out.push(`item ${it.id} has no rating for ${blank.join(', ')}: scored as NA (uninformative); rate it or mark it NA`);
  }
  const given = m.hypotheses.filter((h) => h.prior !== undefined);
  if (given.length) {
    const sum = given.reduce((a, h) => a + h.prior!, 0);
    const p = normalisedPriors(m.hypotheses);
    const used = m.hypotheses.map((h, j) => `${h.id} ${+p[j].toFixed(4)}`).join(', ');
    if (given.length < m.hypotheses.length)
      out.push(`priors are given for ${given.length} of ${m.hypotheses.length} hypotheses (sum ${+sum.toFixed(6)}); the others were filled in and all rescaled to sum to 1: ${used}`);
    else if (Math.abs(sum - 1) > 1e-6) out.push(`the priors sum to ${+sum.toFixed(6)}, not 1; they were rescaled to sum to 1: ${used}`);
  }
  return out;
}

export function compileMatrix(m: Matrix): CompiledMatrix {
  const H = m.hypotheses.length;
  const N = m.items.length;
  const table = m.likelihoods;
  const logPrior = Float64Array.from(normalisedPriors(m.hypotheses), Math.log);
  const lnL = new Float64Array(N * H);
  const s = new Uint8Array(N * H);
  const pos = new Int8Array(N * H);
  const w = new Float64Array(N);
  const rho = new Float64Array(N);
  const group = new Int32Array(N);
  const share = new Float64Array(N);
  const weights: number[] = [];
  const groupIds = new Map<string, number>();
  const sizes: number[] = [];
  const ratings: Rating[] = new Array(N * H);
  const engine = new Uint8Array(N * H);
  for (let i = 0; i < N; i++) {
    const it = m.items[i];
    w[i] = LEVEL_WEIGHT[it.credibility] * LEVEL_WEIGHT[it.relevance];
    rho[i] = it.reliability;
    // an item without a source group is its own group (n_i = 1)
    const key = it.source_group ? 'g:' + it.source_group : 'i:' + i;
    let g = groupIds.get(key);
    if (g === undefined) {
      g = sizes.length;
      groupIds.set(key, g);
      sizes.push(0);
      weights.push(0);
    }
    sizes[g]++;
    share[i] = it.share ?? 1;
    weights[g] += share[i];
    group[i] = g;
    for (let j = 0; j < H; j++) {
      const c = it.cells[m.hypotheses[j].id];
      const r: Rating = c?.rating ?? 'NA';
      const l = c?.likelihood ?? table[r];
      const k = i * H + j;
      lnL[k] = Math.log(cellLikelihood(l, it.reliability));
      s[k] = inconsistencyPoints(r);
      pos[k] = stepPosition(r);
      ratings[k] = r;
      if (c?.likelihood !== undefined) engine[k] = 1;
    }
  }
  return { H, N, hypotheses: m.hypotheses, items: m.items, table, logPrior, lnL, s, pos, w, rho, group, groupSize: Int32Array.from(sizes), share, groupWeight: Float64Array.from(weights), G: sizes.length, ratings, engine };
}

export function withDefaults(table?: Partial<Record<Rating, number>>): Record<Rating, number> {
  return { ...DEFAULT_LIKELIHOODS, ...(table ?? {}) };
}
