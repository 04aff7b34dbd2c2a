/**
 * `npx tsx eval/agents/word-layer-cv.ts [--configs a;b;...] [--exact] [--json FILE]` (session 27, room agfit): does the word layer
 * (src/core/agents/word-layer.ts), refitted on the whole development pool, carry over to development files by writers
 * it was not fitted on? DEVELOPMENT data only (eval/agents/development-parts.ts; never a frozen split).
 *
 * For each configuration (eval/agents/word-layer-fit.ts's options):
 * - leave-one-writer-split-out: for each development file (45: inc:dev, inc:dev-v21, par:dev-v13 ...), a table fitted on
 *   the LOOK parts of all the other files scores that file; its look part gives the CV figure, its hold part (the whole
 *   file unseen) the 'CV hold' figure;
 * - hold: a table fitted on every look part scores every hold part (aggregate only, as eval/agents/run.ts's
 *   development-hold-all).
 * Each case is scored END TO END: runDifferential with the fitted table and wordEvidence on (the accounts' mean, guard 4
 * for one informative account, nothing said where the engine has no usable feature), against the engine alone. Class
 * top-1 (the leader in the accept list), Brier (multi-class, on the posterior), per language and per class. Hold parts
 * print aggregates only, never an item.
 */
import fs from 'node:fs';
import { capabilities } from '../../src/app/workspace.js';
import { loadAgentKb } from '../../src/app/agents.js';
import { outcomeOf, type CaseOutcome } from '../../src/core/agents/agent-evaluation.js';
import { runDifferential } from '../../src/core/agents/agent-differential.js';
import { applyTable, asWordLayer, developmentFitCases, FIT_DEFAULTS, fitTable, genreStems, GENRE_WORDS_WIDE, type FitCase, type FitOptions } from './word-layer-fit.js';

const kb = loadAgentKb(capabilities.knowledge);
const classIds = kb.classes.map((c) => c.id);
const K = classIds.length;
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

export const CONFIGS: Record<string, Partial<FitOptions>> = {
  'words L2 .003 (session 9 options)': {},
  'words L2 .001': { lambda: 0.001 },
  'words L2 .01': { lambda: 0.01 },
  'words L2 .03': { lambda: 0.03 },
  'words L2 .1': { lambda: 0.1 },
  'words, genre words out, L2 .01': { lambda: 0.01, drop: genreStems() },
  'words, wide genre list out, L2 .01': { lambda: 0.01, drop: genreStems(GENRE_WORDS_WIDE) },
  'words in 5+ files, L2 .01': { lambda: 0.01, minFiles: 5 },
  'words in 10+ files, L2 .01': { lambda: 0.01, minFiles: 10 },
  'unigrams only, L2 .01': { lambda: 0.01, prefixes: ['u:'] },
  'features x class, L2 .003': { prefixes: ['f:'], minFiles: 3 },
  'features x class, L2 .01': { prefixes: ['f:'], lambda: 0.01 },
  'features x class, L2 .03': { prefixes: ['f:'], lambda: 0.03 },
  'features + words, L2 .01': { prefixes: ['f:', 'u:', 'b:'], lambda: 0.01 },
  'words, offset x0.5, L2 .01': { lambda: 0.01, offsetAlpha: 0.5 },
  'words, offset x0.25, L2 .01': { lambda: 0.01, offsetAlpha: 0.25 },
  'words, offset x0, L2 .01': { lambda: 0.01, offsetAlpha: 0 },
  'words, offset x0, L2 .03': { lambda: 0.03, offsetAlpha: 0 },
  'words, offset x0, L2 .01, scale .5': { lambda: 0.01, offsetAlpha: 0, scale: 0.5 },
  'words, genre out, offset x0.25, L2 .01': { lambda: 0.01, offsetAlpha: 0.25, drop: genreStems() },
  'features x class, offset x0.25, L2 .01': { prefixes: ['f:'], lambda: 0.01, offsetAlpha: 0.25 },
  'features + words, offset x0.25, L2 .01': { prefixes: ['f:', 'u:', 'b:'], lambda: 0.01, offsetAlpha: 0.25 },
};

interface Tally { n: number; correct: number; brier: number }
const tally = (): Tally => ({ n: 0, correct: 0, brier: 0 });
const add = (t: Tally, o: CaseOutcome) => (t.n++, (t.correct += o.correct ? 1 : 0), (t.brier += o.brier));
const fmt = (t: Tally) => (t.n ? `${t.correct}/${t.n} = ${((100 * t.correct) / t.n).toFixed(1)}%, Brier ${(t.brier / t.n).toFixed(3)}` : '-');
const short = (t: Tally) => (t.n ? `${t.correct}/${t.n}` : '-');

