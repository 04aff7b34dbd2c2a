/**
 * A small, transparent learned layer over the agent differential (session 8 experiment, eval/agents/learned-layer.ts):
 * a multinomial logistic regression whose class scores are
 *
 *     score_k = alpha x ln P_engine(k) + b_k + sum_j w_kj x_j
 *
 * with x_j binary inputs of one case: the features the engine extracted (present / absent) and the stemmed word
 * unigrams and bigrams of its accounts (EN and RU by the Snowball stemmers of @orama/stemmers, AR by the project's light
 * stemmer, src/core/agents/term-matcher.ts; digits and agent names left out: the engine never uses a named agent as
 * evidence). The engine's log-probability enters as an offset (alpha fixed or fitted), so with strong regularisation the
 * layer is the engine itself; L2 on w only. Fitted by full-batch Adam on the mean cross-entropy. Pure: no IO.
 */
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import type { AgentKb } from '../../src/core/agents/agent-kb.js';
import type { LabelledCase } from '../../src/core/agents/agent-evaluation.js';
import { layerInputs as coreLayerInputs } from '../../src/core/agents/word-layer.js';
import { layerStopWords } from '../../src/app/stop-words.js';

export interface LayerCase {
  id: string;
  /** the file (split) it came from: the unit of cross-validation */
  file: string;
  label: number;
  /** acceptable class indices (accept list; default [label]) */
  accept: number[];
  lang: string;
  /** the engine's class log-probabilities, in the KB's class order */
  engineLogP: Float64Array;
  /** the engine's leading class index, or -1 when no class leads */
  engineTop: number;
  /** input names present in this case (engine features, n-grams), before vocabulary filtering */
  inputs: string[];
}

// the tokenisation is the differential's own (src/core/agents/word-layer.ts), so a fitted table reads as it was fitted
export { layerStem } from '../../src/core/agents/word-layer.js';
/** The differential's layer inputs with the app's stop words (as the fitted table reads them). */
export const layerInputs = (texts: string[]): Map<string, string> => coreLayerInputs(texts, layerStopWords());

/** Stemmed unigrams ("u:") and bigrams ("b:") of a text (layerInputs). */
export function ngrams(text: string): string[] {
  return [...layerInputs([text]).keys()];
}

export function langOf(text: string): string {
  const ar = (text.match(/[\u0600-\u06ff]/g) ?? []).length;
  const ru = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const en = (text.match(/[a-z]/gi) ?? []).length;
  return ar > ru && ar > en ? 'ar' : ru > en ? 'ru' : 'en';
}

/**
 * A labelled case as the layer reads it (fit-word-layer.ts, learned-layer.ts): the engine's class probabilities on its
 * accounts (runDifferential with the KB's defaults) and the stemmed n-grams of its texts; with `features`, the features
 * the engine extracted come first among the inputs (f:<id>+ or f:<id>-, the session-8 experiment's extra inputs).
 */
export function toLayerCase(kb: AgentKb, c: LabelledCase, file: string, features = false): LayerCase & { engineP: Float64Array } {
  const classIds = kb.classes.map((k) => k.id);
  const r = runDifferential(kb, c.accounts);
  const engineP = Float64Array.from(classIds, (id) => r.classes.find((x) => x.id === id)!.probability);
  const text = c.accounts.map((a) => a.text ?? '').join('\n');
  const grams = ngrams(text);
  return {
    id: c.id,
    file,
    label: classIds.indexOf(c.class),
    accept: (c.accept ?? [c.class]).map((x) => classIds.indexOf(x)),
    lang: c.lang ?? langOf(text),
    engineLogP: Float64Array.from(engineP, (p) => Math.log(Math.max(p, 1e-9))),
    engineP,
    engineTop: r.top.class ? classIds.indexOf(r.top.class) : -1,
    inputs: features ? [...new Set(r.features.map((f) => `f:${f.id}${f.present ? '+' : '-'}`)), ...grams] : grams,
  };
}

export interface LayerOptions {
  /** L2 strength on w (per case: the loss is the mean cross-entropy + lambda/2 ||w||^2) */
  lambda: number;
  /** fit alpha (else fixed at `alphaFixed`) */
  fitAlpha: boolean;
  alphaFixed: number;
  /** keep an input only if it occurs in at least this many training cases */
  minDf: number;
  /** drop an input that occurs in more than this share of the training cases (function words: "the", "in", "и", "في"
   * carry a writer's style, not the scene) */
  maxDfShare?: number;
  /** keep an input only if it occurs in at least this many of the training files (an association that holds across
   * writers, not one writer's phrasing) */
  minFiles?: number;
  /** which inputs: prefixes of input names to keep ("f:" engine features, "u:", "b:") */
  prefixes: string[];
  iterations: number;
  /** fit the per-class bias b_k (default true; false keeps the engine's uniform class prior) */
  fitBias?: boolean;
  /** after fitting: centre each input's weights on their mean (softmax is unchanged), round them to 3 decimals and drop
   * inputs whose largest centred weight is below this (what is written to knowledge/agent-layer.json) */
  prune?: number;
}

/** the word layer kept after the history test (eval/agents/learned-layer-history.ts): engine offset, word uni/bigrams, no
 * class bias, L2 0.003, words in 2 or more cases and at most 5% of them (function words out), small weights pruned */
export const WORD_LAYER: Partial<LayerOptions> = { prefixes: ['u:', 'b:'], fitBias: false, lambda: 0.003, maxDfShare: 0.05, prune: 0.02 };

export interface Layer {
  K: number;
  vocab: string[];
  alpha: number;
  bias: Float64Array;
  /** w[j * K + k] */
  w: Float64Array;
  /** vocab position of each input */
  index: Map<string, number>;
}

