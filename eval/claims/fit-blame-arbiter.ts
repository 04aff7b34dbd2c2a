/**
 * The learned arbiter for `blamed` (src/core/narrative/claim-blame-arbiter.ts), fitted and measured on the development
 * splits only (never a frozen test split): `npx tsx eval/claims/fit-blame-arbiter.ts [--write] [--cv] [--loso] [--lambda X]`.
 *
 * - `--cv`: grouped 10-fold cross-validation BY EVENT over all 19 development splits (an event's items never in two
 *   folds; the event key is the item's `ref.event`, else `ref.unique_event_ID`, else `ref.incident_code`, else the month of
 *   its date: items of one month share a fold whatever their split), the rule reader alone on the same folds beside it;
 *   figures over all items, over the held-out parts (`:hold`, aggregate only), per language and per labelled value.
 *   (s24 fixcl, review R7) No hold-part item is ever trained on (fitArbiter drops them) or used to choose a
 *   hyper-parameter (`--fc-sweep` and `--fc-margin` print look figures only); hold is reported in aggregate, out of sample.
 * - `--loso`: leave one split out (train on every other development split without the left-out split's events, test on
 *   one of the newer ones).
 * - `--write`: fit on every first-contact look item and write src/core/narrative/claim-blame-arbiter.json with its derivation.
 * - `--print`: fit and print the weights (the test re-fits and compares them with the file).
 *
 * The fit is deterministic: full-batch gradient descent on the mean negative log-likelihood of the conditional logit plus
 * an L2 penalty, a fixed step and number of steps, features in sorted order, weights rounded to 1e-6. No random numbers.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimLexicon, lastReadTrace, readClaims, type ItemClaims, type ReadTrace } from '../../src/core/narrative/claim-slots.js';
import { arbiterCandidates, arbiterScores, arbitrate, itemPieces, type ArbiterCandidate, type ArbiterModel, type PieceReading } from '../../src/core/narrative/claim-blame-arbiter.js';
import { readKnowledge } from '../../src/adapters/knowledge/knowledge-files.js';
import { isHeldOut } from '../split-parts.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
export const ARBITER_SPLITS = ['dev', 'dev-v7', 'dev-v8', 'dev-v10', 'dev-v11', 'dev-v12', 'dev-v13', 'dev-v14', 'dev-v15', 'dev-v16', 'dev-v17', 'dev-v18', 'dev-v19', 'dev-v20', 'dev-v21', 'dev-v22', 'dev-v23', 'dev-v24', 'dev-v25'];
const WITH_PARTS = new Set(ARBITER_SPLITS.filter((f) => /^dev-v(?:1\d|2\d)$/.test(f)));
/** judgment hyper-parameters (not tuned on a test split): L2 strength, step, steps */
export const HYPER = { lambda: 0.01, step: 0.5, steps: 1500 };
/** the figures of docs/narrative.md "Session 24 (cllearn)", re-measured in "Session 24 (fixcl)", recorded with the weights (measured by --cv --fc-cv --fc-loso --fc-on-now-hold) */
export const FIGURES: Record<string, unknown> = {
  decision: 'OFF (BLAME_ARBITER_ON = false): no gain where it would run, on the current reader: hold parts out of sample +0.000',
  note: 's24 fixcl (review R7): hold-part items never trained on nor used to choose a hyper-parameter; first-contact files hold look items only; leave-one-split-out leaves the split\'s events out of every split; hold reported in aggregate only',
  current_reader_event_cv: { items: 2388, reader: 0.905, arbiter: 0.905, hold_reader: 0.797, hold_arbiter: 0.799 },
  first_contact_event_cv: { items: 1061, reader: 0.727, arbiter: 0.763 },
  first_contact_leave_one_split_out: { pooled_reader: 0.727, pooled_arbiter: 0.751, 'dev-v25': [0.61, 0.661], 'dev-v24': [0.658, 0.699], 'dev-v23': [0.714, 0.701], 'dev-v22': [0.747, 0.621], 'dev-v21': [0.744, 0.822], 'dev-v20': [0.746, 0.746] },
  first_contact_model_on_current_reader_hold_out_of_sample: { items: 443, reader: 0.797, arbiter: 0.797, fixed: 17, broke: 17 },
};
export const MODEL_FILE = path.join(dir, '..', '..', 'src', 'core', 'narrative', 'claim-blame-arbiter.json');