/** tallies of one scoring: all, per language, per class, and cases whose class changed for better or worse */
interface Board { all: Tally; lang: Record<string, Tally>; cls: Record<string, Tally>; won: number; lost: number }
const board = (): Board => ({ all: tally(), lang: {}, cls: {}, won: 0, lost: 0 });
function record(b: Board, c: FitCase, o: CaseOutcome, engine?: CaseOutcome) {
  add(b.all, o);
  add((b.lang[c.lang] ??= tally()), o);
  add((b.cls[c.c.class] ??= tally()), o);
  if (engine && o.correct && !engine.correct) b.won++;
  if (engine && !o.correct && engine.correct) b.lost++;
}
const line = (b: Board) =>
  `${fmt(b.all)}${b.won + b.lost ? ` (+${b.won} -${b.lost})` : ''}\n      per language: ${Object.entries(b.lang).map(([l, t]) => `${l} ${fmt(t)}`).join('; ')}\n      per class: ${classIds.map((k) => `${k} ${short(b.cls[k] ?? tally())}`).join(', ')}`;

const cases = developmentFitCases(kb);
const engineOutcome = new Map<FitCase, CaseOutcome>(cases.map((c) => [c, outcomeOf(kb, c.c, runDifferential(kb, c.c.accounts))]));
const groups = [...new Set(cases.map((c) => c.group))];
const look = cases.filter((c) => c.part === 'look');
const hold = cases.filter((c) => c.part === 'hold');

/** --exact: every case through runDifferential with the table (slow: the texts are read again); else applyTable */
const exact = process.argv.includes('--exact');
function score(table: Map<string, Float64Array>, cs: FitCase[], b: Board, label: string) {
  if (exact) {
    const kbW = { ...kb, wordLayer: asWordLayer(table, classIds, label) };
    for (const c of cs) record(b, c, outcomeOf(kb, c.c, runDifferential(kbW, c.c.accounts, { wordEvidence: true })), engineOutcome.get(c));
    return;
  }
  for (const c of cs) {
    const p = applyTable(kb, table, c);
    let top = c.engineTop;
    if (top >= 0) for (let k = 0; k < K; k++) if (p[k] > p[top] + 1e-12) top = k;
    let brier = 0;
    for (let k = 0; k < K; k++) brier += (p[k] - (k === c.label ? 1 : 0)) ** 2;
    const correct = top >= 0 && c.accept.includes(top);
    record(b, c, { correct, brier } as CaseOutcome, engineOutcome.get(c));
  }
}

const engine = { cvLook: board(), cvHold: board() };
for (const c of look) record(engine.cvLook, c, engineOutcome.get(c)!);
for (const c of hold) record(engine.cvHold, c, engineOutcome.get(c)!);
console.log(`development pool: ${cases.length} cases in ${groups.length} files (look ${look.length}, hold ${hold.length}); the layer speaks on ${cases.filter((c) => c.engineTop >= 0).length}`);
console.log(`\nengine alone:\n  look parts: ${line(engine.cvLook)}\n  hold parts: ${line(engine.cvHold)}`);

{
  // the table as it is stored (knowledge/agent-word-layer.json: fitted on look parts only, so out of sample on the hold
  // parts; on the look parts in sample)
  const stored = kb.wordLayer!.weights;
  const sLook = board(), sHold = board();
  score(stored, look, sLook, 'stored');
  score(stored, hold, sHold, 'stored');
  console.log(`\nstored table (${stored.size} inputs):\n  look parts (in sample): ${line(sLook)}\n  hold parts: ${line(sHold)}`);
}
const want = arg('--configs')?.split(';');
const results: Record<string, unknown> = { engine: { look: engine.cvLook, hold: engine.cvHold } };
for (const [name, part] of Object.entries(CONFIGS)) {
  if (want && !want.some((w) => name.startsWith(w))) continue;
  const o: FitOptions = { ...FIT_DEFAULTS, ...part };
  const t0 = Date.now();
  const cvLook = board(), cvHold = board(), holdAll = board();
  let inputs = 0;
  for (const g of groups) {
    const table = fitTable(look.filter((c) => c.group !== g), K, o);
    inputs += table.size;
    score(table, look.filter((c) => c.group === g), cvLook, `cv-${g}`);
    score(table, hold.filter((c) => c.group === g), cvHold, `cv-${g}`);
  }
  const full = fitTable(look, K, o);
  score(full, hold, holdAll, 'look');
  console.log(`\n${name}  [${full.size} inputs fitted on every look part, ${Math.round(inputs / groups.length)} per fold; ${((Date.now() - t0) / 1000).toFixed(0)} s]`);
  console.log(`  CV, look parts (leave one file out): ${line(cvLook)}`);
  console.log(`  CV, hold parts (leave one file out): ${line(cvHold)}`);
  console.log(`  hold parts, fitted on every look part: ${line(holdAll)}`);
  results[name] = { options: { ...o, drop: o.drop ? [...o.drop] : undefined }, inputs: full.size, cvLook, cvHold, holdAll };
}
const out = arg('--json');
if (out) fs.writeFileSync(out, JSON.stringify(results, null, 1));
