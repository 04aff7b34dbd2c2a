/**
 * `npx tsx eval/agents/calibration-by-rule.ts` (session 22, room agkb): do accounts of different kinds want different
 * class calibration? The class calibration map (knowledge/agents.yaml model.class_calibration; fit-calibration.ts) is
 * one map for every account; last session it lowered the Brier score on the lay paraphrases' hold parts more than on
 * the incidents'. Here each candidate rule splits the DEVELOPMENT hold parts in two by something the engine can read
 * from the accounts themselves (never a file name): the number of clinical features read, the reporter's role, the
 * number of accounts. For each rule a map is fitted per side, and scored, as the single map is, by leave-one-split-out
 * cross-validation over the hold parts (each split's hold part scored by maps fitted on the others), at the shrinkage
 * the single map was chosen at. The file's register (incident report or lay paraphrase) is scored too, for reference
 * only: the engine cannot see it. Aggregate figures only; frozen splits are never loaded.
 */
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { runDifferential, type DifferentialResult } from '../../src/core/agents/agent-differential.js';
import { developmentItems } from './development-parts.js';
import { nelderMead } from './nelder-mead.js';

const kbFull = loadAgentKb(capabilities.knowledge);
const kb = { ...kbFull, classCalibration: undefined };
const C = kb.classes.length;
const NONE = kb.classes.findIndex((c) => c.id === 'none');
const LAMBDA = Number(process.env.LAMBDA ?? 0.001);

interface Row { group: string; reg: 'inc' | 'par'; p: Float64Array; y: number; r: DifferentialResult; accounts: number }
const hold: Row[] = developmentItems()
  .filter((it) => it.part === 'hold')
  .map((it) => {
    const r = runDifferential(kb, it.c.accounts);
    const p = new Float64Array(C);
    for (let ci = 0; ci < C; ci++) p[ci] = r.classes.find((x) => x.id === kb.classes[ci].id)!.probability;
    return { group: it.group, reg: it.group.startsWith('inc:') ? 'inc' : 'par', p, y: kb.classes.findIndex((k) => k.id === it.c.class), r, accounts: it.c.accounts.length };
  });

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
const brierOf = (q: ArrayLike<number>, y: number) => { let b = 0; for (let ci = 0; ci < C; ci++) b += (q[ci] - (ci === y ? 1 : 0)) ** 2; return b; };
const meanBrier = (rs: Row[], th: number[] | null) => rs.reduce((s, r) => s + brierOf(th ? mapRow(th, r.p, buf) : r.p, r.y), 0) / Math.max(1, rs.length);
const fit = (rs: Row[]) => nelderMead((th) => meanBrier(rs, th) + LAMBDA * th.slice(1).reduce((s, b) => s + b * b, 0), [1.5, ...Array(C - 1).fill(0)], 0.3, 4000);
/** a map of the power alone (biases 0): the fewer parameters a side with few accounts can carry */
const fitPower = (rs: Row[]) => { let best = [1, 1e9]; for (let pw = 0.5; pw <= 3.001; pw += 0.05) { const b = meanBrier(rs, [pw, ...Array(C - 1).fill(0)]); if (b < best[1]) best = [pw, b]; } return [best[0], ...Array(C - 1).fill(0)]; };

const groups = [...new Set(hold.map((r) => r.group))];
/** leave-one-split-out Brier per row, the map chosen per side of `side` (one side: the single map) */
function cv(side: (r: Row) => string, fitter: (rs: Row[]) => number[] = fit): number[] {
  const out: number[] = new Array(hold.length);
  for (const g of groups) {
    const train = hold.filter((r) => r.group !== g);
    const maps = new Map<string, number[]>();
    hold.forEach((r, i) => {
      if (r.group !== g) return;
      const s = side(r);
      if (!maps.has(s)) maps.set(s, fitter(train.filter((t) => side(t) === s)));
      out[i] = brierOf(mapRow(maps.get(s)!, r.p, buf), r.y);
    });
  }
  return out;
}
const clinical = (r: Row) => r.r.features.filter((f) => f.present && kb.features[kb.featureIndex.get(f.id)!]?.topic === 'clinical').length;
const RULES: [string, (r: Row) => string][] = [
  ['one map (as now)', () => 'all'],
  ['register (file; reference only)', (r) => r.reg],
  ['clinical features read 0-1 | 2+', (r) => (clinical(r) <= 1 ? 'few' : 'many')],
  ['clinical features read 0-2 | 3+', (r) => (clinical(r) <= 2 ? 'few' : 'many')],
  ['a medic, official or journalist reports | not', (r) => (r.r.reports.some((x) => x.role === 'official' || x.role === 'journalist' || x.role === 'medic') ? 'formal' : 'lay')],
  ['one account | two or more', (r) => (r.accounts > 1 ? 'many' : 'one')],
];
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
console.log(`hold parts: ${hold.length} accounts (${hold.filter((r) => r.reg === 'inc').length} incident reports), ${groups.length} splits; Brier raw ${meanBrier(hold, null).toFixed(4)} (incidents ${meanBrier(hold.filter((r) => r.reg === 'inc'), null).toFixed(4)}, paraphrases ${meanBrier(hold.filter((r) => r.reg === 'par'), null).toFixed(4)})`);
const base = new Map<string, number[]>();
for (const [name, side] of RULES) {
  for (const [fname, fitter] of [['power and biases', fit], ['power only', fitPower]] as const) {
    const per = cv(side, fitter);
    if (!base.has(fname)) base.set(fname, per);
    // the change against the one map of the same form, account by account: its mean and standard error
    const d = per.map((x, i) => x - base.get(fname)![i]);
    const se = Math.sqrt(d.reduce((s, x) => s + (x - mean(d)) ** 2, 0) / (d.length - 1) / d.length);
    const by = (pred: (r: Row) => boolean) => mean(per.filter((_, i) => pred(hold[i])));
    const sides = [...new Set(hold.map(side))].sort().map((s) => `${s} n=${hold.filter((r) => side(r) === s).length}: raw ${meanBrier(hold.filter((r) => side(r) === s), null).toFixed(3)} -> ${by((r) => side(r) === s).toFixed(3)}`).join('; ');
    console.log(`${name} [${fname}]: cross-validated ${mean(per).toFixed(4)} (against one map ${mean(d) >= 0 ? '+' : ''}${mean(d).toFixed(4)} +- ${se.toFixed(4)}; incidents ${by((r) => r.reg === 'inc').toFixed(4)}, paraphrases ${by((r) => r.reg === 'par').toFixed(4)}); ${sides}`);
  }
}
