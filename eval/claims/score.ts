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
 * `--dump FILE`: every item's reading as JSON lines (id, language, want, got per slot), to compare two versions of
 * the reader item by item on development splits.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreClaims, type LabelledItem } from '../../src/core/narrative/claim-eval.js';
import { claimLexicon, readClaims } from '../../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../../src/adapters/knowledge/knowledge-files.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const split = process.argv[2] ?? 'dev';
const mi = process.argv.indexOf('--misses');
const di = process.argv.indexOf('--dump');
// the frozen test splits: scored once by whoever froze them, never read for tuning; their misses are never printed
const FROZEN = ['test-v6', 'test-v6-announce', 'test-v7', 'web-v7', 'test-v9', 'test-v10', 'test-v11', 'test-v11b', 'test-v12']; // web-v7 holds test-v7's items
// held-out parts of development sets: aggregate figures only
const HELD = ['dev-v10', 'dev-v10:hold', 'dev-v11', 'dev-v11:hold', 'dev-v12', 'dev-v12:hold'];
// (dev-v10, dev-v11 and dev-v12 are development, but as a whole each holds its held-out part: their misses are refused above, see HELD)
const DEVELOPMENT = ['dev', 'dev-v7', 'dev-v8', 'dev-v10', 'dev-v10:look', 'dev-v11', 'dev-v11:look', 'dev-v12', 'dev-v12:look', 'test', 'test-v2', 'test-v3', 'test-v4', 'test-v5'];
const parts = split.split('+');
const itemwise = mi > 0 || di > 0;
if (itemwise && parts.some((f) => FROZEN.includes(f.split(':')[0]))) throw new Error(`misses are never shown for a frozen test split (${FROZEN.join(', ')}): it is not for tuning`);
if (itemwise && parts.some((f) => HELD.includes(f))) throw new Error(`misses are never shown for a held-out part (${HELD.join(', ')}): it checks that a change generalises`);
if (itemwise && !parts.every((f) => DEVELOPMENT.includes(f))) throw new Error(`misses are shown for the development splits only (${DEVELOPMENT.join(', ')})`);
// the reader as `assay claims` runs it: with knowledge/claim-parties.yaml (`--builtin`: the built-in lexicon alone)
const lexicon = process.argv.includes('--builtin') ? claimLexicon() : claimLexicon(readKnowledge('claim-parties.yaml'));
/** the held-out quarter of dev-v10, dev-v11 and dev-v12: the first hex digit of sha256(id) is 0-3 */
export const isHeld = (id: string) => parseInt(crypto.createHash('sha256').update(id).digest('hex')[0], 16) < 4;
const readPart = (f: string): LabelledItem[] => {
  const [file, part] = f.split(':');
  if (part !== undefined && file !== 'dev-v10' && file !== 'dev-v11' && file !== 'dev-v12') throw new Error(`only dev-v10, dev-v11 and dev-v12 have parts (look, hold): ${f}`);
  if (part !== undefined && part !== 'look' && part !== 'hold') throw new Error(`${file}'s parts are look and hold: ${f}`);
  const all: LabelledItem[] = fs.readFileSync(path.join(dir, `${file}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return part === undefined ? all : all.filter((it) => isHeld(it.id) === (part === 'hold'));
};
const li = process.argv.indexOf('--lang');
const items: LabelledItem[] = parts.flatMap(readPart).filter((it) => li < 0 || it.language === process.argv[li + 1]);
const brief = process.argv.includes('--brief');
const print = (title: string, its: LabelledItem[]) => {
  const r = scoreClaims(its, lexicon);
  if (brief) {
    const s = r.slots;
    const p = s.prepared.values.true;
    console.log(`${title.padEnd(28)} n=${String(its.length).padStart(4)}  blamed ${s.blamed.accuracy.toFixed(3)}  staged ${s.staged.accuracy.toFixed(3)}  prepared R ${p?.recall?.toFixed(3) ?? '  -  '} (${p?.support ?? 0}) P ${p?.precision?.toFixed(3) ?? '  -  '}  agent ${s.agent.accuracy.toFixed(3)}  voice ${s.voice.accuracy.toFixed(3)}`);
    return;
  }
  console.log(`== ${title} (${its.length} items)`);
  for (const [slot, sc] of Object.entries(r.slots))
    console.log(`${slot.padEnd(9)} accuracy ${sc.accuracy} (n=${sc.n})  ` + Object.entries(sc.values).map(([v, m]) => `${v}: P ${m.precision} R ${m.recall} (${m.support})`).join('; '));
};
print(`${split}, all`, items);
for (const lang of [...new Set(items.map((i) => i.language))].sort()) print(`${split}, ${lang}`, items.filter((i) => i.language === lang));
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