function encode(c: LayerCase, index: Map<string, number>): Int32Array {
  const out: number[] = [];
  for (const x of c.inputs) {
    const j = index.get(x);
    if (j !== undefined) out.push(j);
  }
  return Int32Array.from(out);
}

export function fitLayer(train: LayerCase[], K: number, o: LayerOptions): Layer {
  const df = new Map<string, number>();
  for (const c of train) for (const x of c.inputs) if (o.prefixes.some((p) => x.startsWith(p))) df.set(x, (df.get(x) ?? 0) + 1);
  const maxDf = (o.maxDfShare ?? 1) * train.length;
  const filesOf = new Map<string, Set<string>>();
  if (o.minFiles) for (const c of train) for (const x of c.inputs) if (df.has(x)) (filesOf.get(x) ?? filesOf.set(x, new Set()).get(x)!).add(c.file);
  const vocab = [...df].filter(([x, n]) => n >= o.minDf && n <= maxDf && (!o.minFiles || filesOf.get(x)!.size >= o.minFiles)).map(([x]) => x).sort();
  const index = new Map(vocab.map((x, j) => [x, j]));
  const X = train.map((c) => encode(c, index));
  const V = vocab.length;
  const w = new Float64Array(V * K);
  const bias = new Float64Array(K);
  let alpha = o.alphaFixed;
  const n = train.length;
  // Adam state
  const mW = new Float64Array(V * K), vW = new Float64Array(V * K);
  const mB = new Float64Array(K), vB = new Float64Array(K);
  let mA = 0, vA = 0;
  const lr = 0.05, b1 = 0.9, b2 = 0.999, eps = 1e-8;
  const gW = new Float64Array(V * K), gB = new Float64Array(K);
  const s = new Float64Array(K);
  for (let it = 1; it <= o.iterations; it++) {
    gW.fill(0);
    gB.fill(0);
    let gA = 0;
    for (let i = 0; i < n; i++) {
      const c = train[i];
      for (let k = 0; k < K; k++) s[k] = alpha * c.engineLogP[k] + bias[k];
      for (const j of X[i]) for (let k = 0; k < K; k++) s[k] += w[j * K + k];
      let m = -Infinity;
      for (let k = 0; k < K; k++) if (s[k] > m) m = s[k];
      let z = 0;
      for (let k = 0; k < K; k++) z += (s[k] = Math.exp(s[k] - m));
      for (let k = 0; k < K; k++) {
        const d = (s[k] / z - (k === c.label ? 1 : 0)) / n;
        gB[k] += d;
        gA += d * c.engineLogP[k];
        for (const j of X[i]) gW[j * K + k] += d;
      }
    }
    for (let q = 0; q < V * K; q++) gW[q] += o.lambda * w[q];
    const c1 = 1 - b1 ** it, c2 = 1 - b2 ** it;
    for (let q = 0; q < V * K; q++) {
      mW[q] = b1 * mW[q] + (1 - b1) * gW[q];
      vW[q] = b2 * vW[q] + (1 - b2) * gW[q] ** 2;
      w[q] -= (lr * (mW[q] / c1)) / (Math.sqrt(vW[q] / c2) + eps);
    }
    if (o.fitBias !== false) for (let k = 0; k < K; k++) {
      mB[k] = b1 * mB[k] + (1 - b1) * gB[k];
      vB[k] = b2 * vB[k] + (1 - b2) * gB[k] ** 2;
      bias[k] -= (lr * (mB[k] / c1)) / (Math.sqrt(vB[k] / c2) + eps);
    }
    if (o.fitAlpha) {
      mA = b1 * mA + (1 - b1) * gA;
      vA = b2 * vA + (1 - b2) * gA ** 2;
      alpha -= (lr * (mA / c1)) / (Math.sqrt(vA / c2) + eps);
    }
  }
  if (o.prune === undefined) return { K, vocab, alpha, bias, w, index };
  const keptVocab: string[] = [];
  const kept: number[] = [];
  for (let j = 0; j < V; j++) {
    let mean = 0;
    for (let k = 0; k < K; k++) mean += w[j * K + k] / K;
    const row = Array.from({ length: K }, (_, k) => Math.round((w[j * K + k] - mean) * 1000) / 1000);
    if (Math.max(...row.map(Math.abs)) < o.prune) continue;
    keptVocab.push(vocab[j]);
    kept.push(...row);
  }
  return { K, vocab: keptVocab, alpha, bias, w: Float64Array.from(kept), index: new Map(keptVocab.map((x, j) => [x, j])) };
}

/** Class probabilities of one case under a fitted layer, with each input's contribution to every class score. */
export function applyLayer(layer: Layer, c: LayerCase): { p: Float64Array; contributions: { input: string; delta: Float64Array }[] } {
  const { K } = layer;
  const s = new Float64Array(K);
  for (let k = 0; k < K; k++) s[k] = layer.alpha * c.engineLogP[k] + layer.bias[k];
  const contributions: { input: string; delta: Float64Array }[] = [];
  for (const j of encode(c, layer.index)) {
    const delta = layer.w.slice(j * K, j * K + K);
    for (let k = 0; k < K; k++) s[k] += delta[k];
    contributions.push({ input: layer.vocab[j], delta });
  }
  let m = -Infinity;
  for (const x of s) if (x > m) m = x;
  let z = 0;
  for (let k = 0; k < K; k++) z += (s[k] = Math.exp(s[k] - m));
  for (let k = 0; k < K; k++) s[k] /= z;
  return { p: s, contributions };
}
