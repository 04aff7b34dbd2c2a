/**
 * `npx tsx eval/agents/learned-layer-history.ts`: the learned layer (eval/agents/learned-layer-model.ts) tested as it
 * would have been used in the past, on material that was FRESH to the engine of the day (session 8 experiment).
 *
 * Why: cross-validation over the development files cannot show whether a layer fitted on development closes the
 * development/unseen gap, because the engine was tuned on every development file (its in-sample outputs are ~90%
 * right; on fresh text ~55-60%). Three past engines saw a development file before anyone tuned on it:
 *   - 6adc4c1 (session 5, when test-v5 was frozen): fitted on dev, seen, paraphrases-dev, v2-v4; fresh: test-v5 (now development);
 *   - 63ac043 (session 6, when dev-v8 landed): fitted on the above and v5; fresh: dev-v8;
 *   - 39b5c71 (session 7, when dev-v9 was complete; no engine commit between its two landings): fitted on the above and
 *     dev-v8; fresh: dev-v9, look and hold parts reported apart (hold in aggregate only);
 *   - dbc334b (session 8, when dev-v10 and dev-v10b had landed; no engine commit between them): fitted on the above and
 *     dev-v9's look part (never its hold part); fresh: dev-v10 + dev-v10b.
 * For each, the engine of that commit is run (git archive of the commit into a temporary directory, this checkout's
 * node_modules linked) on the files that were development then and on the fresh file; the layer is fitted on the former
 * and scored on the latter, beside that engine alone. No frozen test split is loaded at any commit (test-v5 was frozen
 * at 6adc4c1 and is development now). Dumps are cached in $TMPDIR/assay-layer-history/<commit>.json.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../src/app/paths.js';
import { isHeldOut as isHold } from '../split-parts.js';
import { applyLayer, fitLayer, langOf, ngrams, WORD_LAYER, type LayerCase, type LayerOptions } from './learned-layer-model.js';

const CLASSES = ['choking', 'nerve', 'blister', 'riot-control', 'toxic-industrial', 'incendiary', 'none'];
const K = CLASSES.length;
const DEV = ['dev:i:dev', 'seen:i:seen', 'paraphrases-dev:p:dev', 'test-v2:i:test-v2', 'test-v3:i:test-v3', 'test-v4:i:test-v4'];
const SNAPSHOTS = [
  { commit: '6adc4c1', api: 'old', fit: DEV, fresh: ['test-v5:i:test'] },
  { commit: '63ac043', api: 'new', fit: [...DEV, 'test-v5:i:test-v5'], fresh: ['dev-v8:i:dev-v8'] },
  { commit: '39b5c71', api: 'new', fit: [...DEV, 'test-v5:i:test-v5', 'dev-v8:i:dev-v8'], fresh: ['dev-v9:i:dev-v9'] },
  // session 8: dev-v10 (EN) and dev-v10b (RU/AR) landed at c3c7a07 and dbc334b with no engine commit between; fitted on
  // everything development then except dev-v9's hold part; both fresh files scored together
  { commit: 'dbc334b', api: 'new', fit: [...DEV, 'test-v5:i:test-v5', 'dev-v8:i:dev-v8', 'dev-v9:i:dev-v9'], fresh: ['dev-v10:i:dev-v10', 'dev-v10b:i:dev-v10b'] },
];

/** The dump script written into a snapshot: engine class probabilities and extracted features per case. */
const dumpScript = (api: string) => `
import fs from 'node:fs';
${api === 'new' ? "import { capabilities } from '../../src/app/workspace.js';" : ''}
import { loadAgentKb } from '../../src/app/agents.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import { loadIncidents, loadParaphrases } from './load.js';
const kb = loadAgentKb(${api === 'new' ? 'capabilities.knowledge' : ''});
const [out, ...specs] = process.argv.slice(2);
const res: Record<string, unknown[]> = {};
for (const spec of specs) {
  const [name, kind, split] = spec.split(':');
  const cases = kind === 'p' ? loadParaphrases(split as 'dev') : loadIncidents(split as never);
  res[name] = cases.map((c: any) => {
    const r = runDifferential(kb, c.accounts);
    return { id: c.id, class: c.class, accept: c.accept, lang: c.lang, texts: c.accounts.map((a: any) => a.text ?? ''), classes: Object.fromEntries(r.classes.map((x: any) => [x.id, x.probability])), top: r.top.class, features: r.features.map((f: any) => f.id + (f.present ? '+' : '-')) };
  });
}
fs.writeFileSync(out, JSON.stringify(res));
`;

