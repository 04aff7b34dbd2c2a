/**
 * `npx tsx eval/agents/learned-layer.ts`: can a small learned layer over the agent differential (eval/agents/
 * learned-layer-model.ts) close the gap between development and unseen material? Session 8 experiment.
 *
 * Data: DEVELOPMENT only. Fitted on dev, seen, paraphrases-dev, test-v2..v5 (retired test splits, now development),
 * dev-v8 and dev-v9's look part. Scored (1) by leave-one-file-out cross-validation over those nine files (fit on eight,
 * score the ninth), and (2) fitted on all nine, on dev-v9's hold part, in aggregate only (no item of hold is printed).
 * No frozen test split (test-v6 on, paraphrases-test) is loaded. Compares the engine alone with engine + layer on class
 * top-1 (accept lists honoured; an engine case with no leading class is a miss) and the multi-class Brier score.
 *
 * Caveat: the engine was tuned on these very files (dev ~90% vs unseen ~55-60%), so in cross-validation the engine's
 * input is better than it will be on fresh text; only the hold part (never tuned on) sees the engine as fresh material
 * does, and hold shares its writer and events with dev-v9-look, so hold is also scored with a layer fitted without
 * dev-v9-look. eval/agents/learned-layer-history.ts tests the layer on files that were fresh to past engines.
 *
 * Modes: (none) the main table; `--ablate` variants of the word layer; `--words` the words the layer weighs most per
 * class (candidates for the extractor's lexicon). LAYER_LEAD_MIN=<p> lets words alone lead where the engine found
 * nothing usable (the differential never does: the default keeps no leader there, a miss).
 *
 * Result (session 8, docs/agent-differential.md; /work/notes/ag-model-s8.md): NOT integrated. The word layer raises the
 * Brier score everywhere but class top-1 only a little on fresh material (history 233 -> 246/419, hold +4..7/32), loses 9/614
 * in cross-validation, and learns a writer's genre (news words) as well as the scene.
 */
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import type { LabelledCase } from '../../src/core/agents/agent-evaluation.js';
import { loadIncidents, loadParaphrases } from './load.js';
import { splitPart, type SplitPart } from '../split-parts.js';
import { applyLayer, fitLayer, toLayerCase, WORD_LAYER, type LayerCase, type LayerOptions } from './learned-layer-model.js';

const kb = loadAgentKb(capabilities.knowledge);
const classIds = kb.classes.map((c) => c.id);
const K = classIds.length;

/** dev-v9's parts, as eval/agents/run.ts splits them (eval/split-parts.ts) */
function devV9Part(part: SplitPart) {
  return splitPart(loadIncidents('dev-v9'), part);
}


const files: Record<string, LabelledCase[]> = {
  dev: loadIncidents('dev'),
  seen: loadIncidents('seen'),
  'paraphrases-dev': loadParaphrases('dev'),
  'test-v2': loadIncidents('test-v2'),
  'test-v3': loadIncidents('test-v3'),
  'test-v4': loadIncidents('test-v4'),
  'test-v5': loadIncidents('test-v5'),
  'dev-v8': loadIncidents('dev-v8'),
  'dev-v9-look': devV9Part('look'),
};
const dev = Object.entries(files).flatMap(([f, cs]) => cs.map((c) => toLayerCase(kb, c, f, true)));
const hold = devV9Part('hold').map((c) => toLayerCase(kb, c, 'dev-v9-hold', true));

interface Tally { n: number; correct: number; brier: number }
const tally = (): Tally => ({ n: 0, correct: 0, brier: 0 });
function add(t: Tally, p: Float64Array, top: number, c: LayerCase) {
  t.n++;
  if (top >= 0 && c.accept.includes(top)) t.correct++;
  for (let k = 0; k < K; k++) t.brier += (p[k] - (k === c.label ? 1 : 0)) ** 2;
}
const argmax = (p: Float64Array) => p.reduce((b, x, k) => (x > p[b] ? k : b), 0);
/** the layer's leading class; none where the engine had none (nothing usable extracted), as in the differential, unless
 * LAYER_LEAD_MIN (default 2: never) lets words alone lead from that share (an experiment the differential does not make) */
const LEAD_MIN = Number(process.env.LAYER_LEAD_MIN ?? 2);
const layerTop = (p: Float64Array, c: LayerCase) => (c.engineTop < 0 && p[argmax(p)] < LEAD_MIN ? -1 : argmax(p));
const fmt = (t: Tally) => `${t.correct}/${t.n} = ${((100 * t.correct) / t.n).toFixed(1)}%, Brier ${(t.brier / t.n).toFixed(3)}`;

function engineTally(cs: (LayerCase & { engineP: Float64Array })[]): Tally {
  const t = tally();
  for (const c of cs) add(t, c.engineP, c.engineTop, c);
  return t;
}

