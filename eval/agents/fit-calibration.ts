/**
 * `npx tsx eval/agents/fit-calibration.ts`: fits the class calibration map (knowledge/agents.yaml
 * model.class_calibration; docs/agent-differential.md §4 step 7c) on DEVELOPMENT data only, and prints what it does.
 *
 * The map: calibrated(c) proportional to p(c)^power x exp(bias[c]), p the differential's class posterior (bias of
 * `none` fixed at 0: the map is unchanged by a common shift). It is fitted by the mean multi-class Brier score (a
 * proper scoring rule) plus lambda x sum(bias^2) (a shrinkage of the biases toward none), on the HOLD parts of the
 * development splits (dev-v9..v21, paraphrases dev-v3..v13): the development items no rule was written from. The
 * look parts and the older development splits are not used in the fit, because eighteen sessions of rules were written
 * from their misses, so the engine is right more often there than on text nobody has seen (class top-1 94% against
 * 83% on the hold parts; a map fitted on them sharpens to power 3 and makes the hold parts' incidents worse). lambda is
 * chosen from a small grid by leave-one-split-out cross-validation over the hold parts (each split's hold part scored by
 * a map fitted on the others); the map is then fitted on every hold part at that lambda. The figures printed: the
 * hold parts' Brier raw, cross-validated and in-sample (the last is not an estimate of anything), and the look parts'
 * and older splits' Brier raw and calibrated (not used in the fit). Frozen splits are never loaded.
 */
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import type { LabelledCase } from '../../src/core/agents/agent-evaluation.js';
import { loadIncidents, loadParaphrases } from './load.js';
import { splitPart } from '../split-parts.js';
import { nelderMead } from './nelder-mead.js';
import { OLDER_INCIDENT_SPLITS, OLDER_PARAPHRASE_SPLITS, PARTED_INCIDENT_SPLITS, PARTED_PARAPHRASE_SPLITS } from './development-parts.js';

const kbFull = loadAgentKb(capabilities.knowledge);
// the raw posterior: the KB without its map
const kb = { ...kbFull, classCalibration: undefined };
const C = kb.classes.length;
const NONE = kb.classes.findIndex((c) => c.id === 'none');

/** the development splits with look/hold parts (eval/agents/run.ts), and the older development splits without */
const PARTED: [string, 'inc' | 'par'][] = [
  ...PARTED_INCIDENT_SPLITS.map((s): [string, 'inc'] => [s, 'inc']),
  ...PARTED_PARAPHRASE_SPLITS.map((s): [string, 'par'] => [s, 'par']),
];
const OLDER: [string, 'inc' | 'par'][] = [...OLDER_INCIDENT_SPLITS.map((s): [string, 'inc'] => [s, 'inc']), ...OLDER_PARAPHRASE_SPLITS.map((s): [string, 'par'] => [s, 'par'])];

interface Row { group: string; kind: 'inc' | 'par'; p: Float64Array; y: number }
function rows(cases: LabelledCase[], group: string, kind: 'inc' | 'par'): Row[] {
  return cases.map((c) => {
    const r = runDifferential(kb, c.accounts);
    const p = new Float64Array(C);
    for (let ci = 0; ci < C; ci++) p[ci] = r.classes.find((x) => x.id === kb.classes[ci].id)!.probability;
    return { group, kind, p, y: kb.classes.findIndex((k) => k.id === c.class) };
  });
}
const load = (s: string, kind: 'inc' | 'par') => (kind === 'inc' ? loadIncidents(s) : loadParaphrases(s));
const hold: Row[] = PARTED.flatMap(([s, kind]) => rows(splitPart(load(s, kind), 'hold'), `${kind}:${s}`, kind));
const look: Row[] = PARTED.flatMap(([s, kind]) => rows(splitPart(load(s, kind), 'look'), `${kind}:${s}`, kind));
const older: Row[] = OLDER.flatMap(([s, kind]) => rows(load(s, kind), `${kind}:${s}`, kind));

