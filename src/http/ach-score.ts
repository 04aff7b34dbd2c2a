/**
 * ACH matrix scores, pure (no IO, no node:*), so the web bundle imports this same file and re-scores as the
 * analyst edits. The formulas are those of issue 6 (Heuer, Psychology of Intelligence Analysis, ch. 8, for
 * the inconsistency score; a naive-Bayes posterior with reliability discounting and source-group
 * down-weighting; ICD 203 estimative words). It stands in until src/core/hypotheses (issue 6) is wired into
 * the UI, and must give the same numbers.
 */
export type Rating = 'CC' | 'C' | 'N' | 'I' | 'II' | 'NA';
export type Level = 'low' | 'medium' | 'high';

export interface ScoreHypothesis {
  id: string;
  label?: string;
  prior?: number;
}
export interface ScoreItem {
  id: string;
  label?: string;
  credibility?: Level;
  relevance?: Level;
  reliability?: number;
  source_group?: string;
  ratings: Record<string, Rating | undefined>;
}

/** l(r): P(evidence | hypothesis) for each rating (issue 6 defaults) */
export const DEFAULT_LIKELIHOODS: Record<Rating, number> = { CC: 0.95, C: 0.8, N: 0.5, I: 0.2, II: 0.05, NA: 0.5 };
const S: Record<Rating, number> = { CC: 0, C: 0, N: 0, I: 1, II: 2, NA: 0 };
const W: Record<Level, number> = { low: Math.SQRT1_2, medium: 1, high: Math.SQRT2 };

/** ICD 203 bands, with the range printed beside the word. */
export function estimativeWords(p: number): string {
  if (p < 0.05) return 'almost no chance (1-5%)';
  if (p < 0.2) return 'very unlikely (5-20%)';
  if (p < 0.45) return 'unlikely (20-45%)';
  if (p <= 0.55) return 'roughly even chance (45-55%)';
  if (p <= 0.8) return 'likely (55-80%)';
  if (p <= 0.95) return 'very likely (80-95%)';
  return 'almost certain (95-99%)';
}

export interface MatrixScores {
  hypotheses: { id: string; inconsistency: number; weighted_inconsistency: number; posterior: number; words: string }[];
  evidence: { id: string; diagnosticity: number; pivotal: boolean }[];
  leading: string | null;
}

function posteriors(hyps: ScoreHypothesis[], items: ScoreItem[], lik: Record<Rating, number>, skip = -1): number[] {
  const groups = new Map<string, number>();
  for (const it of items) if (it.source_group) groups.set(it.source_group, (groups.get(it.source_group) ?? 0) + 1);
  const logp = hyps.map((h) => Math.log(h.prior ?? 1));
  items.forEach((it, i) => {
    if (i === skip) return;
    const rho = it.reliability ?? 1;
    const n = it.source_group ? groups.get(it.source_group)! : 1;
    hyps.forEach((h, j) => {
      const r = it.ratings[h.id] ?? 'NA';
      logp[j] += Math.log(rho * lik[r] + (1 - rho) * 0.5) / n;
    });
  });
  const m = Math.max(...logp);
  const e = logp.map((x) => Math.exp(x - m));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}

const argmax = (xs: number[]) => xs.reduce((b, x, i) => (x > xs[b] ? i : b), 0);

export function scoreMatrix(hyps: ScoreHypothesis[], items: ScoreItem[], likelihoods: Record<Rating, number> = DEFAULT_LIKELIHOODS): MatrixScores {
  if (hyps.length === 0) return { hypotheses: [], evidence: items.map((i) => ({ id: i.id, diagnosticity: 0, pivotal: false })), leading: null };
  const post = posteriors(hyps, items, likelihoods);
  const lead = argmax(post);
  const hypotheses = hyps.map((h, j) => {
    let inc = 0;
    let winc = 0;
    for (const it of items) {
      const s = S[it.ratings[h.id] ?? 'NA'];
      inc += s;
      winc += W[it.credibility ?? 'medium'] * W[it.relevance ?? 'medium'] * s;
    }
    return { id: h.id, inconsistency: inc, weighted_inconsistency: winc, posterior: post[j], words: estimativeWords(post[j]) };
  });
  const evidence = items.map((it, i) => {
    const rho = it.reliability ?? 1;
    const ls = hyps.map((h) => Math.log(rho * likelihoods[it.ratings[h.id] ?? 'NA'] + (1 - rho) * 0.5));
    const pivotal = hyps.length > 1 && argmax(posteriors(hyps, items, likelihoods, i)) !== lead;
    return { id: it.id, diagnosticity: Math.max(...ls) - Math.min(...ls), pivotal };
  });
  return { hypotheses, evidence, leading: hyps[lead].id };
}