/** A reading the arbiter is given: the reader's choice, staged, voice, and its readings of the pieces. */
export interface Reading {
  blamed: string | null;
  staged: boolean | null;
  prepared: boolean;
  voice: string;
  pieces: PieceReading[];
  /** the reader's trace of the whole item (first contact: patched into the old tree, eval/claims/first-contact/) */
  trace?: ReadTrace;
}
/** What every item carries: its identity, where it stands (split, held-out part, event group) and its label. */
interface LabelledItem {
  id: string;
  split: string;
  hold: boolean;
  language: string;
  group: string;
  gold: string | null;
}
export interface ArbiterItem extends LabelledItem {
  /** the reader's choice in the reading the candidates were built from */
  reader: string | null;
  cands: ArbiterCandidate[];
}
interface ReadItem extends LabelledItem {
  trace: ReadTrace;
  now: Reading;
  /** the first-contact reading (eval/claims/first-contact/), when the split has one */
  first?: Reading;
}
/** The candidates of an item from one reading; `votes` false drops the blame rules' vote counts (own/rep) of the trace. */
export function candidatesOf(trace: ReadTrace, r: Reading, votes: boolean): ArbiterCandidate[] {
  const t = votes ? trace : { ...trace, own: [], rep: [] };
  const read = { claims: { agent: null, blamed: r.blamed as ItemClaims['claims']['blamed'], staged: r.staged, prepared: r.prepared, munition: null }, voice: r.voice as ItemClaims['voice'], phrases: {} };
  return arbiterCandidates(t, read, r.pieces);
}
/**
 * Items built from one reading: `now` (the reader of this tree), `first` (first contact, the trace of this tree's reader:
 * its lexicon knows the parties rooms added for these very pages) or `first-traced` (first contact with the old reader's own
 * trace: nothing of later tuning; splits dev-v12..dev-v25). Items without the reading are dropped.
 */
export function itemsOf(read: ReadItem[], which: 'now' | 'first' | 'first-traced', votes: boolean, noDeeds = false): ArbiterItem[] {
  return read
    .filter((it) => which === 'now' || (it.first && (which === 'first' || it.first.trace)))
    .map((it) => {
      const r = which === 'now' ? it.now : it.first!;
      const t = which === 'first-traced' ? r.trace! : noDeeds ? { ...it.trace, text: '' } : it.trace;
      return { id: it.id, split: it.split, hold: it.hold, language: it.language, group: it.group, gold: it.gold, reader: r.blamed, cands: candidatesOf(t, r, votes) };
    });
}

function monthOf(d: unknown): string | null {
  const x = String(d ?? '');
  let m = /^(\d{4})-(\d{2})/.exec(x);
  if (m) return `${m[1]}-${m[2]}`;
  m = /^(\d{1,2})\/\d{1,2}\/(\d{2,4})$/.exec(x);
  if (m) return `${m[2].length === 2 ? '20' + m[2] : m[2]}-${m[1].padStart(2, '0')}`;
  m = /^(\d{4})$/.exec(x);
  return m ? m[1] : null;
}