/** theta = [power, bias of every class but none (KB order)] */
function mapRow(th: number[], p: Float64Array, out: Float64Array): Float64Array {
  let m = -Infinity;
  for (let ci = 0, j = 1; ci < C; ci++) {
    const b = ci === NONE ? 0 : th[j++];
    out[ci] = p[ci] > 0 ? th[0] * Math.log(p[ci]) + b : -Infinity;
    if (out[ci] > m) m = out[ci];
  }
  let s = 0;
  for (let ci = 0; ci < C; ci++) s += out[ci] = out[ci] === -Infinity ? 0 : Math.exp(out[ci] - m);
  for (let ci = 0; ci < C; ci++) out[ci] /= s;
  return out;
}
const buf = new Float64Array(C);
function brierOf(q: ArrayLike<number>, y: number): number {
  let b = 0;
  for (let ci = 0; ci < C; ci++) b += (q[ci] - (ci === y ? 1 : 0)) ** 2;
  return b;
}
const meanBrier = (rs: Row[], th: number[] | null) => rs.reduce((s, r) => s + brierOf(th ? mapRow(th, r.p, buf) : r.p, r.y), 0) / rs.length;

const fit = (rs: Row[], lambda: number) =>
  nelderMead((th) => meanBrier(rs, th) + lambda * th.slice(1).reduce((s, b) => s + b * b, 0), [1.5, ...Array(C - 1).fill(0)]);

const groups = [...new Set(hold.map((r) => r.group))];
function crossValidated(lambda: number): number[] {
  const out: number[] = new Array(hold.length);
  for (const g of groups) {
    const th = fit(hold.filter((r) => r.group !== g), lambda);
    hold.forEach((r, i) => {
      if (r.group === g) out[i] = brierOf(mapRow(th, r.p, buf), r.y);
    });
  }
  return out;
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const LAMBDAS = [0.001, 0.003, 0.01, 0.03, 0.1];
let best = { lambda: LAMBDAS[0], cv: Infinity, per: [] as number[] };
for (const lambda of LAMBDAS) {
  const per = crossValidated(lambda);
  const cv = mean(per);
  console.log(`lambda ${lambda}: hold parts, leave-one-split-out Brier ${cv.toFixed(4)}`);
  if (cv < best.cv - 1e-9) best = { lambda, cv, per };
}
const th = fit(hold, best.lambda);
const sub = (rs: Row[], kind: 'inc' | 'par') => rs.filter((r) => r.kind === kind);
const cvOf = (kind: 'inc' | 'par') => mean(best.per.filter((_, i) => hold[i].kind === kind));
console.log(`\nchosen lambda ${best.lambda}; power ${th[0].toFixed(3)}; bias ${kb.classes.filter((_, ci) => ci !== NONE).map((c, j) => `${c.id} ${th[j + 1].toFixed(3)}`).join(', ')} (none 0)`);
console.log(`hold parts (${hold.length}): Brier raw ${meanBrier(hold, null).toFixed(4)}; cross-validated ${best.cv.toFixed(4)}; in-sample ${meanBrier(hold, th).toFixed(4)}`);
console.log(`  incidents (${sub(hold, 'inc').length}): raw ${meanBrier(sub(hold, 'inc'), null).toFixed(4)}, cross-validated ${cvOf('inc').toFixed(4)}, in-sample ${meanBrier(sub(hold, 'inc'), th).toFixed(4)}`);
console.log(`  paraphrases (${sub(hold, 'par').length}): raw ${meanBrier(sub(hold, 'par'), null).toFixed(4)}, cross-validated ${cvOf('par').toFixed(4)}, in-sample ${meanBrier(sub(hold, 'par'), th).toFixed(4)}`);
for (const [name, rs] of [['look parts', look], ['older development splits', older]] as const)
  console.log(`${name} (${rs.length}, not in the fit): Brier raw ${meanBrier(rs, null).toFixed(4)}, calibrated ${meanBrier(rs, th).toFixed(4)}; incidents ${meanBrier(sub(rs, 'inc'), null).toFixed(4)} -> ${meanBrier(sub(rs, 'inc'), th).toFixed(4)}`);
const r3 = (x: number) => Number(x.toFixed(3));
console.log(`\nknowledge/agents.yaml model.class_calibration: power ${r3(th[0])}, bias {${kb.classes.filter((_, ci) => ci !== NONE).map((c, j) => `${c.id}: ${r3(th[j + 1])}`).join(', ')}}`);
