/**
 * The word layer's fit as the differential reads it (session 27, room agfit; src/core/agents/word-layer.ts): the inputs of
 * a case are each account's stemmed word uni- and bigrams (and, as an option, the features the engine extracted from it,
 * f:<id>+ / f:<id>-), AVERAGED over the accounts weighted by each account's weight in the differential, exactly as
 * wordEvidence() sums them at run time (session 9's fit, learned-layer-model.ts, used the union of the accounts' words, a
 * sum where the differential takes a mean). The model is a multinomial logistic regression with the engine's class
 * log-probabilities (words off) as a fixed offset, no class bias, L2 on the weights:
 *
 *     score_k = ln P_engine(k) + sum_j x_j w_jk,   x_j = sum_i wt_i [j in account i] / sum_i wt_i
 *
 * fitted by full-batch Adam on the mean cross-entropy + lambda/2 ||w||^2, on the cases where the layer speaks (the engine
 * found a usable feature: the differential never adds words to a case at its prior). The table written is the fitted
 * weights centred per input, rounded to 3 decimals, inputs below `prune` dropped. Pure except for reading the KB's
 * development files through developmentItems().
 */
import type { AgentKb } from '../../src/core/agents/agent-kb.js';
import type { LabelledCase } from '../../src/core/agents/agent-evaluation.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import { layerInputs, layerStem, type WordLayer } from '../../src/core/agents/word-layer.js';
import { layerStopWords } from '../../src/app/stop-words.js';
import { developmentItems } from './development-parts.js';
import { langOf } from './learned-layer-model.js';

export interface FitCase {
  id: string;
  /** the development file ('inc:dev-v21', 'par:dev-v13' ...): the unit of cross-validation (one writer, one session) */
  group: string;
  part: 'look' | 'hold';
  lang: string;
  label: number;
  accept: number[];
  engineP: Float64Array;
  engineLogP: Float64Array;
  /** the engine's leading class, -1 when it has nothing usable (the layer does not speak then) */
  engineTop: number;
  /** per account with a text: its weight in the differential, its word inputs and its stated features */
  accounts: { weight: number; words: string[]; feats: string[] }[];
  /** the engine's agent probabilities (KB agent order), for the one-account cap (applyTable) */
  agentP: Float64Array;
  /** accounts that stated something (observed > 0), and the first one's weight: guard 4 applies when there is one */
  informative: number;
  oneWeight: number;
  c: LabelledCase;
}

/** Every development case (developmentItems: the parted splits' look and hold parts, the older splits as look) read by
 * the engine without words. Never a frozen split. */
export function developmentFitCases(kb: AgentKb): FitCase[] {
  return developmentItems().map(({ group, part, c }) => fitCaseOf(kb, group, part, c));
}

/** One labelled case as the fit reads it: the engine's reading without words, and each account's inputs and weight. */
export function fitCaseOf(kb: AgentKb, group: string, part: 'look' | 'hold', c: LabelledCase): FitCase {
  const classIds = kb.classes.map((k) => k.id);
  const stop = layerStopWords();
  const r = runDifferential(kb, c.accounts, { wordEvidence: false });
  const engineP = Float64Array.from(classIds, (id) => r.classes.find((x) => x.id === id)!.probability);
  const accounts: FitCase['accounts'] = [];
  c.accounts.forEach((a, i) => {
    if (!a.text || !(r.reports[i].weight > 0)) return;
    accounts.push({
      weight: r.reports[i].weight,
      words: [...layerInputs([a.text], stop).keys()],
      feats: [...new Set(r.features.filter((f) => f.report === i).map((f) => `f:${f.id}${f.present ? '+' : '-'}`))],
    });
  });
  const text = c.accounts.map((a) => a.text ?? '').join('\n');
  const agentP = new Float64Array(kb.agents.length);
  for (const a of r.agents) agentP[kb.agentIndex.get(a.id)!] = a.probability;
  const informative = r.reports.filter((x) => x.observed > 0);
  return {
    agentP,
    informative: informative.length,
    oneWeight: informative[0]?.weight ?? 0,
    id: c.id,
    group,
    part,
    lang: c.lang ?? langOf(text),
    label: classIds.indexOf(c.class),
    accept: (c.accept ?? [c.class]).map((x) => classIds.indexOf(x)),
    engineP,
    engineLogP: Float64Array.from(engineP, (p) => Math.log(Math.max(p, 1e-9))),
    engineTop: r.top.class ? classIds.indexOf(r.top.class) : -1,
    accounts,
    c,
  };
}