export function loadItems(splits = ARBITER_SPLITS, current = true): ReadItem[] {
  const lex = current ? claimLexicon(readKnowledge('claim-parties.yaml')) : undefined;
  const out: ReadItem[] = [];
  for (const split of splits) {
    const fcFile = path.join(dir, 'first-contact', `${split}.jsonl`);
    const first = new Map<string, Reading>();
    if (fs.existsSync(fcFile))
      for (const line of fs.readFileSync(fcFile, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line);
        first.set(r.id, { blamed: r.blamed, staged: r.staged, prepared: r.prepared, voice: r.voice, pieces: r.pieces, ...(r.trace ? { trace: r.trace } : {}) });
      }
    for (const line of fs.readFileSync(path.join(dir, `${split}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const it = JSON.parse(line);
      const ref = it.ref ?? {};
      const key = ref.event ?? ref.unique_event_ID ?? ref.incident_code;
      const group = key !== undefined ? `event:${key}` : monthOf(ref.date) ? `month:${monthOf(ref.date)}` : `nodate:${split}`;
      const fc = first.get(it.id);
      if (!lex) {
        // (first contact alone: the old reader's own trace, no read by this tree)
        if (fc?.trace) out.push({ id: it.id, split, hold: WITH_PARTS.has(split) && isHeldOut(it.id), language: it.language, group, gold: it.labels.blamed ?? null, trace: fc.trace, now: fc, first: fc });
        continue;
      }
      const pieces = itemPieces(it.text).map((p) => {
        const r = readClaims(p.text, lex);
        return { blamed: r.claims.blamed, voice: r.voice, headline: p.headline };
      });
      const read = readClaims(it.text, lex);
      const trace = lastReadTrace();
      const now: Reading = { blamed: read.claims.blamed, staged: read.claims.staged, prepared: read.claims.prepared, voice: read.voice, pieces };
      out.push({ id: it.id, split, hold: WITH_PARTS.has(split) && isHeldOut(it.id), language: it.language, group, gold: it.labels.blamed ?? null, trace, now, ...(first.has(it.id) ? { first: first.get(it.id) } : {}) });
    }
  }
  return out;
}

/**
 * Fits the conditional logit: weights by feature name (sorted), rounded to 1e-6. (s24 fixcl, review R7) An item of a
 * held-out part never contributes gradient, whatever `weightOf` says: the hold parts are aggregate-only checks, and a
 * model fitted on them would make every later hold figure in-sample.
 */
export function fitArbiter(items: ArbiterItem[], hyper = HYPER, weightOf: (it: ArbiterItem) => number = () => 1): Record<string, number> {
  const names = [...new Set(items.flatMap((it) => it.cands.flatMap((c) => Object.keys(c.features))))].sort();
  const idx = new Map(names.map((n, i) => [n, i]));
  // the items whose gold value is a candidate (the others carry no gradient: no candidate can be right)
  const data = items
    .map((it) => ({ y: it.cands.findIndex((c) => c.value === it.gold), wt: weightOf(it), xs: it.cands.map((c) => Object.keys(c.features).sort().map((k) => [idx.get(k)!, c.features[k]] as [number, number])) }))
    .filter((d, i) => d.y >= 0 && d.wt > 0 && !items[i].hold);
  const W = data.reduce((a, d) => a + d.wt, 0);
  const w = new Float64Array(names.length);
  const g = new Float64Array(names.length);
  for (let step = 0; step < hyper.steps; step++) {
    g.fill(0);
    for (const d of data) {
      const z = d.xs.map((x) => x.reduce((a, [j, v]) => a + w[j] * v, 0));
      const mx = Math.max(...z);
      const e = z.map((v) => Math.exp(v - mx));
      const sum = e.reduce((a, b) => a + b, 0);
      d.xs.forEach((x, c) => {
        const p = e[c] / sum - (c === d.y ? 1 : 0);
        for (const [j, v] of x) g[j] += (d.wt * p * v) / W;
      });
    }
    for (let j = 0; j < w.length; j++) w[j] -= hyper.step * (g[j] + hyper.lambda * w[j]);
  }
  const out: Record<string, number> = {};
  names.forEach((n, j) => {
    const r = Math.round(w[j] * 1e6) / 1e6;
    if (r !== 0) out[n] = r;
  });
  return out;
}

const fold10 = (group: string) => parseInt(crypto.createHash('sha256').update(group).digest('hex').slice(0, 8), 16) % 10;

interface Tally {
  n: number;
  reader: number;
  model: number;
}
const pct = (x: number, n: number) => (n ? (x / n).toFixed(3) : '  -  ');
function table(title: string, items: ArbiterItem[], pred: Map<string, string | null>): void {
  const rows = new Map<string, Tally>();
  const bump = (k: string, it: ArbiterItem) => {
    const t = rows.get(k) ?? { n: 0, reader: 0, model: 0 };
    t.n++;
    if (it.reader === it.gold) t.reader++;
    if (pred.get(it.id + '|' + it.split) === it.gold) t.model++;
    rows.set(k, t);
  };
  for (const it of items) {
    bump('all', it);
    bump(it.hold ? 'hold parts' : 'readable (look, dev, v7, v8)', it);
    bump(`lang ${it.language}`, it);
    bump(`gold ${it.gold ?? 'null'}`, it);
  }
  let fixed = 0, broke = 0, changed = 0;
  for (const it of items) {
    const p = pred.get(it.id + '|' + it.split);
    if (p === it.reader) continue;
    changed++;
    if (p === it.gold) fixed++;
    else if (it.reader === it.gold) broke++;
  }
  console.log(`\n== ${title} (changed ${changed}: fixed ${fixed}, broke ${broke})`);
  console.log(`${'set'.padEnd(30)} ${'n'.padStart(5)}  reader  arbiter  delta`);
  const order = [...rows.keys()].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
  for (const k of order) {
    const t = rows.get(k)!;
    console.log(`${k.padEnd(30)} ${String(t.n).padStart(5)}  ${pct(t.reader, t.n)}   ${pct(t.model, t.n)}   ${((t.model - t.reader) / t.n >= 0 ? '+' : '') + ((t.model - t.reader) / t.n).toFixed(3)}`);
  }
}

export function crossValidate(items: ArbiterItem[], hyper = HYPER, weightOf?: (it: ArbiterItem) => number): Map<string, string | null> {
  const pred = new Map<string, string | null>();
  for (let f = 0; f < 10; f++) {
    const train = items.filter((it) => fold10(it.group) !== f);
    const w = fitArbiter(train, hyper, weightOf);
    for (const it of items) if (fold10(it.group) === f) pred.set(it.id + '|' + it.split, arbitrate(it.cands, w, it.reader));
  }
  return pred;
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * The arbiter's weights file: fitted on the first-contact items with the old reader's own trace (dev-v12..dev-v25), look
 * parts only (s24 fixcl, review R7: the first-contact files hold no hold-part rows, and fitArbiter drops any).
 */
export function fitModel(figures: Record<string, unknown> = {}): ArbiterModel {
  const fc = itemsOf(loadItems(ARBITER_SPLITS, false), 'first-traced', true).filter((it) => !it.hold);
  const fcDir = path.join(dir, 'first-contact');
  return {
    version: 1,
    method: 'conditional logit over the candidate parties of an item and null (McFadden 1974), L2-penalised, full-batch gradient descent from zero weights, on first-contact readings',
    derivation: {
      command: 'npx tsx eval/claims/fit-blame-arbiter.ts --write',
      first_contact: 'bash eval/claims/first-contact/make.sh (each split read by the reader of the commit that added it; commits in eval/claims/first-contact/commits.txt)',
      training: ARBITER_SPLITS.filter((f) => fc.some((it) => it.split === f)).map((f) => ({ file: `eval/claims/${f}.jsonl`, sha256: sha256(path.join(dir, `${f}.jsonl`)), first_contact_sha256: sha256(path.join(fcDir, `${f}.jsonl`)) })),
      items: fc.length,
      hold_parts: 'never trained on (look parts only); reported in aggregate only',
      hyper_parameters: { ...HYPER, note: 'judgment values (not tuned on any test split): lambda (L2 on the mean log-likelihood), gradient step, steps; no random numbers' },
      figures,
    },
    weights: fitArbiter(fc),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const li = args.indexOf('--lambda');
  const hyper = li >= 0 ? { ...HYPER, lambda: Number(args[li + 1]) } : HYPER;
  const t0 = Date.now();
  // (ARBITER_CACHE=FILE: the read items kept between runs while measuring; never with --write)
  const cache = process.env.ARBITER_CACHE;
  const read: ReadItem[] = cache && fs.existsSync(cache) && !args.includes('--write') ? JSON.parse(fs.readFileSync(cache, 'utf8')) : loadItems();
  if (cache && !fs.existsSync(cache)) fs.writeFileSync(cache, JSON.stringify(read));
  const votes = !args.includes('--no-votes');
  const items = itemsOf(read, 'now', votes);
  const inCands = items.filter((it) => it.cands.some((c) => c.value === it.gold)).length;
  console.log(`${items.length} development items (${items.filter((i) => i.hold).length} in hold parts), ${new Set(items.map((i) => i.group)).size} event groups; gold among the candidates ${pct(inCands, items.length)}; read in ${Date.now() - t0} ms; lambda ${hyper.lambda}; votes ${votes}`);
  if (args.includes('--cv')) table('event-grouped 10-fold CV, all development splits', items, crossValidate(items, hyper));
  if (args.includes('--cv-no-reader')) {
    const strip = items.map((it) => ({ ...it, cands: it.cands.map((c) => ({ value: c.value, features: Object.fromEntries(Object.entries(c.features).filter(([k]) => !k.startsWith('rd_') && !k.startsWith('null_rd'))) })) }));
    table('event-grouped 10-fold CV, without the reader\'s own choice and votes', strip, crossValidate(strip, hyper));
  }
  if (args.includes('--loso'))
    for (const test of ['dev-v20', 'dev-v21', 'dev-v22', 'dev-v23', 'dev-v24', 'dev-v25']) {
      // (s24 fixcl, review R7) by event across splits: an event of the left-out split is left out of every split
      const evs = new Set(items.filter((it) => it.split === test).map((it) => it.group));
      const train = items.filter((it) => it.split !== test && !evs.has(it.group));
      const w = fitArbiter(train, hyper);
      const tst = items.filter((it) => it.split === test);
      table(`leave ${test} out (train on the other 18 splits)`, tst, new Map(tst.map((it) => [it.id + '|' + it.split, arbitrate(it.cands, w, it.reader)])));
    }
  // first contact: every item read by the reader of the commit that added its split (eval/claims/first-contact/)
  const fcMode = args.includes('--fc-mixed') ? 'first' : 'first-traced';
  const fc = itemsOf(read, fcMode, votes);
  console.log(`first contact (${fcMode}): ${fc.length} items, reader ${pct(fc.filter((i) => i.reader === i.gold).length, fc.length)}, gold among the candidates ${pct(fc.filter((it) => it.cands.some((c) => c.value === it.gold)).length, fc.length)}`);
  if (args.includes('--fc-cv')) table('FIRST CONTACT: event-grouped 10-fold CV (trained and tested on first-contact readings)', fc, crossValidate(fc, hyper));
  if (args.includes('--fc-loso')) {
    const all = new Map<string, string | null>();
    for (const test of [...new Set(fc.map((i) => i.split))]) {
      const evs = new Set(fc.filter((it) => it.split === test).map((it) => it.group));
      const w = fitArbiter(fc.filter((it) => it.split !== test && !evs.has(it.group)), hyper);
      const tst = fc.filter((it) => it.split === test);
      const m = new Map(tst.map((it) => [it.id + '|' + it.split, arbitrate(it.cands, w, it.reader)]));
      for (const [k, v] of m) all.set(k, v);
      if (['dev-v20', 'dev-v21', 'dev-v22', 'dev-v23', 'dev-v24', 'dev-v25'].includes(test)) table(`FIRST CONTACT: leave ${test} out`, tst, m);
    }
    table('FIRST CONTACT: leave-one-split-out, every split pooled', fc, all);
  }
  if (args.includes('--fc-sweep'))
    for (const lambda of [0.001, 0.003, 0.01, 0.03, 0.1]) {
      const h = { ...hyper, lambda };
      const cv = crossValidate(fc, h);
      const lo = new Map<string, string | null>();
      for (const test of [...new Set(fc.map((i) => i.split))]) {
        const evs = new Set(fc.filter((it) => it.split === test).map((it) => it.group));
        const w = fitArbiter(fc.filter((it) => it.split !== test && !evs.has(it.group)), h);
        for (const it of fc) if (it.split === test) lo.set(it.id + '|' + it.split, arbitrate(it.cands, w, it.reader));
      }
      const acc = (m: Map<string, string | null>, f: (it: ArbiterItem) => boolean) => {
        const its = fc.filter(f);
        return pct(its.filter((it) => m.get(it.id + '|' + it.split) === it.gold).length, its.length);
      };
      // (s24 fixcl, review R7) lambda is chosen on look-part figures only: no hold column here
      console.log(`lambda ${lambda}: CV look ${acc(cv, (it) => !it.hold)}; LOSO look ${acc(lo, (it) => !it.hold)} v25 ${acc(lo, (it) => it.split === 'dev-v25')} v24 ${acc(lo, (it) => it.split === 'dev-v24')} (reader ${pct(fc.filter((i) => i.reader === i.gold).length, fc.length)})`);
    }
  if (args.includes('--fc-margin')) {
    // the arbiter overrides the reader only when its choice outscores the reader's by a margin (log-odds)
    const margins = [0, 0.5, 1, 1.5, 2, 3];
    const pick = (it: ArbiterItem, w: Record<string, number>, d: number) => {
      const z = arbiterScores(it.cands, w);
      const ri = it.cands.findIndex((c) => c.value === it.reader);
      const bi = z.indexOf(Math.max(...z));
      return ri >= 0 && z[bi] - z[ri] < d ? it.reader : it.cands[bi].value;
    };
    const lo = new Map<string, Record<string, number>>();
    for (const test of [...new Set(fc.map((i) => i.split))]) lo.set(test, fitArbiter(fc.filter((it) => it.split !== test && !fc.some((x) => x.split === test && x.group === it.group)), hyper));
    // (s24 fixcl, review R7) the margin is chosen on first-contact look items only: no hold figure per margin
    for (const d of margins) {
      const right = (its: ArbiterItem[], f: (it: ArbiterItem) => string | null) => its.filter((it) => f(it) === it.gold).length;
      const loAll = right(fc, (it) => pick(it, lo.get(it.split)!, d));
      const v25 = fc.filter((it) => it.split === 'dev-v25');
      console.log(`margin ${d}: first contact LOSO ${pct(loAll, fc.length)} (reader ${pct(right(fc, (it) => it.reader), fc.length)}), dev-v25 ${pct(right(v25, (it) => pick(it, lo.get('dev-v25')!, d)), v25.length)}`);
    }
  }
  if (args.includes('--fc-on-now-hold')) {
    // out of sample for the reader's tuning and the arbiter's training alike: trained on the first-contact items outside the
    // hold parts, applied to the current reader on the hold parts
    const w = fitArbiter(fc.filter((it) => !it.hold), hyper);
    const now = itemsOf(read, 'now', votes, true).filter((it) => it.hold);
    table('first-contact model (trained without the hold parts) applied to the current reader, hold parts', now, new Map(now.map((it) => [it.id + '|' + it.split, arbitrate(it.cands, w, it.reader)])));
  }
  if (args.includes('--fc-on-now')) {
    // the first-contact model applied to this tree's reader (what `assay claims` would do with it ON), on the dev pool
    const w = fitArbiter(fc, hyper);
    const items = itemsOf(read, 'now', votes, true);
    table('first-contact model (first-contact items, no hold) applied to the current reader, dev pool (in-sample for the look items)', items, new Map(items.map((it) => [it.id + '|' + it.split, arbitrate(it.cands, w, it.reader)])));
  }
  if (args.includes('--print')) console.log(JSON.stringify(fitArbiter(items, hyper), null, 1));
  if (args.includes('--write')) {
    const m = fitModel(FIGURES);
    fs.writeFileSync(MODEL_FILE, JSON.stringify(m, null, 1) + '\n');
    console.log(`wrote ${MODEL_FILE}`);
  }
}