const BASE: LayerOptions = { lambda: 0.01, fitAlpha: false, alphaFixed: 1, minDf: 2, prefixes: [], iterations: 300 };
const MAIN: Record<string, Partial<LayerOptions>> = {
  'calibration only (alpha and class bias)': { fitAlpha: true },
  'engine + extracted features, L2 0.003': { prefixes: ['f:'], lambda: 0.003 },
  'engine + word uni/bigrams (WORD_LAYER)': WORD_LAYER,
  'engine + word uni/bigrams in 3+ files': { ...WORD_LAYER, minFiles: 3 },
  'engine + features + word uni/bigrams': { ...WORD_LAYER, prefixes: ['f:', 'u:', 'b:'] },
  'words alone (no engine offset)': { ...WORD_LAYER, alphaFixed: 0, fitBias: true },
};
const ABLATE: Record<string, Partial<LayerOptions>> = {
  'class bias only (alpha 1)': {},
  'words with class bias': { ...WORD_LAYER, fitBias: true },
  'words, fitted alpha': { ...WORD_LAYER, fitAlpha: true },
  'words, L2 0.001': { ...WORD_LAYER, lambda: 0.001 },
  'words, L2 0.01': { ...WORD_LAYER, lambda: 0.01 },
  'words, function words kept': { ...WORD_LAYER, maxDfShare: 1 },
  'unigrams only': { ...WORD_LAYER, prefixes: ['u:'] },
};
const configs = process.argv.includes('--ablate') ? ABLATE : MAIN;

const fileNames = Object.keys(files);
if (process.argv.includes('--words')) {
  printWords();
  process.exit(0);
}
console.log(`development: ${dev.length} cases in ${fileNames.length} files; hold: ${hold.length} cases (aggregate only)`);
const eCV = engineTally(dev);
const eHold = engineTally(hold);
const perFileEngine = fileNames.map((f) => engineTally(dev.filter((c) => c.file === f)));
console.log(`\nengine alone: development ${fmt(eCV)}; hold ${fmt(eHold)}`);
console.log('  per file: ' + fileNames.map((f, i) => `${f} ${perFileEngine[i].correct}/${perFileEngine[i].n}`).join(', '));
const langs = ['en', 'ru', 'ar'];
const langTally = (cs: LayerCase[], pick: (c: LayerCase) => boolean) => langs.map((l) => `${l} ${cs.filter((c) => c.lang === l && pick(c)).length}/${cs.filter((c) => c.lang === l).length}`).join(', ');
console.log('  per language (development): ' + langTally(dev, (c) => c.engineTop >= 0 && c.accept.includes(c.engineTop)));

for (const [name, part] of Object.entries(configs)) {
  const o = { ...BASE, ...part };
  const t0 = Date.now();
  const cv = tally();
  const perFile: string[] = [];
  const cvOk = new Set<string>();
  for (const f of fileNames) {
    const layer = fitLayer(dev.filter((c) => c.file !== f), K, o);
    const ft = tally();
    for (const c of dev.filter((x) => x.file === f)) {
      const { p } = applyLayer(layer, c);
      add(cv, p, layerTop(p, c), c);
      add(ft, p, layerTop(p, c), c);
      if (c.accept.includes(layerTop(p, c))) cvOk.add(c.file + '/' + c.id);
    }
    perFile.push(`${f} ${ft.correct}/${ft.n}`);
  }
  const layer = fitLayer(dev, K, o);
  const ht = tally();
  for (const c of hold) {
    const { p } = applyLayer(layer, c);
    add(ht, p, layerTop(p, c), c);
  }
  // hold and look are one file by one hand (same events and phrasing may recur): the layer fitted without dev-v9-look
  // scores hold as a file it has never seen anything of
  const apart = fitLayer(dev.filter((c) => c.file !== 'dev-v9-look'), K, o);
  const ha = tally();
  for (const c of hold) {
    const { p } = applyLayer(apart, c);
    add(ha, p, layerTop(p, c), c);
  }
  console.log(`\n${name}: leave-one-file-out ${fmt(cv)}; hold ${fmt(ht)}; hold fitted without dev-v9-look ${fmt(ha)}  [alpha ${layer.alpha.toFixed(2)}, ${layer.vocab.length} inputs, ${((Date.now() - t0) / 1000).toFixed(1)} s]`);
  console.log('  per file: ' + perFile.join(', '));
  console.log('  per language (CV): ' + langTally(dev, (c) => cvOk.has(c.file + '/' + c.id)));
}

/**
 * `--words`: the words the layer (WORD_LAYER, words in 3 or more development files) weighs most for each class against
 * the others, fitted on all nine development files, with the cases and files they occur in: candidates for the
 * extractor's lexicon (knowledge/agent-terms.yaml), where a word that names a sign or a scene belongs, with a source.
 */
function printWords() {
  const layer = fitLayer(dev, K, { ...BASE, ...WORD_LAYER, minFiles: 3 });
  const casesOf = new Map<string, LayerCase[]>();
  for (const c of dev) for (const x of c.inputs) if (layer.index.has(x)) (casesOf.get(x) ?? casesOf.set(x, []).get(x)!).push(c);
  classIds.forEach((cls, k) => {
    const rows = layer.vocab.map((x, j) => ({ x, w: layer.w[j * K + k] })).sort((a, b) => b.w - a.w).slice(0, 25);
    console.log(`\n## ${cls}: ` + rows.map(({ x, w }) => {
      const cs = casesOf.get(x) ?? [];
      const inClass = cs.filter((c) => c.label === k).length;
      return `${x.replace(/^[ub]:/, '').replace(/(?:en|ru|ar):/g, '')} ${w.toFixed(2)} (${inClass}/${cs.length} cases, ${new Set(cs.map((c) => c.file)).size} files)`;
    }).join('; '));
  });
}
