/**
 * Per-slot figures of the claim reader on the labelled set, overall and per language:
 * `npx tsx eval/claims/score.ts dev|dev-v7|dev-v8|dev-v10:look|dev-v10:hold|dev-v11:look|dev-v11:hold|dev-v12:look|dev-v12:hold|test|test-v2|...|test-v6|test-v6-announce
 * [--misses SLOT] [--brief] [--dump FILE]` (join splits with `+`: `dev+dev-v7`). Tune on the development splits only
 * (dev, dev-v7, dev-v8, the `look` parts of dev-v10, dev-v11 and dev-v12, and test (v1) to test-v5, which have been scored and replaced);
 * `--misses` and `--dump` are refused on a frozen test split (test-v6, test-v6-announce, test-v7, web-v7, which holds
 * test-v7, test-v9, test-v10, test-v11, test-v11b and test-v12: FROZEN below), on the held-out parts of dev-v10, dev-v11 and dev-v12 and on any split not listed as
 * development.
 *
 * dev-v10 (a development set by a fresh labeller) is cut in two by the id alone: an item whose sha256(id) starts with
 * the hex digit 0-3 is in `dev-v10:hold` (a quarter, held out: scored in aggregate only, to check that a rule tuned
 * on the other parts generalises), every other item in `dev-v10:look` (misses may be read). `dev-v10` alone is
 * both parts, aggregate only. dev-v11 (a second fresh development set, session 8) is cut the same way:
 * `dev-v11:look` and `dev-v11:hold`; dev-v12 (a third, session 9) likewise: `dev-v12:look` and `dev-v12:hold`.
 *
 * `--lang LANG`: only the items of one language (en, ru, ar), for the figures, the misses and the dump.
 * `--brief`: one line per language and slot group (blamed, staged, prepared recall with its count, agent, voice).
 * Every figure has its 95% interval in brackets (eval/claims/figures.ts): Wilson, and where items carry an event
 * (ref.event) a percentile bootstrap that resamples whole events. `--json`: the same figures as JSON (aggregate only).
 * `--dump FILE`: every item's reading as JSON lines (id, language, want, got per slot), to compare two versions of
 * the reader item by item on development splits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreClaims, type LabelledItem } from '../../src/core/narrative/claim-eval.js';
import { claimLexicon, readClaims } from '../../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../../src/adapters/knowledge/knowledge-files.js';
import { isHeldOut, splitPart, type SplitPart } from '../split-parts.js';
import { BOOTSTRAP, claimFigures, MIN_CLUSTERS, short } from './figures.js';

// a closed pipe (`score.ts ... | head`) is the reader's choice, not an error (as bin/assay.js)
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const dir = path.dirname(fileURLToPath(import.meta.url));
const USAGE = `usage: npx tsx eval/claims/score.ts [SPLIT[+SPLIT...]] [--brief] [--json] [--lang en|ru|ar] [--builtin] [--misses SLOT] [--dump FILE]
  SPLIT   a file of eval/claims (default dev), or the look/hold part of dev-v10, dev-v11, dev-v12 (dev-v12:look)
  --brief           one line per language and slot group (and one of intervals by event where items carry events)
  --json            the figures as JSON, with their 95% intervals (aggregate only; not with --misses)
  --lang LANG       only the items of one language (en, ru, ar)
  --builtin         the built-in lexicon alone (without knowledge/claim-parties.yaml)
  --misses SLOT     the items read wrong in one slot (blamed, staged, prepared, agent, voice): development splits only
  --dump FILE       every item's reading as JSON lines: development splits only
Frozen test splits and held-out parts are scored in aggregate only.`;
/** A bad split or option: what was wrong, the usage, exit status 2 (before any file is read). */
function usageError(message: string): never {
  console.error(`score.ts: ${message}\n${USAGE}`);
  process.exit(2);
}
/** A refusal of item-wise output (misses, dump) on a frozen split or a held-out part: exit status 2, no usage. */
function refuse(message: string): never {
  console.error(`score.ts: ${message}`);
  process.exit(2);
}
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const SLOTS = ['blamed', 'staged', 'prepared', 'agent', 'voice'];
const WITH_VALUE: Record<string, string> = { '--misses': 'a slot', '--dump': 'a file', '--lang': 'a language' };
for (let i = args[0]?.startsWith('-') ? 0 : 1; i < args.length; i++) {
  const a = args[i];
  if (a === '--brief' || a === '--builtin' || a === '--json') continue;
  if (!(a in WITH_VALUE)) usageError(a.startsWith('-') ? `unknown option ${a}` : `one split argument only, first (join splits with +): ${a}`);
  const v = args[++i];
  if (v === undefined || v.startsWith('--')) usageError(`${a} needs ${WITH_VALUE[a]}`);
  if (a === '--misses' && !SLOTS.includes(v)) usageError(`--misses takes a slot (${SLOTS.join(', ')}), not ${v}`);
  if (a === '--lang' && !['en', 'ru', 'ar'].includes(v)) usageError(`--lang takes en, ru or ar, not ${v}`);
}
// the development sets split into a look part (tuned on) and a held-out part (eval/split-parts.ts)
const WITH_PARTS = ['dev-v10', 'dev-v11', 'dev-v12', 'dev-v13', 'dev-v14', 'dev-v15', 'dev-v16', 'dev-v17', 'dev-v18', 'dev-v19', 'dev-v20', 'dev-v21', 'dev-v22', 'dev-v23', 'dev-v24', 'dev-v25', 'dev-v26', 'dev-v27', 'dev-v28', 'dev-v29', 'dev-v30', 'dev-v31', 'dev-v32', 'dev-v33', 'dev-v34'];
const split = args[0] === undefined || args[0].startsWith('-') ? 'dev' : args[0];
for (const f of split.split('+')) {
  const [file, part] = f.split(':');
  if (!/^[a-z0-9-]+$/.test(file) || !fs.existsSync(path.join(dir, `${file}.jsonl`)))
    usageError(`no split ${JSON.stringify(file)} (eval/claims has ${fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl')).map((n) => n.slice(0, -6)).sort().join(', ')})`);
  if (part !== undefined && !WITH_PARTS.includes(file)) usageError(`only ${WITH_PARTS.join(', ')} have parts (look, hold): ${f}`);
  if (part !== undefined && part !== 'look' && part !== 'hold') usageError(`${file}'s parts are look and hold: ${f}`);
}
const mi = process.argv.indexOf('--misses');
if (mi > 0 && args.includes('--json')) usageError('--json prints aggregate figures only: not with --misses');
const di = process.argv.indexOf('--dump');
// the frozen test splits: scored once by whoever froze them, never read for tuning; their misses are never printed
const FROZEN = ['test-v6', 'test-v6-announce', 'test-v7', 'web-v7', 'test-v9', 'test-v10', 'test-v11', 'test-v11b', 'test-v12', 'test-v13', 'test-v14', 'test-v15', 'test-v15b', 'test-v16', 'test-v17', 'test-v18', 'test-v19', 'test-v20', 'test-v21', 'test-v22', 'test-v23', 'test-v24', 'test-v25', 'test-v26', 'test-v27', 'test-v28', 'test-v29', 'test-v30', 'test-v31', 'test-v32', 'test-v33', 'test-v34']; // web-v7 holds test-v7's items
// held-out parts of development sets: aggregate figures only
const HELD = ['dev-v10', 'dev-v10:hold', 'dev-v11', 'dev-v11:hold', 'dev-v12', 'dev-v12:hold', 'dev-v13', 'dev-v13:hold', 'dev-v14', 'dev-v14:hold', 'dev-v15', 'dev-v15:hold', 'dev-v16', 'dev-v16:hold', 'dev-v17', 'dev-v17:hold', 'dev-v18', 'dev-v18:hold', 'dev-v19', 'dev-v19:hold', 'dev-v20', 'dev-v20:hold', 'dev-v21', 'dev-v21:hold', 'dev-v22', 'dev-v22:hold', 'dev-v23', 'dev-v23:hold', 'dev-v24', 'dev-v24:hold', 'dev-v25', 'dev-v25:hold', 'dev-v26', 'dev-v26:hold', 'dev-v27', 'dev-v27:hold', 'dev-v28', 'dev-v28:hold', 'dev-v29', 'dev-v29:hold', 'dev-v30', 'dev-v30:hold', 'dev-v31', 'dev-v31:hold', 'dev-v32', 'dev-v32:hold', 'dev-v33', 'dev-v33:hold', 'dev-v34', 'dev-v34:hold'];
// (the sets of WITH_PARTS are development, but as a whole each holds its held-out part: their misses are refused above, see HELD)
const DEVELOPMENT = ['dev', 'dev-v7', 'dev-v8', 'dev-v10', 'dev-v10:look', 'dev-v11', 'dev-v11:look', 'dev-v12', 'dev-v12:look', 'dev-v13', 'dev-v13:look', 'dev-v14', 'dev-v14:look', 'dev-v15', 'dev-v15:look', 'dev-v16', 'dev-v16:look', 'dev-v17', 'dev-v17:look', 'dev-v18', 'dev-v18:look', 'dev-v19', 'dev-v19:look', 'dev-v20', 'dev-v20:look', 'dev-v21', 'dev-v21:look', 'dev-v22', 'dev-v22:look', 'dev-v23', 'dev-v23:look', 'dev-v24', 'dev-v24:look', 'dev-v25', 'dev-v25:look', 'dev-v26', 'dev-v26:look', 'dev-v27', 'dev-v27:look', 'dev-v28', 'dev-v28:look', 'dev-v29', 'dev-v29:look', 'dev-v30', 'dev-v30:look', 'dev-v31', 'dev-v31:look', 'dev-v32', 'dev-v32:look', 'dev-v33', 'dev-v33:look', 'dev-v34', 'dev-v34:look', 'test', 'test-v2', 'test-v3', 'test-v4', 'test-v5'];
const parts = split.split('+');
const itemwise = mi > 0 || di > 0;
if (itemwise && parts.some((f) => FROZEN.includes(f.split(':')[0]))) refuse(`misses are never shown for a frozen test split (${FROZEN.join(', ')}): it is not for tuning`);
if (itemwise && parts.some((f) => HELD.includes(f))) refuse(`misses are never shown for a held-out part (${HELD.join(', ')}): it checks that a change generalises`);
if (itemwise && !parts.every((f) => DEVELOPMENT.includes(f))) refuse(`misses are shown for the development splits only (${DEVELOPMENT.join(', ')})`);
// the reader as `assay claims` runs it: with knowledge/claim-parties.yaml (`--builtin`: the built-in lexicon alone)
const lexicon = process.argv.includes('--builtin') ? claimLexicon() : claimLexicon(readKnowledge('claim-parties.yaml'));
/** the held-out quarter of the sets of WITH_PARTS (eval/split-parts.ts: the first hex digit of sha256(id) is 0-3) */
export const isHeld = isHeldOut;
const readPart = (f: string): LabelledItem[] => {
  const [file, part] = f.split(':');
  if (part !== undefined && !WITH_PARTS.includes(file)) throw new Error(`only ${WITH_PARTS.join(', ')} have parts (look, hold): ${f}`);
  if (part !== undefined && part !== 'look' && part !== 'hold') throw new Error(`${file}'s parts are look and hold: ${f}`);
  const all: LabelledItem[] = fs.readFileSync(path.join(dir, `${file}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return part === undefined ? all : splitPart(all, part as SplitPart);
};
const li = process.argv.indexOf('--lang');
const items: LabelledItem[] = parts.flatMap(readPart).filter((it) => li < 0 || it.language === process.argv[li + 1]);
const brief = process.argv.includes('--brief');
const asJson = process.argv.includes('--json');
const summary: Record<string, ReturnType<typeof summaryOf>> = {};
/** one group's figures for --json: per slot the accuracy with its intervals, and prepared's recall and precision */
function summaryOf(its: LabelledItem[], r: ReturnType<typeof scoreClaims>) {
  const f = claimFigures(its, r);
  return { items: its.length, events: f.events, slots: r.slots, intervals: { accuracy: f.accuracy, preparedRecall: f.preparedRecall, preparedPrecision: f.preparedPrecision } };
}
const pctI = (i: { lo: number; hi: number }) => `${(i.lo * 100).toFixed(1)}-${(i.hi * 100).toFixed(1)}%`;
const print = (title: string, its: LabelledItem[]) => {
  const r = scoreClaims(its, lexicon);
  if (asJson) {
    summary[title] = summaryOf(its, r);
    return;
  }
  const f = claimFigures(its, r);
  const w = (slot: string) => short(f.accuracy[slot].wilson);
  // an interval by event, or '-' where there is none (too few events, or every item right or every one wrong)
  const ev = (x: { byEvent?: { lo: number; hi: number } }) => (x.byEvent ? short(x.byEvent) : '-');
  if (brief) {
    const s = r.slots;
    const p = s.prepared.values.true;
    console.log(`${title.padEnd(28)} n=${String(its.length).padStart(4)}  blamed ${s.blamed.accuracy.toFixed(3)} [${w('blamed')}]  staged ${s.staged.accuracy.toFixed(3)} [${w('staged')}]  prepared R ${p?.recall?.toFixed(3) ?? '  -  '} (${p?.support ?? 0}) [${f.preparedRecall.n ? short(f.preparedRecall.wilson) : '-'}] P ${p?.precision?.toFixed(3) ?? '  -  '}  agent ${s.agent.accuracy.toFixed(3)} [${w('agent')}]  voice ${s.voice.accuracy.toFixed(3)} [${w('voice')}]`);
    // where items carry an event, the interval that resamples whole events (items of one event are read alike)
    if (f.events && [...Object.values(f.accuracy), f.preparedRecall].some((x) => x.byEvent))
      console.log(`${''.padEnd(28)} by event (${f.events} events): blamed [${ev(f.accuracy.blamed)}]  staged [${ev(f.accuracy.staged)}]  prepared R [${ev(f.preparedRecall)}]  agent [${ev(f.accuracy.agent)}]  voice [${ev(f.accuracy.voice)}]`);
    return;
  }
  console.log(`== ${title} (${its.length} items${f.events ? `, ${f.events} events` : ''})`);
  for (const [slot, sc] of Object.entries(r.slots)) {
    const a = f.accuracy[slot];
    const ci = `[${pctI(a.wilson)}${a.byEvent ? `; by event ${pctI(a.byEvent)}` : ''}]`;
    const rec = (v: string, m: { recall: number | null }) => (slot === 'prepared' && v === 'true' && f.preparedRecall.n ? ` [${pctI(f.preparedRecall.wilson)}${f.preparedRecall.byEvent ? `; by event ${pctI(f.preparedRecall.byEvent)}` : ''}]` : '');
    console.log(`${slot.padEnd(9)} accuracy ${sc.accuracy} (n=${sc.n}) ${ci}  ` + Object.entries(sc.values).map(([v, m]) => `${v}: P ${m.precision} R ${m.recall}${rec(v, m)} (${m.support})`).join('; '));
  }
};
if (!asJson && !brief) console.log(`(in brackets: 95% intervals; Wilson score intervals, and where items carry an event a percentile bootstrap that resamples events: ${BOOTSTRAP.resamples.toLocaleString('en')} resamples, seed ${BOOTSTRAP.seed}, given where the items span ${MIN_CLUSTERS} events or more and not all are right or wrong)`);
print(`${split}, all`, items);
for (const lang of [...new Set(items.map((i) => i.language))].sort()) print(`${split}, ${lang}`, items.filter((i) => i.language === lang));
if (asJson) console.log(JSON.stringify({ split, bootstrap: BOOTSTRAP, groups: summary }, null, 1));
if (mi > 0) {
  const r = scoreClaims(items, lexicon);
  for (const m of r.misses[process.argv[mi + 1] as keyof typeof r.misses]) console.log(`  ${m.id} want ${m.want} got ${m.got} | ${m.text.replace(/\n/g, ' / ')}`);
}
if (di > 0) {
  const out = items.map((it) => {
    const c = readClaims(it.text, lexicon);
    const got = { blamed: c.claims.blamed, staged: c.claims.staged, prepared: c.claims.prepared, agent: c.claims.agent, voice: c.voice };
    return JSON.stringify({ id: it.id, language: it.language, want: it.labels, got });
  });
  fs.writeFileSync(process.argv[di + 1], out.join('\n') + '\n');
}
