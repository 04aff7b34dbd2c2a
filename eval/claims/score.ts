/**
 * Per-slot figures of the claim reader on the labelled set, overall and per language:
 * `npx tsx eval/claims/score.ts dev|dev-v7|dev-v8|dev-v10|test|test-v2|...|test-v6|test-v6-announce [--misses SLOT]` (join splits with
 * `+`: `dev+dev-v7`). Tune on the development splits only (dev, dev-v7, dev-v8, dev-v10, and test (v1) to test-v5, which have been
 * scored and replaced); `--misses` is refused on a frozen test split (test-v6, test-v6-announce, test-v7, web-v7, which holds test-v7, test-v9 and test-v10: FROZEN
 * below) and on any split not listed as development.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreClaims, type LabelledItem } from '../../src/core/narrative/claim-eval.js';
import { claimLexicon } from '../../src/core/narrative/claim-slots.js';
import { readKnowledge } from '../../src/adapters/knowledge/knowledge-files.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const split = process.argv[2] ?? 'dev';
const mi = process.argv.indexOf('--misses');
// the frozen test splits: scored once by whoever froze them, never read for tuning; their misses are never printed
const FROZEN = ['test-v6', 'test-v6-announce', 'test-v7', 'web-v7', 'test-v9', 'test-v10']; // web-v7 holds test-v7's items
const DEVELOPMENT = ['dev', 'dev-v7', 'dev-v8', 'dev-v10', 'test', 'test-v2', 'test-v3', 'test-v4', 'test-v5'];
const parts = split.split('+');
if (mi > 0 && parts.some((f) => FROZEN.includes(f))) throw new Error(`misses are never shown for a frozen test split (${FROZEN.join(', ')}): it is not for tuning`);
if (mi > 0 && !parts.every((f) => DEVELOPMENT.includes(f))) throw new Error(`misses are shown for the development splits only (${DEVELOPMENT.join(', ')})`);
// the reader as `assay claims` runs it: with knowledge/claim-parties.yaml (`--builtin`: the built-in lexicon alone)
const lexicon = process.argv.includes('--builtin') ? claimLexicon() : claimLexicon(readKnowledge('claim-parties.yaml'));
const items: LabelledItem[] = split.split('+').flatMap((f) => fs.readFileSync(path.join(dir, `${f}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
const print = (title: string, its: LabelledItem[]) => {
  const r = scoreClaims(its, lexicon);
  console.log(`== ${title} (${its.length} items)`);
  for (const [slot, sc] of Object.entries(r.slots))
    console.log(`${slot.padEnd(9)} accuracy ${sc.accuracy} (n=${sc.n})  ` + Object.entries(sc.values).map(([v, m]) => `${v}: P ${m.precision} R ${m.recall} (${m.support})`).join('; '));
};
print(`${split}, all`, items);
for (const lang of [...new Set(items.map((i) => i.language))].sort()) print(`${split}, ${lang}`, items.filter((i) => i.language === lang));
const r = scoreClaims(items, lexicon);
if (mi > 0) for (const m of r.misses[process.argv[mi + 1] as keyof typeof r.misses]) console.log(`  ${m.id} want ${m.want} got ${m.got} | ${m.text.replace(/\n/g, ' / ')}`);