interface Dumped { id: string; class: string; accept?: string[]; lang?: string; texts: string[]; classes: Record<string, number>; top: string | null; features: string[] }

function dump(commit: string, api: string, specs: string[]): Record<string, Dumped[]> {
  const cacheDir = path.join(os.tmpdir(), 'assay-layer-history');
  fs.mkdirSync(cacheDir, { recursive: true });
  const out = path.join(cacheDir, `${commit}.json`);
  if (!fs.existsSync(out)) {
    const dir = fs.mkdtempSync(path.join(cacheDir, `${commit}-`));
    execFileSync('sh', ['-c', `git -C "${packageRoot}" archive ${commit} | tar -x -C "${dir}"`]);
    fs.symlinkSync(path.join(packageRoot, 'node_modules'), path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'eval/agents/_layer_dump.ts'), dumpScript(api));
    execFileSync('npx', ['tsx', 'eval/agents/_layer_dump.ts', out, ...specs], { cwd: dir, stdio: 'inherit' });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

function toCase(d: Dumped, file: string): LayerCase & { engineP: Float64Array } {
  const engineP = Float64Array.from(CLASSES, (k) => d.classes[k] ?? 0);
  const text = d.texts.join('\n');
  return {
    id: d.id,
    file,
    label: CLASSES.indexOf(d.class),
    accept: (d.accept ?? [d.class]).map((x) => CLASSES.indexOf(x)),
    lang: d.lang ?? langOf(text),
    engineLogP: Float64Array.from(engineP, (p) => Math.log(Math.max(p, 1e-9))),
    engineP,
    engineTop: d.top ? CLASSES.indexOf(d.top) : -1,
    inputs: [...new Set(d.features.map((f) => 'f:' + f)), ...ngrams(text)],
  };
}

interface Tally { n: number; correct: number; brier: number }
const add = (t: Tally, p: Float64Array, top: number, c: LayerCase) => {
  t.n++;
  if (top >= 0 && c.accept.includes(top)) t.correct++;
  for (let k = 0; k < K; k++) t.brier += (p[k] - (k === c.label ? 1 : 0)) ** 2;
};
const argmax = (p: Float64Array) => p.reduce((b, x, k) => (x > p[b] ? k : b), 0);
/** the layer's leading class; none where the engine had none (nothing usable extracted), as in the differential, unless
 * LAYER_LEAD_MIN (default 2: never) lets words alone lead from that share (an experiment the differential does not make) */
const LEAD_MIN = Number(process.env.LAYER_LEAD_MIN ?? 2);
const layerTop = (p: Float64Array, c: LayerCase) => (c.engineTop < 0 && p[argmax(p)] < LEAD_MIN ? -1 : argmax(p));
const fmt = (t: Tally) => `${t.correct}/${t.n} = ${((100 * t.correct) / t.n).toFixed(1)}%, Brier ${(t.brier / t.n).toFixed(3)}`;

const BASE: LayerOptions = { lambda: 0.003, fitAlpha: false, alphaFixed: 1, minDf: 2, prefixes: [], iterations: 300 };
export const CONFIGS: Record<string, Partial<LayerOptions>> = {
  'calibration only (alpha and class bias)': { fitAlpha: true },
  'engine + extracted features': { prefixes: ['f:'] },
  'engine + word uni/bigrams (WORD_LAYER)': WORD_LAYER,
  'engine + word uni/bigrams, function words kept': { ...WORD_LAYER, maxDfShare: 1 },
  'engine + word uni/bigrams in 3+ files': { ...WORD_LAYER, minFiles: 3 },
  'engine + word uni/bigrams, with class bias': { ...WORD_LAYER, fitBias: true },
  'engine + word uni/bigrams, L2 0.01': { ...WORD_LAYER, lambda: 0.01 },
  'engine + features + word uni/bigrams': { ...WORD_LAYER, prefixes: ['f:', 'u:', 'b:'] },
  'words alone (no engine offset)': { ...WORD_LAYER, alphaFixed: 0, fitBias: true },
};

const langs = ['en', 'ru', 'ar'];
const totals = new Map<string, Tally>();
for (const s of SNAPSHOTS) {
  const d = dump(s.commit, s.api, [...s.fit, ...s.fresh]);
  // dev-v9's hold part is never fitted on
  // LAYER_TRAIN_SHARE=<0-1>: fit on that share of the development cases only (chosen by sha256 of the id), for a
  // learning curve: would more development material of the same kind help?
  const share = Number(process.env.LAYER_TRAIN_SHARE ?? 1);
  const kept = (id: string) => share >= 1 || parseInt(createHash('sha256').update('share:' + id).digest('hex').slice(0, 8), 16) / 0x100000000 < share;
  const fit = s.fit.flatMap((spec) => d[spec.split(':')[0]].filter((x) => (spec.split(':')[0] !== 'dev-v9' || !isHold(x.id)) && kept(x.id)).map((x) => toCase(x, spec.split(':')[0])));
  const freshName = s.fresh.map((x) => x.split(':')[0]).join('+');
  const fresh = s.fresh.flatMap((spec) => d[spec.split(':')[0]].map((x) => toCase(x, spec.split(':')[0])));
  // dev-v9's hold part is reported apart, in aggregate only
  const parts: [string, typeof fresh][] = freshName === 'dev-v9' ? [['dev-v9 look', fresh.filter((c) => !isHold(c.id))], ['dev-v9 hold', fresh.filter((c) => isHold(c.id))], ['dev-v9 all', fresh]] : [[freshName, fresh]];
  console.log(`\n## engine ${s.commit}: fitted on ${fit.length} development cases (${s.fit.map((x) => x.split(':')[0]).join(', ')}); fresh ${freshName} ${fresh.length}`);
  const inSample = { n: 0, correct: 0, brier: 0 };
  for (const c of fit) add(inSample, c.engineP, c.engineTop, c);
  console.log(`engine on its development (in-sample): ${fmt(inSample)}`);
  for (const [pn, cs] of parts) {
    const t = { n: 0, correct: 0, brier: 0 };
    for (const c of cs) add(t, c.engineP, c.engineTop, c);
    const byLang = langs.map((l) => `${l} ${cs.filter((c) => c.lang === l && c.engineTop >= 0 && c.accept.includes(c.engineTop)).length}/${cs.filter((c) => c.lang === l).length}`).join(', ');
    console.log(`engine alone on ${pn}: ${fmt(t)} (${byLang})`);
    if (pn !== 'dev-v9 look' && pn !== 'dev-v9 hold') {
      const key = 'engine alone';
      const tot = totals.get(key) ?? { n: 0, correct: 0, brier: 0 };
      tot.n += t.n, tot.correct += t.correct, tot.brier += t.brier;
      totals.set(key, tot);
    }
  }
  for (const [name, part] of Object.entries(CONFIGS)) {
    const layer = fitLayer(fit, K, { ...BASE, ...part });
    const line: string[] = [];
    for (const [pn, cs] of parts) {
      const t = { n: 0, correct: 0, brier: 0 };
      const ok: LayerCase[] = [];
      for (const c of cs) {
        const { p } = applyLayer(layer, c);
        add(t, p, layerTop(p, c), c);
        if (c.accept.includes(layerTop(p, c))) ok.push(c);
      }
      const byLang = langs.map((l) => `${l} ${ok.filter((c) => c.lang === l).length}`).join(' ');
      line.push(`${pn} ${fmt(t)} (${byLang})`);
      if (pn !== 'dev-v9 look' && pn !== 'dev-v9 hold') {
        const tot = totals.get(name) ?? { n: 0, correct: 0, brier: 0 };
        tot.n += t.n, tot.correct += t.correct, tot.brier += t.brier;
        totals.set(name, tot);
      }
    }
    console.log(`  + layer ${name} [alpha ${layer.alpha.toFixed(2)}, ${layer.vocab.length} inputs]: ${line.join('; ')}`);
  }
}
console.log('\n## all fresh files together (test-v5 at 6adc4c1, dev-v8 at 63ac043, dev-v9 at 39b5c71, dev-v10+dev-v10b at dbc334b)');
for (const [k, t] of totals) console.log(`${k}: ${fmt(t)}`);
