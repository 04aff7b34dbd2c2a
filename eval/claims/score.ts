/**
 * Per-slot figures of the claim reader on the labelled set, overall and per language:
 * `npx tsx eval/claims/score.ts dev|test|test-v2|test-v3|test-v4|test-v5 [--misses SLOT]`. Tune on dev, test-v2, test-v3 and test-v4 only (`--misses` is refused on a
 * test split); test-v5 is the current frozen test split; test (v1), test-v2, test-v3 and test-v4 have been seen (README).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreClaims, type LabelledItem } from '../../src/core/narrative/claim-eval.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const split = process.argv[2] ?? 'dev';
const items: LabelledItem[] = fs.readFileSync(path.join(dir, `${split}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const print = (title: string, its: LabelledItem[]) => {
  const r = scoreClaims(its);
  console.log(`== ${title} (${its.length} items)`);
  for (const [slot, sc] of Object.entries(r.slots))
    console.log(`${slot.padEnd(9)} accuracy ${sc.accuracy} (n=${sc.n})  ` + Object.entries(sc.values).map(([v, m]) => `${v}: P ${m.precision} R ${m.recall} (${m.support})`).join('; '));
};
print(`${split}, all`, items);
for (const lang of [...new Set(items.map((i) => i.language))].sort()) print(`${split}, ${lang}`, items.filter((i) => i.language === lang));
const r = scoreClaims(items);
const mi = process.argv.indexOf('--misses');
if (mi > 0 && !['dev', 'test-v2', 'test-v3', 'test-v4'].includes(split)) throw new Error('misses are shown for dev, test-v2, test-v3 and test-v4 (moved to development once scored and replaced) only: the frozen test split is not for tuning');
if (mi > 0) for (const m of r.misses[process.argv[mi + 1] as keyof typeof r.misses]) console.log(`  ${m.id} want ${m.want} got ${m.got} | ${m.text.replace(/\n/g, ' / ')}`);