export interface FitOptions {
  /** L2 strength on the weights (the loss is the mean cross-entropy + lambda/2 ||w||^2) */
  lambda: number;
  /** which inputs: 'u:' word unigrams, 'b:' bigrams, 'f:' the engine's stated features */
  prefixes: string[];
  /** an input must occur in at least this many training cases ... */
  minDf: number;
  /** ... and in at least this many training files (writers) */
  minFiles: number;
  /** ... and in at most this share of the training cases of its language (function words, per language: an Arabic word
   * in 5% of the Arabic cases is as common as an English one in 5% of the English) */
  maxDfShare: number;
  /** word inputs whose stems are in this set are never read (genre words: see GENRE_WORDS) */
  drop?: ReadonlySet<string>;
  iterations: number;
  /** centred weights below this are dropped from the table */
  prune: number;
  /** the engine's log-probabilities enter the FIT multiplied by this (1: the differential's own offset). Below 1 the
   * words are fitted against a weakened engine, as it reads writers it was not tuned on: on the look parts, which the
   * rules were tuned on, the engine is right on 97% of the cases and leaves the words almost nothing to learn. At run
   * time the engine counts in full (the table is applied as fitted). */
  offsetAlpha?: number;
  /** the fitted weights are multiplied by this before they are written (shrinkage, chosen by CV) */
  scale?: number;
}

export const FIT_DEFAULTS: FitOptions = { lambda: 0.003, prefixes: ['u:', 'b:'], minDf: 2, minFiles: 3, maxDfShare: 0.05, iterations: 300, prune: 0.02 };

/**
 * Genre words (judgment, session 27): words that name the allegation, the weapon or the reporting frame rather than
 * anything a witness saw, smelt or suffered ('chemical' as in "chemical attack" read as industrial in session 9 on the
 * Syrian Archive summaries). Each is stemmed as the layer reads it; every uni- and bigram holding one is dropped.
 */
export const GENRE_WORDS = [
  'chemical', 'chemicals', 'weapon', 'weapons', 'attack', 'attacks', 'attacked', 'alleged', 'allegedly', 'allegation', 'incident', 'agent', 'agents', 'munition', 'munitions',
  'химический', 'химическое', 'химическая', 'химического', 'химической', 'химическим', 'химических', 'химоружие', 'оружие', 'оружия', 'атака', 'атаки', 'атаку', 'атаке', 'нападение', 'инцидент',
  'كيماوي', 'كيميائي', 'الكيماوي', 'الكيميائي', 'كيماوية', 'كيميائية', 'الكيماوية', 'الكيميائية', 'سلاح', 'السلاح', 'أسلحة', 'الأسلحة', 'هجوم', 'الهجوم', 'حادثة',
];
/** the wider list also drops the words that name a gas or poison in general ('toxic', 'substance', 'gas'), which a
 * witness may use of what they met but which every class shares */
export const GENRE_WORDS_WIDE = [
  ...GENRE_WORDS,
  'toxic', 'poisonous', 'substance', 'substances', 'gas', 'gases',
  'отравляющее', 'отравляющих', 'отравляющими', 'токсичный', 'токсичного', 'токсичных', 'токсичное', 'токсичные', 'вещество', 'вещества', 'веществом', 'газ', 'газа', 'газом',
  'سام', 'سامة', 'السام', 'السامة', 'مادة', 'المادة', 'مواد', 'غاز', 'الغاز', 'غازات',
];
export const genreStems = (words: string[] = GENRE_WORDS): Set<string> => new Set(words.map((w) => layerStem(w.toLowerCase())));

