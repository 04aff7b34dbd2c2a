/**
 * A small supervised model beside the claim grammar: multinomial naive Bayes over stemmed word unigrams and
 * bigrams (Manning, Raghavan & Schütze 2008, ch. 13), trained on the labelled development items of eval/claims
 * (never on a frozen test split) to say who an item blames when the grammar finds an incident but no culprit.
 * Pure: training, the weights as plain data (knowledge/claim-blame-model.json, written by
 * `npx tsx eval/claims/train-blame-model.ts`) and prediction.
 */
import { z } from 'zod';
import { foldString } from '../../src/core/narrative/text-tokenise.js';

const WORD = /[\p{L}\p{N}]+/gu;
/** a crude stem: the first 6 letters of a word (Latin, Cyrillic and folded Arabic alike; enough for case endings) */
const stem = (w: string) => (w.length > 6 ? w.slice(0, 6) : w);

/** The features of one text: stemmed unigrams and bigrams, each once. */
export function blameFeatures(text: string): string[] {
  let s = text.toLowerCase();
  if (/[\u0600-\u06FF]/.test(s)) s = foldString(s);
  const ws = (s.match(WORD) ?? []).map(stem);
  const out = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    out.add(ws[i]);
    if (i + 1 < ws.length) out.add(ws[i] + ' ' + ws[i + 1]);
  }
  return [...out];
}

export const BlameModelFile = z.object({
  version: z.literal(1),
  method: z.string().min(1),
  /** how the file was made: command, training files with their sha256, hyper-parameters, cross-validated figures */
  derivation: z.record(z.string(), z.unknown()),
  classes: z.array(z.string()).min(2),
  /** log prior per class */
  prior: z.array(z.number()),
  /** log P(feature absent-smoothed) per class: the weight of a feature the model has not seen */
  unseen: z.array(z.number()),
  /** feature -> log likelihood per class */
  weights: z.record(z.string(), z.array(z.number())),
  /** the model's party is taken when its posterior is at least this */
  threshold: z.number().min(0).max(1),
  /** features seen fewer times than this were dropped */
  min_count: z.number().int().min(1),
});
export type BlameModelFile = z.infer<typeof BlameModelFile>;

/** Trains the model on (text, blamed) pairs; `null` blame is the class "null". */
export function trainBlameModel(items: { text: string; blamed: string | null }[], o: { alpha: number; minCount: number; threshold: number }, derivation: Record<string, unknown> = {}): BlameModelFile {
  const classes = [...new Set(items.map((i) => i.blamed ?? 'null'))].sort();
  const ci = new Map(classes.map((c, i) => [c, i]));
  const docs = classes.map(() => 0);
  const count = new Map<string, number[]>();
  const df = new Map<string, number>();
  for (const it of items) {
    const k = ci.get(it.blamed ?? 'null')!;
    docs[k]++;
    for (const f of blameFeatures(it.text)) {
      df.set(f, (df.get(f) ?? 0) + 1);
      const c = count.get(f) ?? count.set(f, classes.map(() => 0)).get(f)!;
      c[k]++;
    }
  }
  const kept = [...count.keys()].filter((f) => df.get(f)! >= o.minCount).sort();
  const total = classes.map((_, k) => kept.reduce((s, f) => s + count.get(f)![k], 0));
  const V = kept.length;
  const denom = total.map((t) => Math.log(t + o.alpha * (V + 1)));
  const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
  const weights: Record<string, number[]> = {};
  for (const f of kept) weights[f] = count.get(f)!.map((c, k) => r6(Math.log(c + o.alpha) - denom[k]));
  return {
    version: 1,
    method: `multinomial naive Bayes over stemmed word unigrams and bigrams (binary per item), Laplace alpha ${o.alpha}, features seen in >= ${o.minCount} items`,
    derivation,
    classes,
    prior: docs.map((d) => r6(Math.log(d / items.length))),
    unseen: denom.map((d) => r6(Math.log(o.alpha) - d)),
    weights,
    threshold: o.threshold,
    min_count: o.minCount,
  };
}

/** Posterior per class for one text. */
export function blamePosterior(m: BlameModelFile, text: string): Record<string, number> {
  const score = [...m.prior];
  for (const f of blameFeatures(text)) {
    const w = m.weights[f];
    if (w) for (let k = 0; k < score.length; k++) score[k] += w[k];
  }
  const mx = Math.max(...score);
  const e = score.map((x) => Math.exp(x - mx));
  const z = e.reduce((a, b) => a + b, 0);
  return Object.fromEntries(m.classes.map((c, k) => [c, e[k] / z]));
}

/** The party the model names, or null when its best class is "null" or below the threshold. */
export function modelBlame(m: BlameModelFile, text: string): { party: string; p: number } | null {
  const post = blamePosterior(m, text);
  let best = 'null';
  for (const c of m.classes) if (post[c] > post[best]) best = c;
  return best === 'null' || post[best] < m.threshold ? null : { party: best, p: post[best] };
}