const wordsOf = (x: string): string[] => x.slice(2).split('_');

/** The vocabulary of a training set under the options. */
export function vocabularyOf(train: FitCase[], o: FitOptions): string[] {
  const df = new Map<string, number>();
  const files = new Map<string, Set<string>>();
  const perLang = new Map<string, number>();
  const langOfInput = new Map<string, string>();
  for (const c of train) {
    perLang.set(c.lang, (perLang.get(c.lang) ?? 0) + 1);
    const seen = new Set<string>();
    for (const a of c.accounts) for (const x of [...a.words, ...a.feats]) seen.add(x);
    for (const x of seen) {
      if (!o.prefixes.some((p) => x.startsWith(p))) continue;
      if (o.drop && !x.startsWith('f:') && wordsOf(x).some((w) => o.drop!.has(w))) continue;
      df.set(x, (df.get(x) ?? 0) + 1);
      (files.get(x) ?? files.set(x, new Set()).get(x)!).add(c.group);
      if (!langOfInput.has(x)) langOfInput.set(x, x.startsWith('f:') ? '*' : x.slice(2, 4));
    }
  }
  const total = train.length;
  const share = (x: string) => {
    const l = langOfInput.get(x)!;
    // words: the share of the cases of their language (by the script of the stem); features: of all cases
    const n = l === '*' ? total : [...perLang].filter(([k]) => k === l).reduce((s, [, v]) => s + v, 0) || total;
    return df.get(x)! / n;
  };
  return [...df.keys()].filter((x) => df.get(x)! >= o.minDf && files.get(x)!.size >= o.minFiles && (x.startsWith('f:') || share(x) <= o.maxDfShare)).sort();
}

/** Fits the weights (K per input) on the training cases where the layer speaks. */
export function fitTable(train: FitCase[], K: number, o: FitOptions): Map<string, Float64Array> {
  const vocab = vocabularyOf(train, o);
  const index = new Map(vocab.map((x, j) => [x, j]));
  const cases = train.filter((c) => c.engineTop >= 0 && c.accounts.length > 0);
  // sparse rows: the accounts' weighted mean of each input's presence
  const rowStart: number[] = [0];
  const cols: number[] = [];
  const vals: number[] = [];
  for (const c of cases) {
    const x = new Map<number, number>();
    let tw = 0;
    for (const a of c.accounts) {
      tw += a.weight;
      for (const name of new Set([...a.words, ...a.feats])) {
        const j = index.get(name);
        if (j !== undefined) x.set(j, (x.get(j) ?? 0) + a.weight);
      }
    }
    for (const [j, v] of x) cols.push(j), vals.push(v / tw);
    rowStart.push(cols.length);
  }
  const V = vocab.length;
  const n = cases.length;
  const w = new Float64Array(V * K);
  const mW = new Float64Array(V * K), vW = new Float64Array(V * K), gW = new Float64Array(V * K);
  const s = new Float64Array(K);
  const alpha = o.offsetAlpha ?? 1;
  const scale = o.scale ?? 1;
  const lr = 0.05, b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let it = 1; it <= o.iterations; it++) {
    gW.fill(0);
    for (let i = 0; i < n; i++) {
      const c = cases[i];
      for (let k = 0; k < K; k++) s[k] = alpha * c.engineLogP[k];
      for (let q = rowStart[i]; q < rowStart[i + 1]; q++) {
        const base = cols[q] * K, v = vals[q];
        for (let k = 0; k < K; k++) s[k] += v * w[base + k];
      }
      let m = -Infinity;
      for (let k = 0; k < K; k++) if (s[k] > m) m = s[k];
      let z = 0;
      for (let k = 0; k < K; k++) z += s[k] = Math.exp(s[k] - m);
      for (let k = 0; k < K; k++) s[k] = (s[k] / z - (k === c.label ? 1 : 0)) / n;
      for (let q = rowStart[i]; q < rowStart[i + 1]; q++) {
        const base = cols[q] * K, v = vals[q];
        for (let k = 0; k < K; k++) gW[base + k] += v * s[k];
      }
    }
    const c1 = 1 - b1 ** it, c2 = 1 - b2 ** it;
    for (let q = 0; q < V * K; q++) {
      const g = gW[q] + o.lambda * w[q];
      mW[q] = b1 * mW[q] + (1 - b1) * g;
      vW[q] = b2 * vW[q] + (1 - b2) * g * g;
      w[q] -= (lr * (mW[q] / c1)) / (Math.sqrt(vW[q] / c2) + eps);
    }
  }
  const out = new Map<string, Float64Array>();
  for (let j = 0; j < V; j++) {
    let mean = 0;
    for (let k = 0; k < K; k++) mean += w[j * K + k] / K;
    const row = Float64Array.from({ length: K }, (_, k) => Math.round(scale * (w[j * K + k] - mean) * 1000) / 1000 + 0);
    if (Math.max(...Array.from(row, Math.abs)) < o.prune) continue;
    out.set(vocab[j], row);
  }
  return out;
}

/** A fitted table as the differential reads it (compileWordLayer's shape). */
export function asWordLayer(weights: Map<string, Float64Array>, classes: string[], source: string): WordLayer {
  return { classes: [...classes], weights, stop: layerStopWords(), features: [...weights.keys()].some((x) => x.startsWith('f:')), source };
}

/** The options the shipped table is fitted with (eval/agents/fit-word-layer.ts), chosen by word-layer-cv.ts's
 * leave-one-writer-split-out CV and the development hold parts (docs/agent-differential.md §7.00054-agfit). */
export const CHOSEN: FitOptions = { ...FIT_DEFAULTS };

/**
 * The class probabilities of one case under a table, as the differential's addWordEvidence computes them from the
 * engine's reading (the accounts' weighted mean of the inputs' weights; guard 4 when one account is informative; nothing
 * where the engine has nothing usable), WITHOUT re-reading the texts: the grid of word-layer-cv.ts runs on this, and the
 * chosen configurations are scored end to end (--exact) as well. One approximation: 'informative' is an account with an
 * observed row (the differential counts an account with any row).
 */
export function applyTable(kb: AgentKb, table: Map<string, Float64Array>, c: FitCase): Float64Array {
  const C = kb.classes.length;
  const p0 = c.engineP;
  if (c.engineTop < 0) return p0;
  const delta = new Float64Array(C);
  let total = 0;
  let found = false;
  for (const a of c.accounts) {
    total += a.weight;
    for (const x of new Set([...a.words, ...a.feats])) {
      const w = table.get(x);
      if (!w) continue;
      found = true;
      for (let k = 0; k < C; k++) delta[k] += a.weight * w[k];
    }
  }
  if (!found || !(total > 0)) return p0;
  const pw = new Float64Array(C);
  let zw = 0;
  for (let k = 0; k < C; k++) zw += pw[k] = p0[k] * Math.exp(delta[k] / total);
  for (let k = 0; k < C; k++) pw[k] /= zw;
  let kept = 1;
  if (c.informative === 1) {
    const w = c.oneWeight;
    for (let ci = 0; ci < C; ci++) {
      if (!(p0[ci] > 0)) continue;
      const agentsOf = kb.classes[ci].agents;
      if (pw[ci] > p0[ci]) {
        const cap = w + (1 - w) * agentsOf.reduce((acc, ai) => acc + kb.prior[ai], 0);
        if (pw[ci] > cap) kept = Math.min(kept, Math.max(0, (cap - p0[ci]) / (pw[ci] - p0[ci])));
      } else if (pw[ci] < p0[ci]) {
        let need = 0;
        for (const ai of agentsOf) if (c.agentP[ai] > 0) need = Math.max(need, ((1 - w) * kb.prior[ai]) / c.agentP[ai]);
        const ratio = pw[ci] / p0[ci];
        if (ratio < need) kept = Math.min(kept, Math.max(0, (1 - need) / (1 - ratio)));
      }
    }
  }
  return Float64Array.from(p0, (p, k) => kept * pw[k] + (1 - kept) * p);
}
